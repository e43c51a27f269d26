package no.symbiose.app.goals;

import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.symbiose.app.programme.ProgrammeEvidence;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.ViewerSignedIn;
import no.symbiose.app.symbiosis.SymbiosisMatching;
import no.symbiose.app.web.PageWarmUp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Computes, once the platform has started, what its first visitors ask for: password
 * hashing compiled by the JVM, the symbiosis matching and the nation's goal dashboard as
 * the public and as national administrators see it (with it every year's accounts of the
 * whole country for both, which every other dashboard and account reads). It runs on a
 * background thread, so the platform answers meanwhile; a visitor who asks before it is
 * done waits for the same computation rather than starting another. Then
 * {@link PageWarmUp} renders the public pages for a while. Off with
 * {@code symbiose.results.warm-up=false} (the tests).
 */
@Component
class ResultsWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ResultsWarmUp.class);

	/** The language results are computed ahead in: the platform's default. */
	private static final Locale NB = Locale.forLanguageTag("nb");

	private final GoalDashboards dashboards;

	private final SymbiosisMatching matching;

	private final boolean enabled;

	private final ProgrammeEvidence evidence;

	private final PageWarmUp pages;

	private final PasswordEncoder passwords;

	ResultsWarmUp(GoalDashboards dashboards, SymbiosisMatching matching, ProgrammeEvidence evidence, PageWarmUp pages,
			PasswordEncoder passwords, @Value("${symbiose.results.warm-up:true}") boolean enabled) {
		this.passwords = passwords;
		this.dashboards = dashboards;
		this.pages = pages;
		this.evidence = evidence;
		this.matching = matching;
		this.enabled = enabled;
	}

	private final ExecutorService background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(100), runnable -> {
				Thread thread = new Thread(runnable, "symbiose-warm-up");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.DiscardPolicy());

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (this.enabled) {
			this.background.execute(this::run);
		}
	}

	@EventListener
	void signedIn(ViewerSignedIn event) {
		Viewer viewer = event.viewer();
		if (!this.enabled || viewer.role() == Role.COMPANY_REPORTER || viewer.isAnonymous()) {
			return;
		}
		this.background.execute(() -> {
			try {
				// the user's own place's dashboard, and with it that access's accounts
				// of every year
				if (viewer.role() == Role.PARK_FACILITATOR && viewer.parkId() != null) {
					this.dashboards.park(this.evidence.park(viewer.parkId()).key(), viewer, NB);
				}
				else if (viewer.role() == Role.COUNTY_OFFICER && viewer.countyNumber() != null) {
					this.dashboards.county(viewer.countyNumber(), viewer, NB);
				}
				else {
					this.dashboards.nation(viewer, NB);
				}
			}
			catch (RuntimeException ex) {
				log.warn("The accounts of {} could not be computed ahead", viewer.access(), ex);
			}
		});
	}

	@PreDestroy
	void stop() {
		this.background.shutdownNow();
	}

	private void run() {
		long started = System.nanoTime();
		try {
			// bcrypt compiled by the JIT before the first sign-ins (interpreted, the
			// first ones took seconds when they came together); nothing is kept
			for (int i = 0; i < 2; i++) {
				this.passwords.encode("warm-up");
			}
			this.matching.current();
			this.dashboards.nation(Viewer.anonymous(), NB);
			// and as national administrators see it: API clients sign in with every
			// request, so no login computes their accounts ahead
			this.dashboards.nation(Viewer.nationalAdmin("warm-up"), NB);
			log.info("Results computed ahead of the first visitors in {} s",
					(System.nanoTime() - started) / 1_000_000_000);
			this.pages.start();
		}
		catch (RuntimeException ex) {
			log.warn("Results could not be computed ahead; the first visitors compute them", ex);
		}
	}

}
