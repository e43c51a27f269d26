package no.symbiose.app.database;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cached result lives exactly as long as the data it came from. */
@IntegrationTest
class DataVersionCacheTest {

	@Autowired
	DataVersionCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	final AtomicInteger computed = new AtomicInteger();

	@Test
	void computesOncePerVersionOfTheData() {
		String key = RegistryFixtures.unique("key");
		// another writer (autovacuum) may end between two reads: then try again
		for (int attempt = 0;; attempt++) {
			this.computed.set(0);
			var before = this.cache.currentVersion();
			long first = count(key);
			long second = count(key);
			if (before.equals(this.cache.currentVersion()) || attempt == 5) {
				assertThat(first).isEqualTo(second).isEqualTo(countParks());
				assertThat(this.computed).hasValue(1);
				break;
			}
		}

		new RegistryFixtures(this.jdbc).aPark();

		assertThat(count(key)).isEqualTo(countParks());
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void aTransactionThatMayWriteIsNeverServedNorCached() {
		String key = RegistryFixtures.unique("key");
		this.transactions.executeWithoutResult(status -> {
			new RegistryFixtures(this.jdbc).aPark();
			count(key);
			count(key);
			status.setRollbackOnly();
		});
		assertThat(this.computed).hasValue(2);

		// the rolled-back park is not counted
		assertThat(count(key)).isEqualTo(countParks());
		assertThat(this.computed).hasValue(3);
	}

	@Test
	void requestsForAnEntryBeingComputedWaitForThatComputation() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// another writer (autovacuum) may end meanwhile: then the second request
			// belongs to a new version and computes; try again
			for (int attempt = 0;; attempt++) {
				String key = RegistryFixtures.unique("key");
				CountDownLatch started = new CountDownLatch(1);
				CountDownLatch release = new CountDownLatch(1);
				AtomicInteger computations = new AtomicInteger();
				var before = this.cache.currentVersion();
				Future<Long> first = pool.submit(() -> this.cache.get(key, () -> {
					computations.incrementAndGet();
					started.countDown();
					awaitQuietly(release);
					return 42L;
				}));
				assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
				Future<Long> second = pool.submit(() -> this.cache.get(key, () -> {
					computations.incrementAndGet();
					return 43L;
				}));
				Thread.sleep(300); // the second request is waiting by now
				release.countDown();
				long firstResult = first.get(30, TimeUnit.SECONDS);
				long secondResult = second.get(30, TimeUnit.SECONDS);
				if (before.equals(this.cache.currentVersion()) || attempt == 5) {
					assertThat(firstResult).isEqualTo(42L);
					assertThat(secondResult).isEqualTo(42L);
					assertThat(computations).hasValue(1);
					break;
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aFailedComputationIsThrownAndNotKept() {
		String key = RegistryFixtures.unique("key");

		assertThatThrownBy(() -> this.cache.get(key, () -> {
			throw new IllegalStateException("the database went away");
		})).isInstanceOf(IllegalStateException.class).hasMessage("the database went away");

		assertThat(count(key)).isEqualTo(countParks());
		assertThat(this.computed).hasValue(1);
	}

	@Test
	void aResultWhoseDataAreUnchangedStaysCurrentAfterOtherChanges() {
		String key = RegistryFixtures.unique("key");
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		long parks = countParks();
		assertThat(countWithToken(key)).isEqualTo(parks);

		fixtures.aCompany();

		assertThat(countWithToken(key)).isEqualTo(parks);
		assertThat(this.computed).as("a company is not what the count depends on").hasValue(1);

		fixtures.aPark();

		assertThat(countWithToken(key)).isEqualTo(parks + 1);
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void aResultOfAnotherRunOfSomethingItAlsoDependsOnIsNotCurrent() {
		String key = RegistryFixtures.unique("key");
		java.util.concurrent.atomic.AtomicLong run = new java.util.concurrent.atomic.AtomicLong(1);
		java.util.function.Supplier<Long> value = () -> this.cache.getAlso(key, run::get, () -> {
			this.computed.incrementAndGet();
			return run.get() * 100;
		});
		assertThat(value.get()).isEqualTo(100L);
		assertThat(value.get()).isEqualTo(100L);

		run.set(2);

		assertThat(value.get()).isEqualTo(200L);
		assertThat(this.computed).hasValue(2);
	}

	private long countWithToken(String key) {
		return this.cache.get(key, this::countParks, () -> {
			this.computed.incrementAndGet();
			return countParks();
		});
	}

	/**
	 * Waits up to 30 s for the latch; a computation blocked on it goes on when
	 * interrupted.
	 */
	static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private long count(String key) {
		return this.cache.get(key, () -> {
			this.computed.incrementAndGet();
			return countParks();
		});
	}

	private long countParks() {
		return this.jdbc.sql("select count(*) from park").query(Long.class).single();
	}

}
