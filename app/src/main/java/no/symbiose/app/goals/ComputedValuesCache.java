package no.symbiose.app.goals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the computed sources' values until the database changes. A dashboard follows the
 * nation, every county and every park, and each computed value reruns an account over all
 * companies for every year, so the same request (and the next) would compute the same
 * values many times.
 * <p>
 * The key is (indicator, scope, viewer): values are disclosed per viewer, so one viewer's
 * never reach another. Any write to the database moves PostgreSQL's WAL insert position
 * (the insert, not the write position: with asynchronous commit the latter lags), and the
 * date can change what a tenancy covers, so both together are the fingerprint: when it
 * moves, everything is dropped and computed anew. Nothing is ever stale.
 */
@Component
class ComputedValuesCache {

	/** Enough for every indicator of every scope for a few viewers; then start over. */
	private static final int MAX_ENTRIES = 20_000;

	private record Key(String indicator, AccountScope scope, Viewer viewer) {
	}

	private final JdbcClient jdbc;

	private final Map<Object, Object> values = new ConcurrentHashMap<>();

	private String fingerprint = "";

	ComputedValuesCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer,
			Supplier<List<Observation>> compute) {
		return get(new Key(indicator.key(), scope, viewer), compute);
	}

	/**
	 * Anything else computed from the database only, under a key that names all it
	 * depends on (at least the viewer, when it is disclosed per viewer).
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute) {
		String now = this.jdbc.sql("select pg_current_wal_insert_lsn()::text || '/' || current_date")
			.query(String.class)
			.single();
		synchronized (this) {
			if (!now.equals(this.fingerprint) || this.values.size() > MAX_ENTRIES) {
				this.values.clear();
				this.fingerprint = now;
			}
		}
		Object known = this.values.get(key);
		if (known != null) {
			return (T) known;
		}
		T computed = compute.get();
		synchronized (this) {
			if (now.equals(this.fingerprint)) {
				this.values.put(key, computed);
			}
		}
		return computed;
	}

}
