package no.symbiose.engine.units;

import no.symbiose.engine.rules.RuleViolation;

/**
 * A temperature in degrees Celsius; may be negative but not below absolute zero (−273.15
 * °C, BIPM SI Brochure 9th ed. 2019, 2.3.1). Not additive: temperatures do not sum.
 */
public record Celsius(double value) implements Comparable<Celsius> {

	public static final double ABSOLUTE_ZERO = -273.15;

	public Celsius {
		Quantities.requireFinite(value, "°C");
		if (value < ABSOLUTE_ZERO) {
			throw new RuleViolation("units.belowAbsoluteZero",
					"%s °C is below absolute zero (−273.15 °C)".formatted(value), value);
		}
	}

	public static Celsius of(double value) {
		return new Celsius(value);
	}

	public boolean isBelow(Celsius other) {
		return this.value < other.value;
	}

	@Override
	public int compareTo(Celsius other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " °C";
	}

}
