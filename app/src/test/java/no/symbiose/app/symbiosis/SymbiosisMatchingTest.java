package no.symbiose.app.symbiosis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SymbiosisMatching} as the tests run it,
 * {@code symbiose.results.serve-stale=false}: every caller gets a run as new as the data
 * it could see. Given a steelworks with slag and, about 10 km north, a cement works
 * ({@link SymbiosisFixtures}).
 */
@IntegrationTest
class SymbiosisMatchingTest {

	@Autowired
	SymbiosisMatching matching;

	@Autowired
	JdbcClient jdbc;

	SymbiosisFixtures fixtures;

	Row steelworks;

	Row cementWorks;

	long slag;

	@BeforeEach
	void givenASteelworksWithSlagAndACementWorks() {
		this.fixtures = new SymbiosisFixtures(this.jdbc);
		this.steelworks = this.fixtures.aCompanyAt("Testståleverk", 59.10, 9.60);
		this.cementWorks = this.fixtures.aCompanyAt("Testsementfabrikk", 59.19, 9.60);
		this.slag = this.fixtures.slag(this.steelworks, 2000, "private");
	}

	@Test
	void theFirstCallAfterAWriteHasTheNewCandidate() {
		MatchRun before = this.matching.current();

		long need = this.fixtures.clinkerNeed(this.cementWorks, 1500, "private");
		MatchRun after = this.matching.current();

		assertThat(after).isNotSameAs(before);
		assertThat(after.candidate("s" + this.slag + ">d" + need + ":slag-to-cement")).isPresent();
		assertThat(this.matching.recomputing()).isFalse();
	}

	@Test
	void aWriteThatTheFingerprintDoesNotSeeKeepsTheRun() {
		MatchRun before = this.matching.current();
		long generation = this.matching.generation();

		this.fixtures.registry().reporter(this.steelworks);

		assertThat(this.matching.current()).isSameAs(before);
		assertThat(this.matching.current()).isSameAs(before);
		assertThat(this.matching.generation()).isEqualTo(generation);
	}

	@Test
	void callersAskingAtTheSameTimeShareOneRun() throws Exception {
		this.matching.forget();
		int callers = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		try {
			List<Future<MatchRun>> runs = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				runs.add(threads.submit(() -> {
					start.await();
					return this.matching.current();
				}));
			}
			start.countDown();
			MatchRun first = runs.get(0).get();

			for (Future<MatchRun> run : runs) {
				assertThat(run.get()).isSameAs(first);
			}
			assertThat(first.streams()).containsKey("s" + this.slag);
		}
		finally {
			threads.shutdownNow();
		}
	}

}
