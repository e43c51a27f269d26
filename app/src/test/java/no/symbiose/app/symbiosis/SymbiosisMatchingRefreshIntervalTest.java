package no.symbiose.app.symbiosis;

import java.time.Duration;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SymbiosisMatching} with {@code symbiose.matching.refresh-interval}: while the
 * data keep changing (every import does), a background run starts at most once per
 * interval, and callers get the kept run meanwhile. Same steelworks and cement works as
 * {@link SymbiosisMatchingServeStaleTest}.
 */
@IntegrationTest
@TestPropertySource(properties = { "symbiose.results.serve-stale=true", "symbiose.matching.refresh-interval=1h" })
class SymbiosisMatchingRefreshIntervalTest {

	private static final Duration AT_MOST = Duration.ofSeconds(30);

	@Autowired
	SymbiosisMatching matching;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecondChangeWithinTheIntervalWaitsForItsRunAndTheKeptRunIsServed() throws InterruptedException {
		SymbiosisFixtures fixtures = new SymbiosisFixtures(this.jdbc);
		Row steelworks = fixtures.aCompanyAt("Testståleverk", 59.10, 9.60);
		Row cementWorks = fixtures.aCompanyAt("Testsementfabrikk", 59.19, 9.60);
		long slag = fixtures.slag(steelworks, 2000, "private");
		// the first run of this context is computed by its caller, not in the background
		MatchRun first = this.matching.current();
		assertThat(first.streams()).containsKey("s" + slag);

		long need = fixtures.clinkerNeed(cementWorks, 1500, "private");
		assertThat(this.matching.current()).as("served while the first background run computes").isSameAs(first);
		MatchRun second = awaitNewerThan(first);
		assertThat(second.candidate("s" + slag + ">d" + need + ":slag-to-cement")).isPresent();

		long secondNeed = fixtures.clinkerNeed(cementWorks, 700, "private");
		assertThat(this.matching.current()).isSameAs(second);
		Thread.sleep(1000);

		assertThat(this.matching.recomputing()).as("a run is due, an hour after the last").isTrue();
		assertThat(this.matching.current()).as("the kept run until then").isSameAs(second);
		assertThat(second.streams()).doesNotContainKey("d" + secondNeed);
	}

	private MatchRun awaitNewerThan(MatchRun run) throws InterruptedException {
		long deadline = System.nanoTime() + AT_MOST.toNanos();
		while (true) {
			MatchRun now = this.matching.current();
			if (now != run) {
				return now;
			}
			assertThat(System.nanoTime()).as("a new run within %s", AT_MOST).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
