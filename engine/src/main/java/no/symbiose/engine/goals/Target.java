package no.symbiose.engine.goals;

import java.util.OptionalDouble;

/**
 * An indicator's target for the target year, in the indicator's unit. A relative change
 * needs the baseline value to become a value; an absolute target does not.
 */
public sealed interface Target {

	/**
	 * The target value, or empty when there is none or it needs a baseline that is
	 * unknown.
	 */
	OptionalDouble valueFrom(OptionalDouble baselineValue);

	/** No target is set; the indicator is followed without a status. */
	record None() implements Target {

		@Override
		public OptionalDouble valueFrom(OptionalDouble baselineValue) {
			return OptionalDouble.empty();
		}

	}

	/** A value to reach, e.g. 90 (% land use) or 5 (parks cooperating on CCS). */
	record Absolute(double value) implements Target {

		public Absolute {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("an absolute target must be a finite number, not " + value);
			}
		}

		@Override
		public OptionalDouble valueFrom(OptionalDouble baselineValue) {
			return OptionalDouble.of(this.value);
		}

	}

	/**
	 * A change relative to the baseline value: {@code -0.5} halves it (CO2 −50 % from
	 * 2023), {@code 0.5} raises it by half (reuse and recycling +50 % from 2024). Target
	 * = baseline × (1 + fraction).
	 */
	record RelativeChange(double fraction) implements Target {

		public RelativeChange {
			if (!Double.isFinite(fraction) || fraction <= -1 || fraction == 0) {
				throw new IllegalArgumentException(
						"a relative change must be above -1 (-100 %%) and not 0, not %s".formatted(fraction));
			}
		}

		@Override
		public OptionalDouble valueFrom(OptionalDouble baselineValue) {
			if (baselineValue.isEmpty()) {
				return OptionalDouble.empty();
			}
			return OptionalDouble.of(baselineValue.getAsDouble() * (1 + this.fraction));
		}

	}

}
