package no.symbiose.app.database;

import java.time.Instant;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a {@code refresh-interval}, as the platform runs: a computation may use a result
 * it needs that was computed less than an interval ago, even when the data changed since
 * (a dashboard would otherwise compute the country's year of accounts after every
 * import), and what it makes is kept as no newer than that result. With an interval of 0
 * it never does
 * ({@link StaleResultsTest#aResultMadeOfOtherResultsIsNeverMadeOfStaleOnes}).
 */
@IntegrationTest
@TestPropertySource(properties = { "symbiose.results.serve-stale=true", "symbiose.results.refresh-interval=1h" })
class StaleResultsWithinIntervalTest {

	@Autowired
	DataVersionCache cache;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aComputationUsesAResultOfLessThanAnIntervalAgoAndIsKeptAsNoNewerThanIt() {
		String inner = RegistryFixtures.unique("inner");
		String outer = RegistryFixtures.unique("outer");
		long before = count(inner);
		Instant innerComputed = this.cache.asOf(inner);

		new RegistryFixtures(this.jdbc).aPark();
		long made = this.cache.get(outer, () -> count(inner) * 10);

		assertThat(made).as("made of the earlier count").isEqualTo(before * 10);
		assertThat(this.cache.asOf(outer)).as("kept as of the earlier count").isEqualTo(innerComputed);
		assertThat(count(RegistryFixtures.unique("fresh"))).as("a new result counts the new park")
			.isEqualTo(before + 1);
	}

	private long count(String key) {
		return this.cache.get(key, () -> this.jdbc.sql("select count(*) from park").query(Long.class).single());
	}

}
