package no.symbiose.app.security;

import no.symbiose.app.MovableClock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five wrong passwords in a quarter of an hour lock a username for a quarter of an hour.
 */
class LoginThrottleTest {

	final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));

	final LoginThrottle throttle = new LoginThrottle(this.clock);

	@Test
	void theFifthFailureLocksTheUsernameAndNoOther() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("Ola");
			this.clock.move(Duration.ofMinutes(1));
		}
		assertThat(this.throttle.locked("ola")).isFalse();

		this.throttle.failed("ola ");

		assertThat(this.throttle.locked("OLA")).isTrue();
		assertThat(this.throttle.locked("kari")).isFalse();
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("ola");
		}
		this.clock.move(Duration.ofMinutes(14));
		assertThat(this.throttle.locked("ola")).isTrue();

		this.clock.move(Duration.ofMinutes(1));

		assertThat(this.throttle.locked("ola")).isFalse();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowNeverLock() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("ola");
			this.clock.move(Duration.ofMinutes(4));
		}
		assertThat(this.throttle.locked("ola")).isFalse();
	}

}
