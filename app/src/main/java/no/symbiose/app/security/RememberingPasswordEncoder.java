package no.symbiose.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder ({@code bcrypt} through Spring's delegating encoder) that
 * remembers, for a while, which password matched which stored hash. An API client sends
 * its password with every request (HTTP Basic), and bcrypt is made to be slow: 50 clients
 * asking twice a second would spend the machine's cores on it
 * ({@code docs/benchmarks.md}, "Load test").
 * <p>
 * Only successful matches are remembered, as an HMAC-SHA-256 of stored hash and password
 * under a key made at random when the platform starts and never written anywhere; a wrong
 * password always costs a full bcrypt check (and counts for the login throttle). The
 * stored hash is part of what is remembered, so a new password ends it at once; the
 * user's role and scope are read from the database on every request as before. Entries
 * live at most {@link #REMEMBERED} and at most {@link #MAX_ENTRIES} are kept.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

	static final Duration REMEMBERED = Duration.ofMinutes(10);

	static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder delegate;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Instant> matched = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	RememberingPasswordEncoder(PasswordEncoder delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String remembered = fingerprint(rawPassword, encodedPassword);
		Instant now = this.clock.instant();
		synchronized (this.matched) {
			Instant until = this.matched.get(remembered);
			if (until != null && now.isBefore(until)) {
				return true;
			}
		}
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (this.matched) {
				this.matched.put(remembered, now.plus(REMEMBERED));
			}
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

}
