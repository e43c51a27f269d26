package no.symbiose.engine.goals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The CO2 case throughout: 100 t in 2023, target -50 % = 50 t in 2030. The trajectory in
 * 2025 is 100 - 50 x 2/7 = 85.714 t; the tolerance is 10 % of the 50 t needed = 5 t.
 */
class GoalStatusRuleTest {

	private static final Target HALVE = new Target.RelativeChange(-0.5);

	private static final Optional<Observation> BASELINE_2023 = Optional.of(new Observation(2023, 100));

	private static Assessment co2(List<Observation> observations) {
		return StatusRule.DEFAULT.assess(Direction.LOWER_IS_BETTER, HALVE, 2030, BASELINE_2023, observations);
	}

	@Test
	void isOnTrackWhenAtOrAheadOfTheTrajectory() {
		// 85 t <= 85.714 t: shortfall 85 - 85.714 = -0.714 t
		Assessment.Assessed assessed = (Assessment.Assessed) co2(List.of(new Observation(2025, 85)));

		assertThat(assessed.status()).isEqualTo(GoalStatus.ON_TRACK);
		assertThat(assessed.expectedValue()).isCloseTo(85.714, within(0.001));
		assertThat(assessed.shortfall()).isCloseTo(-0.714, within(0.001));
	}

	@Test
	void isAtRiskWhenBehindByNoMoreThanTheTolerance() {
		// 90 t: shortfall 90 - 85.714 = 4.286 t <= 5 t
		Assessment.Assessed assessed = (Assessment.Assessed) co2(List.of(new Observation(2025, 90)));

		assertThat(assessed.status()).isEqualTo(GoalStatus.AT_RISK);
		assertThat(assessed.shortfall()).isCloseTo(4.286, within(0.001));
		assertThat(assessed.tolerance()).isCloseTo(5.0, within(1e-9));
	}

	@Test
	void isOffTrackWhenBehindByMoreThanTheTolerance() {
		// 95 t: shortfall 95 - 85.714 = 9.286 t > 5 t
		assertThat(co2(List.of(new Observation(2025, 95))).status()).isEqualTo(GoalStatus.OFF_TRACK);
	}

	@Test
	void judgesTheLatestYearOnly() {
		// 2024 was ahead (80 t < 92.857 t), but 2026 at 95 t is behind 100 - 50 x 3/7 =
		// 78.571 t by 16.4 t
		Assessment.Assessed assessed = (Assessment.Assessed) co2(
				List.of(new Observation(2026, 95), new Observation(2024, 80)));

		assertThat(assessed.latest().year()).isEqualTo(2026);
		assertThat(assessed.expectedValue()).isCloseTo(78.571, within(0.001));
		assertThat(assessed.status()).isEqualTo(GoalStatus.OFF_TRACK);
	}

	@Test
	void isOnTrackForAHigherIsBetterTargetAlreadyMet() {
		// baseline 95 % already above the 90 % target: the trajectory falls 95 -> 90, but
		// 92 % meets
		// the target itself
		Assessment assessed = StatusRule.DEFAULT.assess(Direction.HIGHER_IS_BETTER, new Target.Absolute(90), 2030,
				Optional.of(new Observation(2024, 95)), List.of(new Observation(2025, 92)));

		assertThat(assessed.status()).isEqualTo(GoalStatus.ON_TRACK);
	}

	@Test
	void comparesAHigherIsBetterValueFromBelow() {
		// land use 79 % (2024) to 90 % (2030); 2027 trajectory 79 + 11 x 3/6 = 84.5 %;
		// tolerance
		// 10 % x 11 = 1.1 points; 83.6 % is 0.9 behind: at risk; 83 % is 1.5 behind: off
		// track
		Optional<Observation> baseline = Optional.of(new Observation(2024, 79));
		Target ninety = new Target.Absolute(90);

		assertThat(StatusRule.DEFAULT
			.assess(Direction.HIGHER_IS_BETTER, ninety, 2030, baseline, List.of(new Observation(2027, 83.6)))
			.status()).isEqualTo(GoalStatus.AT_RISK);
		assertThat(StatusRule.DEFAULT
			.assess(Direction.HIGHER_IS_BETTER, ninety, 2030, baseline, List.of(new Observation(2027, 83)))
			.status()).isEqualTo(GoalStatus.OFF_TRACK);
	}

	@Test
	void isUnknownWithoutATarget() {
		assertThat(StatusRule.DEFAULT.assess(Direction.HIGHER_IS_BETTER, new Target.None(), 2030, BASELINE_2023,
				List.of(new Observation(2025, 1))))
			.isEqualTo(new Assessment.Unknown(UnknownReason.NO_TARGET));
	}

	@Test
	void isUnknownWithoutABaseline() {
		assertThat(StatusRule.DEFAULT.assess(Direction.LOWER_IS_BETTER, HALVE, 2030, Optional.empty(),
				List.of(new Observation(2025, 90))))
			.isEqualTo(new Assessment.Unknown(UnknownReason.NO_BASELINE));
	}

	@Test
	void isUnknownWithoutAValueAfterTheBaselineYear() {
		// the baseline year's own value and an earlier one say nothing about progress
		assertThat(co2(List.of(new Observation(2023, 100), new Observation(2022, 120))))
			.isEqualTo(new Assessment.Unknown(UnknownReason.NO_VALUE_AFTER_BASELINE));
	}

	@Test
	void refusesTwoValuesForOneYear() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> co2(List.of(new Observation(2025, 90), new Observation(2025, 91))))
			.withMessageContaining("two values for 2025");
	}

	@Test
	void refusesAToleranceOfTheWholeChangeOrMore() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StatusRule(1.0))
			.withMessageContaining("tolerance 1.0 is not in [0, 1)");
	}

	@Test
	void aBaselineAlreadyMeetingAnAbsoluteTargetIsOnTrackWithoutALaterValue() {
		// building use 98.5 % in 2024 against 98 %: shortfall 98 - 98.5 = -0.5 points
		Assessment.Assessed assessed = (Assessment.Assessed) StatusRule.DEFAULT.assess(Direction.HIGHER_IS_BETTER,
				new Target.Absolute(98), 2030, Optional.of(new Observation(2024, 98.5)),
				List.of(new Observation(2024, 98.5)));

		assertThat(assessed.status()).isEqualTo(GoalStatus.ON_TRACK);
		assertThat(assessed.latest()).isEqualTo(new Observation(2024, 98.5));
		assertThat(assessed.shortfall()).isCloseTo(0, within(1e-9));
	}

	@Test
	void aBaselineShortOfAnAbsoluteTargetStillNeedsALaterValue() {
		assertThat(StatusRule.DEFAULT.assess(Direction.HIGHER_IS_BETTER, new Target.Absolute(98), 2030,
				Optional.of(new Observation(2024, 96)), List.of(new Observation(2024, 96))))
			.isEqualTo(new Assessment.Unknown(UnknownReason.NO_VALUE_AFTER_BASELINE));
	}

	@Test
	void isUnknownWhenTheBaselineYearIsNotBeforeTheTargetYear() {
		// a first known value in 2031 (counted from for an absolute target): no
		// trajectory to 2030 can be drawn
		assertThat(StatusRule.DEFAULT.assess(Direction.HIGHER_IS_BETTER, new Target.Absolute(100), 2030,
				Optional.of(new Observation(2031, 40)), List.of(new Observation(2031, 40), new Observation(2032, 50))))
			.isEqualTo(new Assessment.Unknown(UnknownReason.BASELINE_NOT_BEFORE_TARGET_YEAR));
		assertThat(co2(List.of()).status()).isEqualTo(GoalStatus.UNKNOWN);
		assertThat(StatusRule.DEFAULT.assess(Direction.LOWER_IS_BETTER, HALVE, 2030,
				Optional.of(new Observation(2030, 100)), List.of(new Observation(2031, 90))))
			.isEqualTo(new Assessment.Unknown(UnknownReason.BASELINE_NOT_BEFORE_TARGET_YEAR));
	}

}
