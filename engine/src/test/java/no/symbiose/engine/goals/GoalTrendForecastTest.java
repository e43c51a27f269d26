package no.symbiose.engine.goals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Least squares by hand: 2023 100 t (baseline), 2024 96 t, 2025 90 t. Mean year 2024,
 * mean value 286 / 3 = 95.333 t. Σ (x - 2024)(y - 95.333) = (-1)(4.667) + 0 + (1)(-5.333)
 * = -10; Σ (x - 2024)² = 2; slope = -5 t/yr. In 2030: 95.333 - 5 x 6 = 65.333 t. The 50 t
 * target is met at 2024 + (50 - 95.333) / -5 = 2033.07, so in the whole year 2034.
 */
class GoalTrendForecastTest {

	private static final Optional<Observation> BASELINE_2023 = Optional.of(new Observation(2023, 100));

	private static TrendForecast forecast(Direction direction, Target target, List<Observation> observations) {
		Assessment.Assessed assessed = (Assessment.Assessed) StatusRule.DEFAULT.assess(direction, target, 2030,
				BASELINE_2023, observations);
		return assessed.forecast().orElseThrow();
	}

	@Test
	void fitsALeastSquaresLineThroughTheBaselineAndTheKnownYears() {
		TrendForecast trend = forecast(Direction.LOWER_IS_BETTER, new Target.RelativeChange(-0.5),
				List.of(new Observation(2024, 96), new Observation(2025, 90)));

		assertThat(trend.slopePerYear()).isCloseTo(-5.0, within(1e-9));
		assertThat(trend.valueInTargetYear()).isCloseTo(65.333, within(0.001));
		assertThat(trend.yearTargetReached()).hasValue(2034);
		assertThat(trend.yearsUsed()).isEqualTo(3);
	}

	@Test
	void reachesTheTargetInTheYearTheLineCrossesIt() {
		// 100, 90: slope -10 t/yr, line 100 - 10 (x - 2023); 50 t at 2028 exactly
		TrendForecast trend = forecast(Direction.LOWER_IS_BETTER, new Target.RelativeChange(-0.5),
				List.of(new Observation(2024, 90)));

		assertThat(trend.yearTargetReached()).hasValue(2028);
		assertThat(trend.valueInTargetYear()).isCloseTo(30.0, within(1e-9));
	}

	@Test
	void neverReachesTheTargetWhenTheTrendGoesTheWrongWay() {
		// 100, 104: emissions rise 4 t/yr
		TrendForecast trend = forecast(Direction.LOWER_IS_BETTER, new Target.RelativeChange(-0.5),
				List.of(new Observation(2024, 104)));

		assertThat(trend.slopePerYear()).isCloseTo(4.0, within(1e-9));
		assertThat(trend.yearTargetReached()).isEmpty();
	}

	@Test
	void aCrossingAfter2100IsNoForecast() {
		// 100, 99.9: -0.1 t/yr; 50 t at 2023 + 50 / 0.1 = 2523
		TrendForecast trend = forecast(Direction.LOWER_IS_BETTER, new Target.RelativeChange(-0.5),
				List.of(new Observation(2024, 99.9)));

		assertThat(trend.slopePerYear()).isCloseTo(-0.1, within(1e-9));
		assertThat(trend.yearTargetReached()).isEmpty();
	}

	@Test
	void forecastsARisingIndicatorTowardsAnAbsoluteTarget() {
		// 100 % baseline is not plausible for a rate; use a count: 100 -> 110 -> 120,
		// target 150:
		// slope 10/yr, mean (2024, 110); 150 at 2024 + 40 / 10 = 2028
		TrendForecast trend = forecast(Direction.HIGHER_IS_BETTER, new Target.Absolute(150),
				List.of(new Observation(2024, 110), new Observation(2025, 120)));

		assertThat(trend.slopePerYear()).isCloseTo(10.0, within(1e-9));
		assertThat(trend.yearTargetReached()).hasValue(2028);
	}

}
