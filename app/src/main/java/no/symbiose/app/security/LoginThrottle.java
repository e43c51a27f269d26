package no.symbiose.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one
 * username within {@link #WINDOW}, that username cannot log in (form or HTTP Basic) until
 * {@link #WINDOW} after its last failure, even with the right password. A successful
 * login forgets the failures. Counted per username in memory, so a restart forgets them
 * too; the price is that anybody can lock a known username for a quarter of an hour,
 * which is the usual trade against unlimited guessing.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/** Beyond this many usernames with failures the oldest knowledge is dropped. */
	private static final int MAX_USERNAMES = 100_000;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	public LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Whether the username may not log in now. */
	public boolean locked(String username) {
		Deque<Instant> recent = this.failures.get(key(username));
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			forgetOld(recent);
			return recent.size() >= MAX_FAILURES;
		}
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		failed(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(key(event.getAuthentication().getName()));
	}

	void failed(String username) {
		if (this.failures.size() >= MAX_USERNAMES) {
			this.failures.clear();
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
		synchronized (recent) {
			forgetOld(recent);
			recent.addLast(this.clock.instant());
		}
	}

	private void forgetOld(Deque<Instant> recent) {
		Instant since = this.clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
			recent.removeFirst();
		}
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
