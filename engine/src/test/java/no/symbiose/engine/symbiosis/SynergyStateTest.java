package no.symbiose.engine.symbiosis;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynergyStateTest {

	@Test
	void movesFromIdeaToOperationOneStepAtATime() {
		SynergyState state = SynergyState.IDENTIFIED;
		for (SynergyState next : new SynergyState[] { SynergyState.CONTACTED, SynergyState.FEASIBILITY,
				SynergyState.AGREED, SynergyState.IN_OPERATION, SynergyState.ENDED }) {
			state = state.moveTo(next, "");
		}
		assertThat(state).isEqualTo(SynergyState.ENDED);
	}

	@Test
	void refusesToSkipAStep() {
		assertThatThrownBy(() -> SynergyState.IDENTIFIED.moveTo(SynergyState.IN_OPERATION, ""))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).rule())
			.isEqualTo("symbiosis.synergy.illegalMove");
	}

	@Test
	void rejectsOnlyWithAReasonAndCanReopen() {
		assertThatThrownBy(() -> SynergyState.FEASIBILITY.moveTo(SynergyState.REJECTED, " "))
			.extracting(e -> ((RuleViolation) e).rule())
			.isEqualTo("symbiosis.synergy.rejectWithoutReason");
		assertThat(SynergyState.FEASIBILITY.moveTo(SynergyState.REJECTED, "Too far")).isEqualTo(SynergyState.REJECTED);
		assertThat(SynergyState.REJECTED.canMoveTo(SynergyState.IDENTIFIED)).isTrue();
	}

	@Test
	void onlyASynergyInOperationIsRealised() {
		for (SynergyState state : SynergyState.values()) {
			assertThat(state.isRealised()).as(state.key()).isEqualTo(state == SynergyState.IN_OPERATION);
		}
	}

}
