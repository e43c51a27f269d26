package no.symbiose.app.symbiosis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A candidate as one viewer may see it, in the request's language. A side the viewer may
 * not see by name has no {@code company}, no municipality and no stream name; its
 * {@code anonymous} text says where it is roughly ("En bedrift i Telemark (12 km unna)"),
 * and its location is the county's centre. Units are in the field names; null is unknown.
 *
 * @param id the candidate's id ({@code s12>d34:ash-to-cement}), or an opaque token
 * ({@code a-...}) when a side is anonymous, since stream and company ids would identify
 * the counterpart
 * @param rank position in the engine's ranking among the candidates shown
 */
public record CandidateView(String id, int rank, RuleRef rule, Side supply, Side demand, double distanceKm,
		@Nullable String mode, @Nullable String modeText, List<FlagView> flags, FiguresView figures,
		List<String> explanation, @Nullable Long synergyId) {

	public boolean hasAnonymousSide() {
		return this.supply.company() == null || this.demand.company() == null;
	}

	public record RuleRef(String id, String name, String kind) {
	}

	public record CompanyRef(String key, String name) {
	}

	/**
	 * @param label the stream's name when the viewer may see it, else what it is
	 * (material class, EWC code, heat, or the receiving activity of an implicit demand)
	 * @param lat the site, or the county's centre for an anonymous side
	 */
	public record Side(String label, @Nullable CompanyRef company, @Nullable String anonymous,
			@Nullable String municipalityNumber, @Nullable String countyNumber, @Nullable String countyName,
			@Nullable String ewcCode, @Nullable String materialClass, @Nullable Double quantity, @Nullable String unit,
			@Nullable Double lat, @Nullable Double lon, boolean approximateLocation) {

		/** The company's name, or the anonymous description. */
		public String who() {
			return this.company != null ? this.company.name() : String.valueOf(this.anonymous);
		}

	}

	public record FlagView(String key, String text, String help) {
	}

	/**
	 * Per year unless the name says otherwise; quantities in tonnes for material and MWh
	 * delivered for heat (the other quantity field is null).
	 */
	public record FiguresView(String unit, @Nullable Double quantityTonnesPerYear,
			@Nullable Double quantityMegawattHoursPerYear, boolean quantityIsUpperBound,
			@Nullable Double tonneKmPerYear, @Nullable Double avoidedVirginTonnesCo2ePerYear,
			@Nullable Double avoidedDisposalTonnesCo2ePerYear, @Nullable Double transportTonnesCo2ePerYear,
			@Nullable Double heatPumpElectricityTonnesCo2ePerYear, @Nullable Double netTonnesCo2ePerYear,
			@Nullable Double netKgCo2ePerUnit, @Nullable Double heatPumpCop,
			@Nullable Double heatPumpElectricityMegawattHoursPerYear, @Nullable Long valueNokPerYear,
			@Nullable Long transportCostNokPerYear, @Nullable Long electricityCostNokPerYear,
			@Nullable Long investmentNok, @Nullable Double netNokPerUnit, @Nullable Double paybackYears) {

		public @Nullable Double quantity() {
			return this.quantityTonnesPerYear != null ? this.quantityTonnesPerYear : this.quantityMegawattHoursPerYear;
		}

	}

}
