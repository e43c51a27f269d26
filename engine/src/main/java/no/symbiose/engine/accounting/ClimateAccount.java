package no.symbiose.engine.accounting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.TonnesCo2e;

/**
 * A company's climate account for one year after the GHG Protocol. Every figure says how
 * it was found; an unknown figure is {@code null}.
 *
 * @param changeAgainstBaseline scope 1 + scope 2 (location-based) against the baseline
 * year's, as a fraction (−0.25 = 25 % less), when both are known
 */
public record ClimateAccount(CompanyKey company, int year, Scope1 scope1, Scope2 scope2, @Nullable Integer baselineYear,
		@Nullable Double changeAgainstBaseline) {

	/** How scope 1 was found. */
	public enum Method {

		/** The company reported its direct emissions; fuel use is shown but not added. */
		REPORTED,
		/** Calculated as fuel use × combustion factor, carrier by carrier. */
		CALCULATED_FROM_FUEL,
		/** Neither reported nor calculable: no fuel use, or a fuel without a factor. */
		UNKNOWN

	}

	/** Energy × factor = emissions, one carrier. */
	public record Line(EnergyCarrier carrier, MegawattHours energy, EmissionFactor factor, TonnesCo2e emissions) {
	}

	/**
	 * @param biogenic biomass burned: reported apart from the scopes (GHG Protocol), so
	 * no line; the energy is kept for the energy account
	 * @param withoutFactor fuels used that have no factor, which make a calculated scope
	 * 1 unknown
	 */
	public record Scope1(Method method, @Nullable TonnesCo2e total, List<Line> lines, @Nullable MegawattHours biogenic,
			List<EnergyCarrier> withoutFactor) {

		public Scope1 {
			lines = List.copyOf(lines);
			withoutFactor = List.copyOf(withoutFactor);
		}

	}

	/** Electricity (and district heat) bought, location-based and market-based. */
	public record Scope2(@Nullable TonnesCo2e locationBased, @Nullable TonnesCo2e marketBased, List<Line> location,
			List<Line> market) {

		public Scope2 {
			location = List.copyOf(location);
			market = List.copyOf(market);
		}

	}

	/** Scope 1 + scope 2 location-based, if both are known. */
	public @Nullable TonnesCo2e scope1And2LocationBased() {
		return this.scope1.total() == null || this.scope2.locationBased() == null ? null
				: this.scope1.total().plus(this.scope2.locationBased());
	}

}
