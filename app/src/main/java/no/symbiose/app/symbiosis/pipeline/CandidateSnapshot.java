package no.symbiose.app.symbiosis.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a candidate a synergy keeps from the moment it was created. Unknown
 * figures stay null.
 *
 * @param demandStreamId null when the demand is a company's activity, not a declared
 * input
 * @param quantity per year in {@code unit} ({@code t/yr} or {@code MWh/yr})
 * @param tCo2e net avoided tonnes CO2e per year
 */
public record CandidateSnapshot(long supplyStreamId, @Nullable Long demandStreamId, long supplyCompanyId,
		long demandCompanyId, String ruleId, String title, @Nullable Double quantity, @Nullable String unit,
		@Nullable Double tCo2e) {

	public CandidateSnapshot {
		if (title.isBlank()) {
			throw new IllegalArgumentException("A candidate needs a title");
		}
		if (quantity != null && (quantity < 0 || unit == null)) {
			throw new IllegalArgumentException("Quantity %s needs a unit and must not be negative".formatted(quantity));
		}
	}

}
