package no.symbiose.engine.accounting;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.units.FlowUnit;

/**
 * One cell of the material-flow analysis, the finest level at which figures are added up
 * and disclosed. Every figure the account shows is a cell or a sum of cells of one scope,
 * so when each cell is disclosed on its own (one disclosure tree per cell), a total that
 * contains a hidden cell is hidden too, and no shown figure can be subtracted from others
 * to reveal a hidden one.
 */
public sealed interface MaterialFlowCell {

	/** The unit of the cell's amounts; {@code null} for a count of streams. */
	@Nullable FlowUnit unit();

	/** A stable name, used for disclosure trees and in the JSON of the Sankey diagram. */
	String key();

	/**
	 * Tonnes of one direction (input, product, side stream, waste), EWC chapter and fate.
	 *
	 * @param ewcChapter the first two digits of the stream's EWC code, {@code null} when
	 * it has none (a material class only)
	 */
	record Mass(StreamDirection direction, @Nullable String ewcChapter, Fate fate) implements MaterialFlowCell {

		public Mass {
			if (direction == StreamDirection.EXCESS_HEAT) {
				throw new IllegalArgumentException("Excess heat is not mass");
			}
			boolean outgoing = direction == StreamDirection.SIDE_STREAM || direction == StreamDirection.WASTE;
			if (outgoing == (fate.kind() == Fate.Kind.NOT_WASTE)) {
				throw new IllegalArgumentException(
						"Side streams and waste have a fate; inputs and products have none (%s, %s)"
							.formatted(direction.key(), fate));
			}
			if (ewcChapter != null && !ewcChapter.matches("\\d{2}")) {
				throw new IllegalArgumentException("EWC chapter %s is not two digits".formatted(ewcChapter));
			}
		}

		@Override
		public FlowUnit unit() {
			return FlowUnit.TONNES_PER_YEAR;
		}

		@Override
		public String key() {
			return "mass:" + this.direction.key() + ":" + (this.ewcChapter == null ? "-" : this.ewcChapter) + ":"
					+ this.fate.key();
		}

	}

	/**
	 * Tonnes a company hands to another through a realised synergy: internal to every
	 * scope that holds both companies. Counted also in the supplier's {@link Mass} cell
	 * with {@link Fate#SYMBIOSIS}.
	 *
	 * @param supplyDirection side stream or waste
	 * @param intoDeclaredInput whether the receiver reports the tonnes as one of its
	 * inputs (then they are in its inputs too, and a scope holding both takes them off
	 * its external inputs)
	 */
	record Exchange(StreamDirection supplyDirection, boolean intoDeclaredInput) implements MaterialFlowCell {

		public Exchange {
			if (supplyDirection != StreamDirection.SIDE_STREAM && supplyDirection != StreamDirection.WASTE) {
				throw new IllegalArgumentException(
						"Exchanges supply a side stream or waste, not %s".formatted(supplyDirection.key()));
			}
		}

		@Override
		public FlowUnit unit() {
			return FlowUnit.TONNES_PER_YEAR;
		}

		@Override
		public String key() {
			return "exchange:" + this.supplyDirection.key() + ":" + (this.intoDeclaredInput ? "input" : "undeclared");
		}

	}

	/**
	 * An amount kept out of the mass balance: heat in MWh/yr, or a volume in m3/yr or
	 * Nm3/yr, which would need a density nobody reported to become tonnes.
	 */
	record Apart(StreamDirection direction, FlowUnit unit) implements MaterialFlowCell {

		public Apart {
			if (unit == FlowUnit.TONNES_PER_YEAR) {
				throw new IllegalArgumentException("Tonnes are in the balance, not apart");
			}
		}

		@Override
		public String key() {
			return "apart:" + this.direction.key() + ":" + this.unit.symbol();
		}

	}

	/**
	 * A stream reported without a quantity: counted (amount 1 per stream), never a
	 * figure.
	 */
	record Unquantified(StreamDirection direction) implements MaterialFlowCell {

		@Override
		public @Nullable FlowUnit unit() {
			return null;
		}

		@Override
		public String key() {
			return "unquantified:" + this.direction.key();
		}

	}

}
