package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.units.FlowUnit;

/**
 * The material-flow analysis of one scope (a park, a county, the nation, or any set of
 * companies) and year, in tonnes per year. Every figure is a {@link FlowAmount}: shown,
 * none, or hidden by disclosure control. See {@link MaterialFlowAccounting} for how it is
 * computed and what each figure means.
 *
 * @param byChapter one row per EWC chapter that holds any tonnes, in chapter order, the
 * row without an EWC code last
 * @param byTreatment one row per fate of side streams and waste: R1…R13, realised
 * symbiosis, D1…D15, unknown
 * @param apart heat (MWh/yr) and volumes (m3/yr, Nm3/yr) kept out of the balance
 * @param withoutQuantity how many streams of each direction were reported without a
 * quantity (a count, not a figure)
 */
public record MaterialFlowAccount(int year, Balance balance, List<ChapterRow> byChapter, List<TreatmentRow> byTreatment,
		Treatments treatments, RecyclingRate rate, List<ApartRow> apart,
		Map<StreamDirection, Integer> withoutQuantity) {

	public MaterialFlowAccount {
		byChapter = List.copyOf(byChapter);
		byTreatment = List.copyOf(byTreatment);
		apart = List.copyOf(apart);
		withoutQuantity = Map.copyOf(withoutQuantity);
	}

	/**
	 * The mass balance. Gross figures are the companies' own (an internal exchange is in
	 * the supplier's side streams or waste and, if reported, in the receiver's inputs);
	 * external figures are the scope's: internal exchanges taken off.
	 *
	 * @param internalIntoInputs internal exchanges the receivers report as inputs
	 * @param internalExchanges all internal exchanges, reported as inputs or not
	 * @param externalInputs inputs − internalIntoInputs
	 * @param externalSideStreamsAndWaste sideStreams + waste − internalExchanges
	 * @param closingItem externalInputs − products − externalSideStreamsAndWaste: stock
	 * change, emissions to air and water, and every flow not reported (including streams
	 * without a quantity); shown as it comes out, also when negative
	 */
	public record Balance(FlowAmount inputs, FlowAmount internalIntoInputs, FlowAmount externalInputs,
			FlowAmount products, FlowAmount sideStreams, FlowAmount waste, FlowAmount internalExchanges,
			FlowAmount externalSideStreamsAndWaste, FlowAmount closingItem) {

		/** Internal exchanges the receivers do not report as inputs. */
		public FlowAmount internalNotDeclaredAsInputs() {
			return this.internalExchanges.minus(this.internalIntoInputs);
		}

	}

	/**
	 * Tonnes of one EWC chapter; {@code chapter} is {@code null} for streams without one.
	 */
	public record ChapterRow(@Nullable String chapter, FlowAmount inputs, FlowAmount products, FlowAmount sideStreams,
			FlowAmount waste) {
	}

	/** Tonnes of side streams and waste with one fate. */
	public record TreatmentRow(Fate fate, FlowAmount sideStreams, FlowAmount waste, FlowAmount total) {
	}

	/**
	 * Side streams and waste by kind of fate.
	 *
	 * @param recovery R1–R13
	 * @param symbiosis taken by another company through a realised synergy (inside or
	 * outside the scope)
	 * @param disposal D1–D15
	 * @param unknown no treatment code and no realised synergy
	 */
	public record Treatments(FlowAmount recovery, FlowAmount symbiosis, FlowAmount disposal, FlowAmount unknown) {
	}

	/**
	 * The reuse and recycling rate (goal 5): recoveredOrExchanged ÷ withKnownFate.
	 *
	 * @param recoveredOrExchanged side streams and waste to recovery R1–R13 or to a
	 * realised symbiosis
	 * @param withKnownFate side streams and waste with a treatment code or a realised
	 * synergy (R, D or symbiosis)
	 * @param unknownFate side streams and waste with neither: outside the rate
	 * @param rate the share, 0–1; {@code null} when nothing has a known fate or a part is
	 * hidden
	 * @param baselineRate the same of {@link MaterialFlowAccounting#BASELINE_YEAR}, if
	 * known
	 * @param changePoints rate − baselineRate (0.10 = ten percentage points)
	 * @param relativeChange rate ÷ baselineRate − 1 (0.5 = the goal's +50 %)
	 */
	public record RecyclingRate(FlowAmount recoveredOrExchanged, FlowAmount withKnownFate, FlowAmount unknownFate,
			@Nullable Double rate, @Nullable Integer baselineYear, @Nullable Double baselineRate,
			@Nullable Double changePoints, @Nullable Double relativeChange) {

		/**
		 * Unknown ÷ (known + unknown): how much of the tonnage the rate does not cover.
		 */
		public @Nullable Double unknownShare() {
			FlowAmount all = this.withKnownFate.plus(this.unknownFate);
			if (!all.isShown() || !this.unknownFate.isShown() || all.value() == 0) {
				return null;
			}
			return this.unknownFate.value() / all.value();
		}

		/** Why the rate is not shown, when a part is hidden; else {@code null}. */
		public @Nullable String suppression() {
			FlowAmount both = this.recoveredOrExchanged.plus(this.withKnownFate);
			return both.isSuppressed() ? FlowAmount.PARTS : null;
		}

	}

	/** Heat or a volume of one direction, kept out of the balance. */
	public record ApartRow(StreamDirection direction, FlowUnit unit, FlowAmount amount) {
	}

	/** The boxes of the Sankey diagram, left to right. */
	public enum SankeyNode {

		/** Inputs from outside the scope. */
		EXTERNAL_INPUTS,
		/** Side streams and waste received from companies of the scope. */
		INTERNAL_RECEIVED,
		/** A negative closing item: more leaves than was reported coming in. */
		UNREPORTED_SUPPLY,
		/** The companies of the scope. */
		SCOPE,
		/** Products. */
		PRODUCTS,
		/** Side streams and waste to recovery R1–R13. */
		RECOVERY,
		/** Side streams and waste to a company outside the scope, by realised synergy. */
		SYMBIOSIS_OUTSIDE,
		/** Side streams and waste to disposal D1–D15. */
		DISPOSAL,
		/** Side streams and waste of unknown treatment. */
		UNKNOWN_TREATMENT,
		/** Side streams and waste delivered to companies of the scope. */
		INTERNAL_DELIVERED,
		/** A positive closing item: stock, emissions, unreported outflows. */
		CLOSING_ITEM;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** One band of the Sankey diagram. */
	public record SankeyLink(SankeyNode source, SankeyNode target, FlowAmount amount) {
	}

	/**
	 * Whether any tonnes are reported (shown or hidden); false when every stream lacks a
	 * quantity, so the page can say so instead of drawing an empty chart.
	 */
	public boolean hasTonnes() {
		return !this.balance.inputs.isNone() || !this.balance.products.isNone() || !this.balance.sideStreams.isNone()
				|| !this.balance.waste.isNone();
	}

	/**
	 * The balance as bands: external inputs and internal exchanges received flow into the
	 * scope; products, side streams and waste by fate, internal exchanges delivered and a
	 * positive closing item flow out. A negative closing item flows in from
	 * {@link SankeyNode#UNREPORTED_SUPPLY}. Bands with no data are left out; hidden bands
	 * are kept (their amount says why) so that the caller can say which are left out of
	 * the chart. Both sides add up to the same total.
	 */
	public List<SankeyLink> sankey() {
		List<SankeyLink> links = new ArrayList<>();
		add(links, SankeyNode.EXTERNAL_INPUTS, SankeyNode.SCOPE, this.balance.externalInputs);
		add(links, SankeyNode.INTERNAL_RECEIVED, SankeyNode.SCOPE, this.balance.internalExchanges);
		FlowAmount closing = this.balance.closingItem;
		if (closing.isShown() && closing.value() < 0) {
			add(links, SankeyNode.UNREPORTED_SUPPLY, SankeyNode.SCOPE, FlowAmount.tonnes(-closing.value()));
		}
		add(links, SankeyNode.SCOPE, SankeyNode.PRODUCTS, this.balance.products);
		add(links, SankeyNode.SCOPE, SankeyNode.RECOVERY, this.treatments.recovery);
		add(links, SankeyNode.SCOPE, SankeyNode.SYMBIOSIS_OUTSIDE,
				this.treatments.symbiosis.minus(this.balance.internalExchanges));
		add(links, SankeyNode.SCOPE, SankeyNode.DISPOSAL, this.treatments.disposal);
		add(links, SankeyNode.SCOPE, SankeyNode.UNKNOWN_TREATMENT, this.treatments.unknown);
		add(links, SankeyNode.SCOPE, SankeyNode.INTERNAL_DELIVERED, this.balance.internalExchanges);
		if (closing.isSuppressed() || (closing.isShown() && closing.value() > 0)) {
			add(links, SankeyNode.SCOPE, SankeyNode.CLOSING_ITEM, closing);
		}
		return links;
	}

	private static void add(List<SankeyLink> links, SankeyNode source, SankeyNode target, FlowAmount amount) {
		if (amount.isNone() || (amount.isShown() && amount.value() == 0)) {
			return;
		}
		links.add(new SankeyLink(source, target, amount));
	}

}
