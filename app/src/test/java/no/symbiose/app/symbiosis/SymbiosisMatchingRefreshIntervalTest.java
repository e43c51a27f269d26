package no.symbiose.app.symbiosis;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SymbiosisMatching} with {@code symbiose.matching.refresh-interval}: while the
 * data keep changing (every import does), a background run starts no sooner than an
 * interval after the last run, the first one included, and callers get the kept run
 * meanwhile. That a change is run at once when the last run is older than the interval,
 * {@link SymbiosisMatchingServeStaleTest} shows (interval 0). Same steelworks and cement
 * works as {@link SymbiosisMatchingServeStaleTest}.
 */
@IntegrationTest
@TestPropertySource(properties = { "symbiose.results.serve-stale=true", "symbiose.matching.refresh-interval=1h" })
class SymbiosisMatchingRefreshIntervalTest {

	@Autowired
	SymbiosisMatching matching;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeWithinTheIntervalAfterTheFirstRunWaitsForItsRunAndTheKeptRunIsServed() throws InterruptedException {
		SymbiosisFixtures fixtures = new SymbiosisFixtures(this.jdbc);
		Row steelworks = fixtures.aCompanyAt("Testståleverk", 59.10, 9.60);
		Row cementWorks = fixtures.aCompanyAt("Testsementfabrikk", 59.19, 9.60);
		long slag = fixtures.slag(steelworks, 2000, "private");
		// the first run of this context is computed by its caller, as the warm-up's is at
		// start; the interval counts from it too
		MatchRun first = this.matching.current();
		assertThat(first.streams()).containsKey("s" + slag);

		long need = fixtures.clinkerNeed(cementWorks, 1500, "private");
		assertThat(this.matching.current()).as("the kept run while the next one waits").isSameAs(first);
		Thread.sleep(1000);

		assertThat(this.matching.recomputing()).as("a run is due, an hour after the first").isTrue();
		assertThat(this.matching.current()).as("the kept run until then").isSameAs(first);
		assertThat(first.streams()).doesNotContainKey("d" + need);
	}

}
