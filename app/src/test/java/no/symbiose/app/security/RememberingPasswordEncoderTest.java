package no.symbiose.app.security;

import no.symbiose.app.MovableClock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingPasswordEncoderTest {

	final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	final AtomicInteger checks = new AtomicInteger();

	final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T12:00:00Z"));

	final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(new PasswordEncoder() {

		@Override
		public String encode(CharSequence rawPassword) {
			return RememberingPasswordEncoderTest.this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			RememberingPasswordEncoderTest.this.checks.incrementAndGet();
			return RememberingPasswordEncoderTest.this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}, this.clock);

	@Test
	void checksARightPasswordOnceForAWhileAndAWrongOneEveryTime() {
		String hash = this.encoder.encode("lang og trygg setning");

		assertThat(this.encoder.matches("lang og trygg setning", hash)).isTrue();
		assertThat(this.encoder.matches("lang og trygg setning", hash)).isTrue();
		assertThat(this.checks).as("the second time is remembered").hasValue(1);

		assertThat(this.encoder.matches("feil passord", hash)).isFalse();
		assertThat(this.encoder.matches("feil passord", hash)).isFalse();
		assertThat(this.encoder.matches("lang og trygg setning ", hash)).isFalse();
		assertThat(this.checks).as("wrong passwords are checked every time").hasValue(4);
	}

	@Test
	void forgetsAMatchWhenThePasswordChangesAndAfterTenMinutes() {
		String old = this.encoder.encode("lang og trygg setning");
		assertThat(this.encoder.matches("lang og trygg setning", old)).isTrue();

		String changed = this.encoder.encode("en helt annen setning");
		assertThat(this.encoder.matches("lang og trygg setning", changed)).as("the new hash").isFalse();
		assertThat(this.encoder.matches("en helt annen setning", changed)).isTrue();
		assertThat(this.checks).hasValue(3);

		this.clock.move(RememberingPasswordEncoder.REMEMBERED);
		assertThat(this.encoder.matches("en helt annen setning", changed)).isTrue();
		assertThat(this.checks).as("checked again once the time is up").hasValue(4);
	}

}
