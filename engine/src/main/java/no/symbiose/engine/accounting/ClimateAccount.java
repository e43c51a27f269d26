package no.symbiose.engine.accounting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.symbiosis.Factor;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Tonnes;
import no.symbiose.engine.units.TonnesCo2e;

/**
 * A company's climate account for one year after the GHG Protocol. Every figure says how
 * it was found; an unknown figure is {@code null}.
 *
 * @param upstreamTransport scope 3 category 4 of the side streams the company received
 * through realised synergies (see {@link UpstreamTransport}); the rest of scope 3 is not
 * in the registry
 * @param changeAgainstBaseline scope 1 + scope 2 (location-based) against the baseline
 * year's, as a fraction (−0.25 = 25 % less), when both are known. Scope 3 is left out:
 * its coverage grows with every synergy and would blur the comparison.
 */
public record ClimateAccount(CompanyKey company, int year, Scope1 scope1, Scope2 scope2,
		UpstreamTransportAccount upstreamTransport, @Nullable Integer baselineYear,
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

	/**
	 * Scope 3 category 4 (GHG Protocol Scope 3 Standard, ch. 5): side streams received
	 * through realised synergies, moved by road. Heat through pipes has no line.
	 *
	 * @param total the sum of the lines, or null when any line is unknown; zero when the
	 * company received nothing through a realised synergy that year
	 */
	public record UpstreamTransportAccount(@Nullable TonnesCo2e total, List<TransportLine> lines, Factor truck,
			Factor detour) {

		public UpstreamTransportAccount {
			lines = List.copyOf(lines);
		}

		/** The unknown lines, which make the total unknown. */
		public List<TransportLine> unknown() {
			return this.lines.stream().filter(line -> line.gap() != null).toList();
		}

	}

	/** Why one transport line has no emissions figure. */
	public enum TransportGap {

		/** One of the two companies has no location. */
		LOCATION_UNKNOWN,
		/** A volume whose material has no density in the factor table. */
		NO_DENSITY,
		/** Energy other than heat (MWh) cannot be turned into tonnes moved. */
		NOT_MASS

	}

	/**
	 * One realised exchange: tonnes × road km × truck factor.
	 *
	 * @param reference what the exchange is, such as the synergy's number
	 * @param density the factor that turned a volume into tonnes, if one was needed
	 * @param greatCircleKm geodesic distance between the two companies
	 * @param roadKm great-circle km × the road detour factor
	 */
	public record TransportLine(String reference, AnnualQuantity quantity, @Nullable Tonnes tonnes,
			@Nullable Factor density, @Nullable Double greatCircleKm, @Nullable Double roadKm,
			@Nullable TonnesCo2e emissions, @Nullable TransportGap gap) {

		/** Tonne-kilometres moved, when both are known. */
		public @Nullable Double tonneKm() {
			return this.tonnes == null || this.roadKm == null ? null : this.tonnes.value() * this.roadKm;
		}

	}

	/** Scope 1 + scope 2 location-based, if both are known. */
	public @Nullable TonnesCo2e scope1And2LocationBased() {
		return sum(this.scope1.total(), this.scope2.locationBased());
	}

	/**
	 * Scope 1 + scope 2 location-based + scope 3 category 4, if all are known (ESRS E1-6
	 * total, location-based).
	 */
	public @Nullable TonnesCo2e totalLocationBased() {
		return sum(scope1And2LocationBased(), this.upstreamTransport.total());
	}

	/** Scope 1 + scope 2 market-based + scope 3 category 4, if all are known. */
	public @Nullable TonnesCo2e totalMarketBased() {
		return sum(sum(this.scope1.total(), this.scope2.marketBased()), this.upstreamTransport.total());
	}

	private static @Nullable TonnesCo2e sum(@Nullable TonnesCo2e a, @Nullable TonnesCo2e b) {
		return a == null || b == null ? null : a.plus(b);
	}

}
