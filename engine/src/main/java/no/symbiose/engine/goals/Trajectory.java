package no.symbiose.engine.goals;

/**
 * The straight line from the baseline value in the baseline year to the target value in
 * the target year: where an indicator should be each year to arrive on time. After the
 * target year it stays at the target.
 *
 * <p>
 * Example: 100 t CO2e in 2023, target −50 % = 50 t in 2030: in 2025 the trajectory is at
 * 100 + (50 − 100) × (2025 − 2023) / (2030 − 2023) = 100 − 50 × 2/7 = 85.71 t.
 */
public record Trajectory(int baselineYear, double baselineValue, int targetYear, double targetValue) {

	public Trajectory {
		if (baselineYear >= targetYear) {
			throw new IllegalArgumentException(
					"the baseline year %d is not before the target year %d".formatted(baselineYear, targetYear));
		}
		if (!Double.isFinite(baselineValue) || !Double.isFinite(targetValue)) {
			throw new IllegalArgumentException(
					"baseline %s and target %s must be finite numbers".formatted(baselineValue, targetValue));
		}
	}

	/** The value the indicator should have in {@code year}. */
	public double valueAt(int year) {
		if (year < this.baselineYear) {
			throw new IllegalArgumentException("%d is before the baseline year %d; the trajectory starts there"
				.formatted(year, this.baselineYear));
		}
		if (year >= this.targetYear) {
			return this.targetValue;
		}
		double share = (double) (year - this.baselineYear) / (this.targetYear - this.baselineYear);
		return this.baselineValue + (this.targetValue - this.baselineValue) * share;
	}

	/**
	 * The whole change the trajectory asks for, as a positive amount in the indicator's
	 * unit.
	 */
	public double neededChange() {
		return Math.abs(this.targetValue - this.baselineValue);
	}

}
