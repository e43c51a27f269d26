package no.symbiose.engine.goals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static no.symbiose.engine.goals.GoalStatus.AT_RISK;
import static no.symbiose.engine.goals.GoalStatus.OFF_TRACK;
import static no.symbiose.engine.goals.GoalStatus.ON_TRACK;
import static no.symbiose.engine.goals.GoalStatus.UNKNOWN;

/** A goal's status is the worst known status of its indicators. */
class GoalStatusRollupTest {

	// 100 t in 2023, target -50 % = 50 t in 2030; trajectory 2025 = 85.71 t, tolerance 5
	// t.
	private static GoalStatus emissionsIn2025(double tonnes) {
		return StatusRule.DEFAULT
			.assess(Direction.LOWER_IS_BETTER, new Target.RelativeChange(-0.5), 2030,
					Optional.of(new Observation(2023, 100)),
					List.of(new Observation(2023, 100), new Observation(2025, tonnes)))
			.status();
	}

	private static GoalStatus withoutTarget() {
		return StatusRule.DEFAULT
			.assess(Direction.HIGHER_IS_BETTER, new Target.None(), 2030, Optional.empty(),
					List.of(new Observation(2025, 3)))
			.status();
	}

	@Test
	void theWorkedExampleGivesOneStatusOfEachKind() {
		// 85 t is ahead of 85.71 t; 90 t is 4.29 t behind (<= 5 t); 95 t is 9.29 t behind
		assertThat(emissionsIn2025(85)).isEqualTo(ON_TRACK);
		assertThat(emissionsIn2025(90)).isEqualTo(AT_RISK);
		assertThat(emissionsIn2025(95)).isEqualTo(OFF_TRACK);
		assertThat(withoutTarget()).isEqualTo(UNKNOWN);
	}

	@Test
	void oneIndicatorOffTrackPutsTheGoalOffTrack() {
		assertThat(GoalStatus.worstKnown(List.of(emissionsIn2025(85), emissionsIn2025(95), emissionsIn2025(90))))
			.isEqualTo(OFF_TRACK);
	}

	@Test
	void atRiskBeatsOnTrack() {
		assertThat(GoalStatus.worstKnown(List.of(emissionsIn2025(85), emissionsIn2025(90)))).isEqualTo(AT_RISK);
	}

	@Test
	void unknownIndicatorsAreLeftOutNotCountedAsBad() {
		assertThat(GoalStatus.worstKnown(List.of(withoutTarget(), emissionsIn2025(85), withoutTarget())))
			.isEqualTo(ON_TRACK);
	}

	@Test
	void aGoalWithNoKnownIndicatorIsUnknown() {
		assertThat(GoalStatus.worstKnown(List.of(withoutTarget(), withoutTarget()))).isEqualTo(UNKNOWN);
		assertThat(GoalStatus.worstKnown(List.of())).isEqualTo(UNKNOWN);
	}

	@Test
	void theOrderOfTheIndicatorsDoesNotMatter() {
		List<GoalStatus> statuses = new ArrayList<>(Arrays.asList(UNKNOWN, ON_TRACK, OFF_TRACK, AT_RISK));
		for (int shift = 0; shift < statuses.size(); shift++) {
			java.util.Collections.rotate(statuses, 1);
			assertThat(GoalStatus.worstKnown(statuses)).as(statuses.toString()).isEqualTo(OFF_TRACK);
		}
	}

	@Test
	void refusesAMissingStatus() {
		assertThatIllegalArgumentException().isThrownBy(() -> GoalStatus.worstKnown(Arrays.asList(ON_TRACK, null)))
			.withMessageContaining("unknown is UNKNOWN");
	}

}
