package no.symbiose.app.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.symbiose.app.background.BackgroundThreads;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Results of expensive reads (the accounts of a year, an indicator's values, a
 * dashboard), kept per version of the data. The version is PostgreSQL's current snapshot
 * ({@code pg_current_snapshot()}: the oldest running writer, the next transaction id and
 * the writers in progress) and the date: what a query sees is determined by its snapshot
 * alone, the snapshot changes whenever any writer starts or ends, and readers never
 * change it. The date is there because what a tenancy covers, and so a park's account,
 * changes with it.
 * <p>
 * <b>After a change</b>, with {@code symbiose.results.serve-stale=true} (the default), a
 * key's previous result is served at once while one background thread computes the new
 * one, so a reporter's one-row import does not make every visitor of a dashboard wait for
 * the nation's accounts ({@code docs/benchmarks.md}, "Load test"). That thread runs at
 * background priority ({@link BackgroundThreads}): requests get the cores first. A
 * previous result is served only
 * <ul>
 * <li>of the same access epoch ({@code V12__result_epoch.sql}): no confidentiality,
 * tenancy or company location has changed since, so nobody sees in it what they may no
 * longer see;</li>
 * <li>of the same date;</li>
 * <li>computed at most {@code symbiose.results.max-stale} ago (default 10 minutes);</li>
 * <li>to a caller that is not itself computing a result (a result made of stale parts
 * would be kept as current).</li>
 * </ul>
 * A result is computed again in the background at most once per
 * {@code symbiose.results.refresh-interval} (default 0: after every change; the
 * platform's setting is 30 s), so that a registry where reporters import every few
 * seconds spends at most a share of one core on keeping its dashboards current. When no
 * earlier result may be served but the key is being computed at an earlier version of the
 * same access epoch and date, a request waits for that computation, as it could have been
 * served its result. Otherwise, and always with {@code serve-stale=false} (the tests'
 * setting), a request computes the current result and requests for the same key wait for
 * that one computation. {@link #asOf(Object)} tells a page when the result it shows was
 * computed.
 * <p>
 * A computation runs in its own read-only, repeatable-read transaction, so its queries
 * see one snapshot and a waiting request holds no pooled connection. Not cached: reads
 * inside a transaction that may write (it could see its own uncommitted rows), and
 * everything when the snapshot cannot be read (a read-only standby). Keys must be values
 * (records) that include everything the result depends on, the viewer's access in
 * particular.
 */
@Component
public class DataVersionCache implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DataVersionCache.class);

	/** Beyond this many entries the cache starts over. */
	static final int MAX_ENTRIES = 20_000;

	/**
	 * The data's version and what a previous result must share to be served: date and
	 * access epoch.
	 */
	record Version(String data, String compatible) {
	}

	/**
	 * @param token the fingerprint of what the value depends on when it was computed, or
	 * null
	 */
	private record Stored(Version version, @Nullable Object token, @Nullable Object also, Object value,
			Instant computedAt) {
	}

	private record Computation(String version, Object key) {
	}

	/** The computation of a key under way, begun at that version of the data. */
	private record Running(Version version, Instant started, FutureTask<Object> task) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final boolean serveStale;

	private final Duration maxStale;

	private final Duration refreshInterval;

	private final Semaphore slots;

	private final Map<Object, Stored> entries = new ConcurrentHashMap<>();

	private final Map<Computation, FutureTask<Object>> computing = new ConcurrentHashMap<>();

	private final Set<Object> refreshing = ConcurrentHashMap.newKeySet();

	/** The latest computation of each key under way, whatever its version. */
	private final Map<Object, Running> runningByKey = new ConcurrentHashMap<>();

	/** The background thread, at background priority ({@link BackgroundThreads}). */
	private final ExecutorService refresher;

	/** How deep the current thread is in computations of this cache. */
	private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

	/**
	 * The oldest earlier result the computation under way on this thread has used (see
	 * {@link #servableNested}), or null.
	 */
	private static final ThreadLocal<@Nullable Stored[]> STALE_USED = ThreadLocal.withInitial(() -> new Stored[1]);

	/** A computation's value, and the oldest earlier result it was made of, if any. */
	private record Computed(Object value, @Nullable Stored staleFrom) {
	}

	private volatile boolean unavailable;

	public DataVersionCache(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${symbiose.results.serve-stale:true}") boolean serveStale,
			@Value("${symbiose.results.max-stale:10m}") Duration maxStale,
			@Value("${symbiose.results.refresh-interval:0s}") Duration refreshInterval,
			@Value("${symbiose.results.parallel:3}") int parallel, BackgroundThreads background) {
		this.refresher = Executors.newSingleThreadExecutor(background.named("symbiose-results"));
		this.slots = new Semaphore(Math.max(1, parallel), true);
		this.jdbc = jdbc;
		this.refreshInterval = refreshInterval;
		this.clock = clock;
		this.serveStale = serveStale;
		this.maxStale = maxStale;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The result for the key as of the current data, or, while that is being computed,
	 * the previous one where that is allowed (see the class).
	 * @param compute gives a non-null result
	 */
	public <T> T get(Object key, Supplier<T> compute) {
		return get(key, null, compute);
	}

	/**
	 * As {@link #get(Object, Supplier)}, for a result that depends on a part of the data
	 * only: while that part's fingerprint is unchanged the result stays current, however
	 * much else changed (a year's accounts, when a reporter imports for another year).
	 * @param token gives a cheap fingerprint (an equals-comparable value) of the data the
	 * result depends on; read before the result is computed, so a change meanwhile makes
	 * the next request compute it again
	 */
	public <T> T get(Object key, @Nullable Supplier<?> token, Supplier<T> compute) {
		return get(key, token, null, compute);
	}

	/**
	 * As {@link #get(Object, Supplier)}, for a result that also depends on something
	 * outside the database that changes on its own (the symbiosis matching's run): a
	 * result of another {@code also} is not current, and is served, like one of another
	 * version of the data, only while the new one is computed.
	 * @param also gives a cheap, equals-comparable value of that dependency
	 */
	public <T> T getAlso(Object key, Supplier<?> also, Supplier<T> compute) {
		return get(key, null, also, compute);
	}

	@SuppressWarnings("unchecked")
	private <T> T get(Object key, @Nullable Supplier<?> token, @Nullable Supplier<?> also, Supplier<T> compute) {
		Version now = currentVersion();
		if (now == null) {
			return compute.get();
		}
		Object alsoNow = also == null ? null : also.get();
		Stored stored = this.entries.get(key);
		boolean sameAlso = stored != null && java.util.Objects.equals(stored.also(), alsoNow);
		if (stored != null && sameAlso && stored.version().equals(now)) {
			return (T) stored.value();
		}
		if (stored != null && sameAlso && revalidated(key, stored, now, token)) {
			return (T) stored.value();
		}
		if (stored != null && servableNested(stored, now)) {
			// the result made of it is kept as no newer than it (run)
			markStale(stored);
			return (T) stored.value();
		}
		if (stored != null && servable(stored, now)) {
			// a new run of the dependency too: at most one refresh per interval, since
			// every import starts a match run
			if (Duration.between(stored.computedAt(), this.clock.instant()).compareTo(this.refreshInterval) >= 0) {
				refreshLater(key, token, also, compute);
			}
			return (T) stored.value();
		}
		Running running = this.runningByKey.get(key);
		if (running != null && adoptable(running, now)) {
			// begun at an earlier version: newer than any result that could be served
			return (T) adopt(result(running.task()));
		}
		return (T) computeShared(now, key, token, also, compute);
	}

	/**
	 * Whether a caller without a servable result may wait for the computation of the key
	 * under way at an earlier version instead of computing it again, as it could be
	 * served an earlier result: the first visitors of a dashboard while reporters import
	 * would otherwise each compute it at their own version, at once.
	 */
	private boolean adoptable(Running running, Version now) {
		return this.serveStale && DEPTH.get()[0] == 0 && running.version().compatible().equals(now.compatible())
				&& Duration.between(running.started(), this.clock.instant()).compareTo(this.maxStale) <= 0;
	}

	/**
	 * Whether the stored result is still current, its data's fingerprint being unchanged;
	 * if so it is kept as of the new version.
	 */
	private boolean revalidated(Object key, Stored stored, Version now, @Nullable Supplier<?> token) {
		if (token == null || stored.token() == null || !stored.version().compatible().equals(now.compatible())
				|| !stored.token().equals(token.get())) {
			return false;
		}
		this.entries.replace(key, stored,
				new Stored(now, stored.token(), stored.also(), stored.value(), this.clock.instant()));
		return true;
	}

	/**
	 * When the result served for the key was computed; null when none is kept. A page
	 * shows it next to figures that may be a little behind.
	 */
	public @Nullable Instant asOf(Object key) {
		Stored stored = this.entries.get(key);
		return stored == null ? null : stored.computedAt();
	}

	/** Whether a newer result for the key is being computed in the background. */
	public boolean recomputing(Object key) {
		return this.refreshing.contains(key);
	}

	private boolean servable(Stored stored, Version now) {
		return this.serveStale && DEPTH.get()[0] == 0 && stored.version().compatible().equals(now.compatible())
				&& Duration.between(stored.computedAt(), this.clock.instant()).compareTo(this.maxStale) <= 0;
	}

	/**
	 * Whether a computation may use an earlier result instead of computing it again: one
	 * computed less than {@code refresh-interval} ago, of the same access epoch. A
	 * dashboard refreshed every 30 s would otherwise compute the country's year of
	 * accounts after every import. What it makes is kept as of the earlier result's
	 * version and time (see {@link #run}), so it is not current and is computed again
	 * once that time is an interval ago.
	 */
	private boolean servableNested(Stored stored, Version now) {
		return this.serveStale && DEPTH.get()[0] > 0 && stored.version().compatible().equals(now.compatible())
				&& Duration.between(stored.computedAt(), this.clock.instant()).compareTo(this.refreshInterval) < 0;
	}

	private static void markStale(Stored stored) {
		if (DEPTH.get()[0] > 0) {
			@Nullable Stored[] used = STALE_USED.get();
			used[0] = older(used[0], stored);
		}
	}

	private static @Nullable Stored older(@Nullable Stored a, @Nullable Stored b) {
		if (a == null) {
			return b;
		}
		return b == null || !b.computedAt().isBefore(a.computedAt()) ? a : b;
	}

	/** Computes the key anew on the background thread, once however often asked. */
	private void refreshLater(Object key, @Nullable Supplier<?> token, @Nullable Supplier<?> also,
			Supplier<?> compute) {
		if (!this.refreshing.add(key)) {
			return;
		}
		try {
			this.refresher.execute(() -> {
				try {
					Version now = currentVersion();
					Stored stored = this.entries.get(key);
					Object alsoNow = also == null ? null : also.get();
					boolean sameAlso = stored != null && java.util.Objects.equals(stored.also(), alsoNow);
					if (now != null
							&& !(sameAlso && (stored.version().equals(now) || revalidated(key, stored, now, token)))) {
						computeShared(now, key, token, also, compute);
					}
				}
				catch (RuntimeException ex) {
					log.warn("A result could not be computed again; the previous one is served meanwhile", ex);
				}
				finally {
					this.refreshing.remove(key);
				}
			});
		}
		catch (RuntimeException rejected) {
			this.refreshing.remove(key);
		}
	}

	/**
	 * One computation per version (or fingerprint) and key: requests that ask for it
	 * meanwhile wait for that one instead of each computing it again (50 visitors of a
	 * dashboard after a write; the year's figures every viewer's accounts are made of).
	 * At most {@code symbiose.results.parallel} computations start at a time, each in its
	 * own transaction; the others wait holding no connection, so pages that need no
	 * computation keep the cores. A computation that needs another one waits for it too,
	 * holding its connection: results depend on one another without cycles, and the one
	 * waited for has its connection already. A caller inside a transaction of its own
	 * computes on its own rather than wait.
	 */
	private Object computeShared(Version now, Object key, @Nullable Supplier<?> token, @Nullable Supplier<?> also,
			Supplier<?> compute) {
		boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
		boolean nested = DEPTH.get()[0] > 0;
		Object fingerprint = token == null ? null : token.get();
		Object alsoValue = also == null ? null : also.get();
		Computation computation = new Computation(
				(fingerprint == null ? now.data() : "fingerprint " + fingerprint) + "/" + alsoValue, key);
		FutureTask<Object> task = new FutureTask<>(
				() -> inTransaction ? counted(compute) : this.readOnly.execute(status -> counted(compute)));
		boolean slot = false;
		if (!inTransaction) {
			FutureTask<Object> running = this.computing.get(computation);
			if (running != null) {
				return adopt(result(running));
			}
			this.slots.acquireUninterruptibly();
			slot = true;
		}
		try {
			FutureTask<Object> running = inTransaction && !nested ? null
					: this.computing.putIfAbsent(computation, task);
			if (running != null) {
				if (slot) {
					this.slots.release();
					slot = false;
				}
				return adopt(result(running));
			}
			return run(now, key, fingerprint, alsoValue, computation, task);
		}
		finally {
			if (slot) {
				this.slots.release();
			}
		}
	}

	private Object run(Version now, Object key, @Nullable Object fingerprint, @Nullable Object alsoValue,
			Computation computation, FutureTask<Object> task) {
		Instant started = this.clock.instant();
		Running running = new Running(now, started, task);
		this.runningByKey.put(key, running);
		try {
			task.run();
			Computed computed = (Computed) result(task);
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
			// made of an earlier result: no newer than it, and never revalidated
			Stored stale = computed.staleFrom();
			Stored entry = stale == null ? new Stored(now, fingerprint, alsoValue, computed.value(), started)
					: new Stored(stale.version(), null, alsoValue, computed.value(),
							stale.computedAt().isBefore(started) ? stale.computedAt() : started);
			this.entries.merge(key, entry, (old, fresh) -> old.computedAt().isAfter(fresh.computedAt()) ? old : fresh);
			return computed.value();
		}
		finally {
			this.computing.remove(computation, task);
			this.runningByKey.remove(key, running);
		}
	}

	private static Computed counted(Supplier<?> compute) {
		int[] depth = DEPTH.get();
		@Nullable Stored[] used = STALE_USED.get();
		Stored outer = used[0];
		used[0] = null;
		depth[0]++;
		try {
			Object value = compute.get();
			return new Computed(value, used[0]);
		}
		finally {
			depth[0]--;
			// a computation made of an earlier result makes the one that needs it so too
			used[0] = depth[0] > 0 ? older(outer, used[0]) : null;
		}
	}

	/** A computation's value; its earlier results count for the computation waiting. */
	private static Object adopt(Object computed) {
		Computed result = (Computed) computed;
		if (result.staleFrom() != null) {
			markStale(result.staleFrom());
		}
		return result.value();
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

	private static final String REQUEST_VERSION = DataVersionCache.class.getName() + ".version";

	/**
	 * The current version of the data, or null when results are not cached. A GET
	 * request, which changes nothing, reads it once: a dashboard asks for hundreds of
	 * results, and each would otherwise cost a round trip to the database.
	 */
	@Nullable Version currentVersion() {
		if (this.unavailable || (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
			return null;
		}
		HttpServletRequest request = RequestContextHolder
			.getRequestAttributes() instanceof ServletRequestAttributes servlet && DEPTH.get()[0] == 0
				&& ("GET".equals(servlet.getRequest().getMethod()) || "HEAD".equals(servlet.getRequest().getMethod()))
						? servlet.getRequest() : null;
		if (request != null && request.getAttribute(REQUEST_VERSION) instanceof Version read) {
			return read;
		}
		Version version = readVersion();
		if (request != null && version != null) {
			request.setAttribute(REQUEST_VERSION, version);
		}
		return version;
	}

	private @Nullable Version readVersion() {
		try {
			return this.jdbc
				.sql("select pg_current_snapshot()::text, current_date::text || '/' || epoch from result_epoch")
				.query((rs, n) -> new Version(rs.getString(1) + "/" + rs.getString(2), rs.getString(2)))
				.single();
		}
		catch (DataAccessException ex) {
			log.warn("Results are not cached: the database's snapshot cannot be read ({})", ex.getMessage());
			this.unavailable = true;
			return null;
		}
	}

	@Override
	public void destroy() {
		this.refresher.shutdownNow();
	}

}
