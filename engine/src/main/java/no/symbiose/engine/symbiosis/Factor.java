package no.symbiose.engine.symbiosis;

import org.jspecify.annotations.Nullable;

/**
 * One documented number of the knowledge base, for example the kg CO2e per tonne-km of a
 * truck. The unit is part of the factor ({@code kg CO2e/t}, {@code NOK/tkm}, ...) and
 * every factor names its source.
 */
public record Factor(String key, double value, String unit, String descriptionNb, String descriptionEn, String source,
		@Nullable String year) {

	static final java.util.Set<String> UNITS = java.util.Set.of("kg CO2e/t", "kg CO2e/MWh", "kg CO2e/Nm3", "kg CO2e/m3",
			"kg CO2e/tkm", "NOK/t", "NOK/MWh", "NOK/Nm3", "NOK/m3", "NOK/tkm", "NOK/m", "NOK/kW", "t/Nm3", "t/m3", "1",
			"K", "°C");

	public Factor {
		if (!key.matches("[a-z0-9][a-z0-9.-]*")) {
			throw new IllegalArgumentException("Factor key \"%s\" is not lower-case a–z, 0–9, . and -".formatted(key));
		}
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("Factor %s has no finite value".formatted(key));
		}
		if (!UNITS.contains(unit)) {
			throw new IllegalArgumentException("Factor %s has unit \"%s\", not one of %s".formatted(key, unit, UNITS));
		}
		if (source.isBlank()) {
			throw new IllegalArgumentException("Factor %s names no source".formatted(key));
		}
	}

	/**
	 * The physical quantity a per-unit factor refers to: "t", "MWh", "Nm3", "m3" or
	 * "tkm".
	 */
	public String perUnit() {
		int slash = this.unit.indexOf('/');
		return slash < 0 ? "" : this.unit.substring(slash + 1);
	}

}
