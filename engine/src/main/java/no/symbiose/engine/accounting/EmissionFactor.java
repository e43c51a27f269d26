package no.symbiose.engine.accounting;

/**
 * A documented emission factor in kg CO2e per MWh of energy (fuel by its net calorific
 * value, or electricity or heat delivered), with its source and year.
 */
public record EmissionFactor(String key, double kgCo2ePerMwh, String source, String year) {

	public EmissionFactor {
		if (!(kgCo2ePerMwh >= 0) || !Double.isFinite(kgCo2ePerMwh)) {
			throw new IllegalArgumentException(
					"Emission factor %s must be 0 or more kg CO2e/MWh, got %s".formatted(key, kgCo2ePerMwh));
		}
		if (source.isBlank()) {
			throw new IllegalArgumentException("Emission factor %s names no source".formatted(key));
		}
	}

}
