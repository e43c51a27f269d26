package no.symbiose.app.database;

import java.util.concurrent.atomic.AtomicInteger;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

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
			String before = this.cache.currentVersion();
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
