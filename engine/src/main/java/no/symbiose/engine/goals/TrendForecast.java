package no.symbiose.engine.goals;

import java.util.OptionalInt;

/**
 * Where the indicator heads if it keeps its trend: the least-squares line through the
 * known years (the baseline and every value after it), y = mean(y) + slope × (year −
 * mean(year)), with slope = Σ (year − mean(year)) (y − mean(y)) / Σ (year − mean(year))².
 *
 * @param slopePerYear change per year, in the indicator's unit
 * @param valueInTargetYear the line's value in the target year
 * @param yearTargetReached the first whole year in which the line meets the target; empty
 * when the trend does not move towards the target (flat or the wrong way) and has not met
 * it, or would meet it only after {@link StatusRule#FORECAST_HORIZON_YEAR}
 * @param yearsUsed how many known years the line was fitted to
 */
public record TrendForecast(double slopePerYear, double valueInTargetYear, OptionalInt yearTargetReached,
		int yearsUsed) {

}
