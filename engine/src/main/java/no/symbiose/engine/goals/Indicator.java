package no.symbiose.engine.goals;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a goal is measured, with the national target that parks adopt by default.
 *
 * @param unit the unit of every value of this indicator: {@code %} (percentage points
 * 0–100), {@code t CO2e}, {@code t}, {@code NOK}, {@code daa}, {@code h}, {@code count}
 * or {@code yes/no} (1 = yes, 0 = no)
 * @param computedFrom where a computed indicator's values come from; null when recorded
 * @param baselineYear the year the target is measured from; null when the target needs no
 * baseline
 * @param source document and section the indicator and its target come from
 */
public record Indicator(String key, String goalKey, String nameNb, String nameEn, String unit, Scope scope,
		Direction direction, Measurement measurement, @Nullable ComputedFrom computedFrom,
		@Nullable Integer baselineYear, int targetYear, Target target, String source) {

	public Indicator {
		GoalCatalogue.requireText(key, "key");
		GoalCatalogue.requireText(goalKey, "goal");
		GoalCatalogue.requireText(nameNb, "name_nb");
		GoalCatalogue.requireText(nameEn, "name_en");
		GoalCatalogue.requireText(unit, "unit");
		GoalCatalogue.requireText(source, "source");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(measurement, "measurement");
		Objects.requireNonNull(target, "target");
		if (measurement == Measurement.COMPUTED && computedFrom == null) {
			throw new IllegalArgumentException("indicator %s is computed but names no computed_from".formatted(key));
		}
		if (measurement == Measurement.RECORDED && computedFrom != null) {
			throw new IllegalArgumentException(
					"indicator %s is recorded but names computed_from %s".formatted(key, computedFrom.code()));
		}
		if (target instanceof Target.RelativeChange && baselineYear == null) {
			throw new IllegalArgumentException(
					"indicator %s has a relative target but no baseline year to measure it from".formatted(key));
		}
		if (baselineYear != null && baselineYear >= targetYear) {
			throw new IllegalArgumentException("indicator %s: baseline year %d is not before the target year %d"
				.formatted(key, baselineYear, targetYear));
		}
	}

	public boolean hasTarget() {
		return !(this.target instanceof Target.None);
	}

}
