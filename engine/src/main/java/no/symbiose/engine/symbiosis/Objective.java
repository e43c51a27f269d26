package no.symbiose.engine.symbiosis;

import java.util.Locale;

/** What the global allocation maximises. */
public enum Objective {

	/**
	 * Net kg CO2e avoided; the allocation counts grams per unit to stay in whole numbers.
	 */
	CO2E,
	/**
	 * Net value in NOK (value minus transport and electricity cost); counted in øre per
	 * unit.
	 */
	VALUE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Objective fromKey(String key) {
		for (Objective objective : values()) {
			if (objective.key().equals(key)) {
				return objective;
			}
		}
		throw new IllegalArgumentException("Objective \"%s\" is neither co2e nor value".formatted(key));
	}

}
