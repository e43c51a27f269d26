package no.symbiose.engine.registry;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ViolationAssert {

	private ViolationAssert() {
	}

	/** Asserts that the call breaks exactly the named registry rule. */
	static void assertViolates(String rule, ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).rule())
			.isEqualTo(rule);
	}

}
