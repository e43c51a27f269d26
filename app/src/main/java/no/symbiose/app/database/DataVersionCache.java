package no.symbiose.app.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results of expensive reads (an account of a county for a year, an indicator's values),
 * kept for as long as the data a query can see have not changed. The version of the data
 * is PostgreSQL's current snapshot ({@code pg_current_snapshot()}: the oldest running
 * writer, the next transaction id and the writers in progress) and the date. What a query
 * sees is determined by its snapshot alone; the snapshot changes whenever any writer, of
 * this application or another, starts or ends, and readers never change it. So a result
 * is never served after the data it came from changed; a writer that changed nothing
 * (autovacuum's statistics) only costs a recomputation. The date is there because what a
 * tenancy covers, and so a park's account, changes with it.
 * <p>
 * Not cached: reads inside a transaction that may write (it could see its own uncommitted
 * rows), and everything when the snapshot cannot be read (a read-only standby). Keys must
 * be values (records) that include everything the result depends on, the viewer in
 * particular.
 */
@Component
public class DataVersionCache {

	private static final Logger log = LoggerFactory.getLogger(DataVersionCache.class);

	/** Beyond this many entries of one version the cache starts over. */
	static final int MAX_ENTRIES = 20_000;

	private record Entry(String version, Object key) {
	}

	private final JdbcClient jdbc;

	private final Map<Entry, Object> entries = new ConcurrentHashMap<>();

	private final Map<Entry, FutureTask<Object>> computing = new ConcurrentHashMap<>();

	private volatile String version = "";

	private volatile boolean unavailable;

	public DataVersionCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The result for the key as of the current data, computed once per version.
	 * @param compute gives a non-null result
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> compute) {
		String now = currentVersion();
		if (now == null) {
			return compute.get();
		}
		if (!now.equals(this.version)) {
			this.version = now;
			this.entries.keySet().removeIf(entry -> !entry.version().equals(now));
		}
		Entry entry = new Entry(now, key);
		Object cached = this.entries.get(entry);
		if (cached != null) {
			return (T) cached;
		}
		// one computation per entry: requests that ask for it meanwhile wait for that one
		// instead of each computing it again (50 visitors of a dashboard after a write).
		// A caller inside a transaction holds a pooled connection, which the computation
		// may need: it computes on its own rather than wait.
		FutureTask<Object> task = new FutureTask<>(compute::get);
		FutureTask<Object> running = TransactionSynchronizationManager.isActualTransactionActive() ? null
				: this.computing.putIfAbsent(entry, task);
		if (running == null) {
			try {
				task.run();
				T computed = (T) result(task);
				if (this.entries.size() >= MAX_ENTRIES) {
					this.entries.clear();
				}
				this.entries.put(entry, computed);
				return computed;
			}
			finally {
				this.computing.remove(entry, task);
			}
		}
		return (T) result(running);
	}

	/** The task's result, its failure rethrown as it was thrown. */
	private static Object result(FutureTask<Object> task) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return task.get();
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The current version of the data, or null when results are not cached. */
	String currentVersion() {
		if (this.unavailable || (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
			return null;
		}
		try {
			return this.jdbc.sql("select pg_current_snapshot()::text || '/' || current_date")
				.query(String.class)
				.single();
		}
		catch (DataAccessException ex) {
			log.warn("Results are not cached: the database's snapshot cannot be read ({})", ex.getMessage());
			this.unavailable = true;
			return null;
		}
	}

}
