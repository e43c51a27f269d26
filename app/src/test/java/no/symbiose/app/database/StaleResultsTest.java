package no.symbiose.app.database;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code symbiose.results.serve-stale=true}, as the platform runs: after a change
 * the previous result is served while the new one is computed, but never after a change
 * that may take something out of someone's sight ({@code V12__result_epoch.sql}).
 */
@IntegrationTest
@TestPropertySource(properties = { "symbiose.results.serve-stale=true", "symbiose.results.refresh-interval=0s" })
class StaleResultsTest {

	@Autowired
	DataVersionCache cache;

	@Autowired
	JdbcClient jdbc;

	final AtomicInteger computed = new AtomicInteger();

	@Test
	void servesThePreviousResultWhileTheNewOneIsComputed() throws InterruptedException {
		String key = RegistryFixtures.unique("key");
		long before = count(key);

		new RegistryFixtures(this.jdbc).aPark();

		assertThat(count(key)).as("the previous result, at once").isEqualTo(before);
		assertThat(eventually(() -> count(key), before + 1)).isEqualTo(before + 1);
		assertThat(this.cache.asOf(key)).isNotNull();
	}

	@Test
	void aResultMadeOfOtherResultsIsNeverMadeOfStaleOnes() throws InterruptedException {
		String inner = RegistryFixtures.unique("inner");
		String outer = RegistryFixtures.unique("outer");
		Supplier<Long> total = () -> this.cache.get(outer, () -> count(inner) * 10);
		long before = total.get();

		new RegistryFixtures(this.jdbc).aPark();

		assertThat(total.get()).isEqualTo(before);
		// were the inner count served stale to the outer computation, the outer result
		// would be kept as current with the old count and never change
		assertThat(eventually(total, before + 10)).isEqualTo(before + 10);
	}

	@Test
	void servesTheResultOfThePreviousRunWhileTheNewOneIsComputed() throws InterruptedException {
		String key = RegistryFixtures.unique("key");
		java.util.concurrent.atomic.AtomicLong run = new java.util.concurrent.atomic.AtomicLong(1);
		Supplier<Long> value = () -> this.cache.getAlso(key, run::get, () -> run.get() * 100);
		assertThat(value.get()).isEqualTo(100L);

		run.set(2);

		assertThat(value.get()).as("the previous run's, at once").isEqualTo(100L);
		assertThat(eventually(value, 200L)).isEqualTo(200L);
	}

	@Test
	void aFirstRequestAfterAChangeWaitsForTheComputationUnderWayInsteadOfComputingAgain() throws Exception {
		String key = RegistryFixtures.unique("key");
		AtomicInteger computations = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Long> first = blocked(pool, key, computations, started, release);
			assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
			// a new version of the data, of the same access epoch: nothing is kept yet
			new RegistryFixtures(this.jdbc).aPark();
			Future<Long> second = pool.submit(() -> this.cache.get(key, () -> {
				computations.incrementAndGet();
				return 43L;
			}));
			Thread.sleep(300);
			assertThat(second).as("waiting for the first computation").isNotDone();
			release.countDown();

			assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(42L);
			assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(42L);
			assertThat(computations).hasValue(1);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void neverWaitsForAComputationBegunBeforeAChangeOfConfidentiality() throws Exception {
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		Row company = fixtures.aCompany();
		fixtures.stream(company, 2024, "slagg", "public");
		String key = RegistryFixtures.unique("key");
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(1);
		try {
			Future<Long> first = blocked(pool, key, new AtomicInteger(), started, release);
			assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
			this.jdbc.sql("update stream set confidentiality = 'private' where company_id = :c")
				.param("c", company.id())
				.update();

			assertThat(this.cache.get(key, () -> 43L)).as("computed at once, not the first's").isEqualTo(43L);
			release.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(42L);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void neverServesAResultFromBeforeAChangeOfConfidentiality() {
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		Row company = fixtures.aCompany();
		fixtures.stream(company, 2024, "slagg", "public");
		String key = RegistryFixtures.unique("key");
		long before = count(key);

		fixtures.aPark();
		this.jdbc.sql("update stream set confidentiality = 'private' where company_id = :c")
			.param("c", company.id())
			.update();

		assertThat(count(key)).as("computed again at once").isEqualTo(before + 1);
	}

	@Test
	void countsTheChangesThatCanTakeSomethingOutOfSomeonesSight() {
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		Row park = fixtures.aPark();
		long epoch = epoch();

		Row company = fixtures.aTenantOf(park);
		fixtures.stream(company, 2024, "slagg", "public");
		fixtures.facts(company, 2024, "park", 100);
		this.jdbc.sql("update stream set quantity = 2000 where company_id = :c").param("c", company.id()).update();
		this.jdbc.sql("update company set name = 'Nytt navn' where id = :c").param("c", company.id()).update();
		this.jdbc.sql("update stream set confidentiality = 'public' where company_id = :c")
			.param("c", company.id())
			.update();
		assertThat(epoch()).as("new rows, other columns, the same confidentiality").isEqualTo(epoch);

		this.jdbc.sql("update stream set confidentiality = 'park' where company_id = :c")
			.param("c", company.id())
			.update();
		assertThat(epoch()).isEqualTo(epoch + 1);
		this.jdbc.sql("update yearly_facts set confidentiality = 'private' where company_id = :c")
			.param("c", company.id())
			.update();
		assertThat(epoch()).isEqualTo(epoch + 2);
		this.jdbc.sql("update company set municipality_number = '4003' where id = :c")
			.param("c", company.id())
			.update();
		assertThat(epoch()).isEqualTo(epoch + 3);
		this.jdbc.sql("update tenancy set valid_to = date '2025-12-31' where company_id = :c")
			.param("c", company.id())
			.update();
		assertThat(epoch()).isEqualTo(epoch + 4);
		this.jdbc.sql("delete from tenancy where company_id = :c").param("c", company.id()).update();
		assertThat(epoch()).isEqualTo(epoch + 5);
	}

	/**
	 * A computation of 42 for the key that counts itself, says it started, and waits for
	 * the release.
	 */
	private Future<Long> blocked(ExecutorService pool, String key, AtomicInteger computations, CountDownLatch started,
			CountDownLatch release) {
		return pool.submit(() -> this.cache.get(key, () -> {
			computations.incrementAndGet();
			started.countDown();
			DataVersionCacheTest.awaitQuietly(release);
			return 42L;
		}));
	}

	private long epoch() {
		return this.jdbc.sql("select epoch from result_epoch").query(Long.class).single();
	}

	private static long eventually(Supplier<Long> value, long expected) throws InterruptedException {
		long last = value.get();
		for (int i = 0; i < 300 && last != expected; i++) {
			Thread.sleep(100);
			last = value.get();
		}
		return last;
	}

	private long count(String key) {
		return this.cache.get(key, () -> {
			this.computed.incrementAndGet();
			return this.jdbc.sql("select count(*) from park").query(Long.class).single();
		});
	}

}
