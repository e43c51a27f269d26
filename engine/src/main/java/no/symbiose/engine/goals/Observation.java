package no.symbiose.engine.goals;

/**
 * An indicator's value for one year, in the indicator's unit ({@link Indicator#unit()}).
 */
public record Observation(int year, double value) {

	public Observation {
		if (year < 1900 || year > 2200) {
			throw new IllegalArgumentException("year %d is not a plausible reporting year".formatted(year));
		}
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(
					"the value for %d must be a finite number, not %s".formatted(year, value));
		}
	}

}
