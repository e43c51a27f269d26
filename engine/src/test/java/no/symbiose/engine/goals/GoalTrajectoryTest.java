package no.symbiose.engine.goals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class GoalTrajectoryTest {

	// 100 t in 2023, target -50 % = 50 t in 2030.
	private final Trajectory halving = new Trajectory(2023, 100, 2030, 50);

	@Test
	void runsStraightFromBaselineToTarget() {
		assertThat(this.halving.valueAt(2023)).isEqualTo(100.0);
		// 100 - 50 x 2/7 = 85.714
		assertThat(this.halving.valueAt(2025)).isCloseTo(85.714, within(0.001));
		assertThat(this.halving.valueAt(2030)).isEqualTo(50.0);
		assertThat(this.halving.neededChange()).isEqualTo(50.0);
	}

	@Test
	void staysAtTheTargetAfterTheTargetYear() {
		assertThat(this.halving.valueAt(2032)).isEqualTo(50.0);
	}

	@Test
	void risesForAHigherIsBetterTarget() {
		// land use 79 % in 2024 to 90 % in 2030: 79 + 11 x 3/6 = 84.5 % in 2027
		assertThat(new Trajectory(2024, 79, 2030, 90).valueAt(2027)).isCloseTo(84.5, within(1e-9));
	}

	@Test
	void refusesAYearBeforeTheBaseline() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.halving.valueAt(2022))
			.withMessageContaining("before the baseline year 2023");
	}

	@Test
	void refusesABaselineYearThatIsNotBeforeTheTargetYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Trajectory(2030, 1, 2030, 2))
			.withMessageContaining("baseline year 2030 is not before the target year 2030");
	}

}
