package no.symbiose.engine.symbiosis;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;

/**
 * A stream as the matcher sees it: what it is, how much, when, and where its company is.
 * A demand with neither material, EWC code nor heat is an <em>implicit</em> demand: a
 * company whose NACE activity can receive what a rule's receiving activities name, though
 * it has declared no input stream.
 *
 * @param id the caller's identity of the stream, unique within one run
 * @param location where the company's site is; without one the stream can only meet
 * streams of its own company
 */
public record MatchStream(String id, MatchSide side, CompanyKey company, @Nullable GeoPoint location, String name,
		@Nullable StreamDirection direction, @Nullable EwcCode ewc, @Nullable MaterialClass material, boolean heat,
		@Nullable Celsius temperature, @Nullable AnnualQuantity quantity, Availability availability,
		@Nullable NaceCode nace) {

	public MatchStream {
		if (id.isBlank()) {
			throw new IllegalArgumentException("A match stream needs an id");
		}
		if (quantity != null && heat && quantity.unit() != no.symbiose.engine.units.FlowUnit.MEGAWATT_HOURS_PER_YEAR) {
			throw new IllegalArgumentException("Heat stream %s must be in MWh/yr".formatted(id));
		}
	}

	/**
	 * The registry stream as a supply (product, side stream, waste, heat) or demand
	 * (input).
	 */
	public static MatchStream of(String id, Stream stream, @Nullable GeoPoint location, @Nullable NaceCode nace) {
		MatchSide side = stream.direction() == StreamDirection.INPUT ? MatchSide.DEMAND : MatchSide.SUPPLY;
		return new MatchStream(id, side, stream.company(), location, stream.name(), stream.direction(), stream.ewc(),
				stream.material(), stream.isHeat(), stream.temperature(), stream.quantity(), stream.availability(),
				nace);
	}

	/** A company that could receive by its NACE activity, though it declared no input. */
	public static MatchStream implicitDemand(String id, CompanyKey company, @Nullable GeoPoint location, String name,
			NaceCode nace) {
		return new MatchStream(id, MatchSide.DEMAND, company, location, name, null, null, null, false, null, null,
				Availability.CONTINUOUS, nace);
	}

	public boolean isImplicit() {
		return this.side == MatchSide.DEMAND && this.ewc == null && this.material == null && !this.heat;
	}

	/** Hides quantities, which are often confidential. */
	@Override
	public String toString() {
		return "MatchStream[id=%s, side=%s, company=%s]".formatted(this.id, this.side, this.company);
	}

}
