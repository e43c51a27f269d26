package no.symbiose.app.symbiosis;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.symbiose.app.background.BackgroundThreads;
import no.symbiose.app.security.Visibility;
import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.AvailabilityKind;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.engine.symbiosis.CandidateGenerator;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.MatchResult;
import no.symbiose.engine.symbiosis.MatchSettings;
import no.symbiose.engine.symbiosis.MatchSide;
import no.symbiose.engine.symbiosis.MatchStream;
import no.symbiose.engine.symbiosis.SymbiosisRule;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.FlowUnit;

/**
 * Runs the symbiosis engine over the registry: the latest year of every stream, each
 * company at its site, else its park's site, else its municipality's centre; the built-in
 * knowledge base plus the rules administrators added. A run is kept until the registry or
 * the rules change, so pages do not rerun it on every request.
 *
 * <p>
 * Whether they changed is asked in two steps. First the data's version, one tiny query
 * (as {@code DataVersionCache} reads it): PostgreSQL's current snapshot, which changes
 * whenever any writer starts or ends and never for readers, the date and the access epoch
 * ({@code V12__result_epoch.sql}). Only when the version differs from the one at which
 * the run's fingerprint was last confirmed is the fingerprint computed (counts and sums
 * over every stream, company, tenancy and rule: about 100 ms on the national registry);
 * when that is still the same, the new version is remembered as confirmed.
 *
 * <p>
 * When the data did change and {@code symbiose.results.serve-stale} is true (the
 * default), callers get the previous run at once while one run at a time is computed
 * again on the daemon thread {@code symbiose-matching}; it checks the fingerprint first
 * and swaps the kept run when it is done ({@link #recomputing()} says whether one is
 * under way, {@link MatchRun#computedAt()} when the kept one was computed). A failure is
 * logged and the old run stays; the next change of the data tries again. The previous run
 * is served only under the rules of {@code DataVersionCache}: of the same date and access
 * epoch (no change since took anyone's access away) and last known current at most
 * {@code symbiose.results.max-stale} ago. Otherwise, for the first run, for every run
 * when the property is false (the tests), and inside a transaction that may write, the
 * run is computed while the caller waits, once for all callers waiting at the same time.
 * A caller inside a write transaction never gets a stale run, and a run computed in a
 * transaction that has written is not kept: it could contain rows that are rolled back.
 *
 * <p>
 * A run reads its several queries in one read-only REPEATABLE READ transaction, so they
 * see one snapshot. Nothing here wraps the callers in a transaction: a request waiting
 * for a run holds no pooled connection (unless its caller opened a transaction).
 *
 * <p>
 * The run sees every stream, confidential ones too: that is what makes double-blind
 * matching possible. What a viewer is shown is decided by the callers that present
 * candidates; a run that may be stale ({@link #checked()}) is checked against the streams
 * as they are now there ({@link CandidateViews}).
 */
@Service
public class SymbiosisMatching {

	private static final Logger log = LoggerFactory.getLogger(SymbiosisMatching.class);

	/**
	 * The data's version (snapshot, date, access epoch) and what a stale run must share.
	 */
	private static final String VERSION = """
			select pg_current_snapshot()::text || '/' || current_date || '/' || epoch,
			       current_date || '/' || epoch
			from result_epoch""";

	/** Latest year per (company, stream key), with the best location the registry has. */
	private static final String STREAMS = """
			select distinct on (s.company_id, s.stream_key)
			       s.id, s.company_id, c.company_key, c.name as company_name, s.year, s.stream_key, s.direction,
			       s.name, s.ewc_code, s.material_class, s.heat_medium, s.temperature_c, s.quantity, s.unit,
			       s.availability, s.available_months, s.confidentiality, c.nace_version, c.nace_code,
			       c.municipality_number, m.county_number,
			       coalesce(c.lat, pk.lat, m.centroid_lat) as lat, coalesce(c.lon, pk.lon, m.centroid_lon) as lon,
			       c.lat is null as approximate
			from stream s
			join company c on c.id = s.company_id
			left join municipality m on m.municipality_number = c.municipality_number
			left join lateral (
			    select p.lat, p.lon from tenancy t join park p on p.id = t.park_id
			    where t.company_id = c.id and p.lat is not null and """ + Visibility.activeTenancy("t") + """
			    order by p.id limit 1) pk on true
			order by s.company_id, s.stream_key, s.year desc
			""";

	private static final String COMPANIES_WITH_NACE = """
			select c.id, c.company_key, c.name, c.nace_version, c.nace_code, c.municipality_number, m.county_number,
			       coalesce(c.lat, pk.lat, m.centroid_lat) as lat, coalesce(c.lon, pk.lon, m.centroid_lon) as lon,
			       c.lat is null as approximate
			from company c
			left join municipality m on m.municipality_number = c.municipality_number
			left join lateral (
			    select p.lat, p.lon from tenancy t join park p on p.id = t.park_id
			    where t.company_id = c.id and p.lat is not null and """ + Visibility.activeTenancy("t") + """
			    order by p.id limit 1) pk on true
			where c.nace_code is not null
			""";

	private static final String FINGERPRINT = """
			select concat_ws('/',
			  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0) from stream),
			  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0) from company),
			  (select count(*) || ':' || coalesce(max(id), 0) from tenancy),
			  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0) from symbiosis_rule),
			  current_date)
			""";

	private final JdbcClient jdbc;

	private final KnowledgeBase builtIn;

	private final Clock clock;

	private final MatchSettings settings;

	private final boolean serveStale;

	/** The runs' transaction: read-only, one snapshot for all of a run's queries. */
	private final TransactionTemplate readOnce;

	/**
	 * Waits out the refresh interval, then hands a background run to {@link #workers}.
	 */
	private final ScheduledExecutorService background;

	/**
	 * Where a background run computes, at background priority: the engine's parallel
	 * streams run in this pool, so the requests' common pool and cores stay free.
	 */
	private final ForkJoinPool workers;

	private final AtomicReference<@Nullable Cached> cached = new AtomicReference<>();

	/** The computation under way, background or not; at most one at a time. */
	private final AtomicReference<@Nullable Flight> inFlight = new AtomicReference<>();

	private final AtomicLong generations = new AtomicLong();

	/** How many computations were started; numbers them. */
	private final AtomicLong flights = new AtomicLong();

	private final Duration maxStale;

	private final Duration refreshInterval;

	/**
	 * When the last run started, in the background or not: the warm-up's run at start
	 * counts too, so that the first imports after a start do not run the matching again
	 * at once.
	 */
	private volatile Instant lastRunStarted = Instant.MIN;

	private volatile boolean versionUnavailable;

	/** When the kept run was last known to be current. */
	private volatile Instant lastCurrent = Instant.MIN;

	/** The version of the data at which the last background run failed. */
	private volatile @Nullable String failedAt;

	/** One writer at a time computes a run in its transaction, as before. */
	private final Object writers = new Object();

	/**
	 * The data's version.
	 *
	 * @param data snapshot, date and access epoch: changes with every writer
	 * @param compatible date and access epoch: a run of another is never served stale
	 */
	private record Version(String data, String compatible) {
	}

	/**
	 * The kept run.
	 *
	 * @param version the version at which {@code fingerprint} was last confirmed, or null
	 * when that is unknown
	 * @param fingerprint what {@link #FINGERPRINT} gave for the data the run read
	 * @param generation counts the kept runs ({@link #generation()})
	 */
	private record Cached(@Nullable Version version, String fingerprint, MatchRun run, long generation) {

		Cached confirmedAt(@Nullable Version version) {
			return new Cached(version, this.fingerprint, this.run, this.generation);
		}

		boolean at(@Nullable Version now) {
			return now != null && this.version != null && now.data().equals(this.version.data());
		}

	}

	/** A computation; {@code number} counts up, so later ones have larger numbers. */
	private record Flight(long number, CompletableFuture<Cached> result) {
	}

	/**
	 * @param nearestPerRule {@code symbiose.matching.nearest-per-rule}: under each rule a
	 * supply looks only at this many nearest demands ({@link MatchSettings}); 0 (the
	 * default) at every demand in reach. A national registry needs a bound: with every
	 * demand in reach its 50 000 latest streams give more candidates than a heap holds
	 * (docs/benchmarks.md, "Load test").
	 * @param serveStale {@code symbiose.results.serve-stale}: whether callers get the
	 * previous run while a new one is computed in the background (true, the default), or
	 * wait for the new one (false)
	 * @param maxStale {@code symbiose.results.max-stale}: a run last known current longer
	 * ago than this is not served stale
	 * @param refreshInterval {@code symbiose.matching.refresh-interval}, else
	 * {@code symbiose.results.refresh-interval}: a background run starts no sooner than
	 * this after the last run started, the first one at start included (every import
	 * changes the data; a run of the national registry takes seconds of both cores)
	 */
	SymbiosisMatching(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${symbiose.matching.nearest-per-rule:0}") int nearestPerRule,
			@Value("${symbiose.results.serve-stale:true}") boolean serveStale,
			@Value("${symbiose.results.max-stale:10m}") Duration maxStale,
			@Value("${symbiose.matching.refresh-interval:${symbiose.results.refresh-interval:0s}}") Duration refreshInterval,
			BackgroundThreads threads) {
		this.background = Executors.newSingleThreadScheduledExecutor(threads.named("symbiose-matching"));
		this.workers = threads.pool("symbiose-matching-worker");
		this.jdbc = jdbc;
		this.clock = clock;
		this.builtIn = KnowledgeBase.builtIn();
		this.settings = MatchSettings.DEFAULT.withNearestPerRule(nearestPerRule);
		this.serveStale = serveStale;
		this.maxStale = maxStale;
		this.refreshInterval = refreshInterval;
		this.readOnce = new TransactionTemplate(transactions);
		this.readOnce.setReadOnly(true);
		this.readOnce.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	@PreDestroy
	void stop() {
		this.background.shutdownNow();
		this.workers.shutdownNow();
	}

	/** The built-in knowledge base with the administrators' rules. */
	public KnowledgeBase knowledgeBase() {
		List<SymbiosisRule> added = new ArrayList<>();
		for (Map.Entry<String, String> row : this.jdbc
			.sql("select rule_id, columns::text from symbiosis_rule order by rule_id")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()) {
			added.add(AdministratorRules.fromJson(row.getValue()));
		}
		return this.builtIn.withRules(added);
	}

	/** The engine's rules as shipped, without the administrators' additions. */
	public KnowledgeBase builtInKnowledgeBase() {
		return this.builtIn;
	}

	/**
	 * The current run, rerun only when the registry or the rules changed; with
	 * {@code serve-stale} the previous run while a new one is computed (see the class).
	 */
	public MatchRun current() {
		return checked().run();
	}

	/**
	 * A run and whether it was confirmed current at this call: false when it is the
	 * previous run, served while a new one is computed.
	 */
	record Checked(MatchRun run, boolean confirmed) {
	}

	/** {@link #current()}, saying whether the run may be stale. */
	Checked checked() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return new Checked(forWriter(), true);
		}
		Cached now = this.cached.get();
		if (now == null) {
			return new Checked(fresherThan(fingerprint()).run(), true);
		}
		Version version = version();
		if (now.at(version)) {
			this.lastCurrent = this.clock.instant();
			return new Checked(now.run(), true);
		}
		if (this.serveStale && version != null && staleAllowed(now, version)) {
			// the background run checks the fingerprint: this caller does not wait for it
			refreshInBackground(version.data());
			return new Checked(now.run(), false);
		}
		String fingerprint = fingerprint();
		if (now.fingerprint().equals(fingerprint)) {
			this.cached.compareAndSet(now, now.confirmedAt(version));
			this.lastCurrent = this.clock.instant();
			return new Checked(now.run(), true);
		}
		return new Checked(fresherThan(fingerprint).run(), true);
	}

	/**
	 * Whether the kept run may be served while a new one is computed: only of the same
	 * date and access epoch ({@code V12__result_epoch.sql}: no confidentiality, tenancy
	 * or company location has changed since, so nobody sees in it what they may no longer
	 * see), and only when it was known current at most {@code max-stale} ago.
	 */
	private boolean staleAllowed(Cached now, Version version) {
		return now.version() != null && now.version().compatible().equals(version.compatible())
				&& !this.clock.instant().isAfter(this.lastCurrent.plus(this.maxStale));
	}

	/**
	 * Whether a newer run may be being computed: the run {@link #current()} gives may
	 * then be older than the data. True also while the background only checks the
	 * fingerprint after a write that turns out not to concern the matching.
	 */
	public boolean recomputing() {
		return this.inFlight.get() != null;
	}

	/**
	 * When the kept run was computed, without asking the database; empty before the first
	 * run. Pages say it next to the candidates ("as of").
	 */
	public Optional<Instant> computedAt() {
		Cached now = this.cached.get();
		return now == null ? Optional.empty() : Optional.of(now.run().computedAt());
	}

	/**
	 * Which run is kept, without asking the database: a number that grows each time a new
	 * run is kept, 0 before the first. Results derived from a run and cached elsewhere
	 * put it in their key, so that they are computed again once a newer run is kept.
	 */
	public long generation() {
		Cached now = this.cached.get();
		return now == null ? 0 : now.generation();
	}

	/**
	 * A run at least as new as the data that gave {@code fingerprint}: the kept one if it
	 * has that fingerprint, else that of a computation started after this call began,
	 * which this caller runs or waits for.
	 */
	private Cached fresherThan(String fingerprint) {
		long entered = this.flights.get();
		while (true) {
			Cached now = this.cached.get();
			if (now != null && now.fingerprint().equals(fingerprint)) {
				return now;
			}
			Flight running = this.inFlight.get();
			if (running == null) {
				Flight mine = new Flight(this.flights.incrementAndGet(), new CompletableFuture<>());
				if (this.inFlight.compareAndSet(null, mine)) {
					return fly(mine);
				}
				continue;
			}
			Cached result = await(running);
			if (running.number() > entered) {
				return result;
			}
		}
	}

	/**
	 * Starts a background computation unless one is under way, or one failed at the same
	 * data (the next change of the data tries again).
	 * @param data the version of the data that asked for it
	 */
	private void refreshInBackground(String data) {
		if (this.inFlight.get() != null || data.equals(this.failedAt)) {
			return;
		}
		Flight mine = new Flight(this.flights.incrementAndGet(), new CompletableFuture<>());
		if (!this.inFlight.compareAndSet(null, mine)) {
			return;
		}
		// at most one background run per interval; callers get the kept run meanwhile
		Instant now = this.clock.instant();
		Instant due = this.lastRunStarted.plus(this.refreshInterval);
		long delayMillis = now.isBefore(due) ? Duration.between(now, due).toMillis() : 0;
		try {
			this.background.schedule(() -> {
				try {
					this.workers.invoke(ForkJoinTask.adapt(() -> fly(mine)));
				}
				catch (RuntimeException | Error ex) {
					this.failedAt = data;
					log.warn("Symbiosis matching in the background failed; the previous run stays until the data "
							+ "change again", ex);
				}
			}, delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			this.inFlight.compareAndSet(mine, null);
			mine.result().completeExceptionally(ex);
		}
	}

	/**
	 * Runs the computation in this thread, keeps its result, and only then lets the
	 * callers waiting for it go.
	 */
	private Cached fly(Flight flight) {
		try {
			Instant started = this.clock.instant();
			this.lastRunStarted = started;
			Cached computed = this.readOnce.execute(status -> computeIfChanged());
			this.cached.set(computed);
			this.lastCurrent = started;
			this.inFlight.compareAndSet(flight, null);
			flight.result().complete(computed);
			return computed;
		}
		catch (RuntimeException | Error ex) {
			this.inFlight.compareAndSet(flight, null);
			flight.result().completeExceptionally(ex);
			throw ex;
		}
	}

	/**
	 * In the run's transaction: the snapshot and the fingerprint first, so they describe
	 * no newer data than the run reads; the kept run, confirmed, when the fingerprint did
	 * not change.
	 */
	private Cached computeIfChanged() {
		Version version = version();
		String fingerprint = fingerprint();
		Cached now = this.cached.get();
		if (now != null && now.fingerprint().equals(fingerprint)) {
			return now.confirmedAt(version);
		}
		return new Cached(version, fingerprint, run(knowledgeBase()), this.generations.incrementAndGet());
	}

	/**
	 * Inside a transaction that may write: never stale, computed in the caller's
	 * transaction, and kept only when that transaction has not written (else it could
	 * keep rows that are rolled back).
	 */
	private MatchRun forWriter() {
		String fingerprint = fingerprint();
		Cached now = this.cached.get();
		if (now != null && now.fingerprint().equals(fingerprint)) {
			return now.run();
		}
		synchronized (this.writers) {
			now = this.cached.get();
			if (now != null && now.fingerprint().equals(fingerprint)) {
				return now.run();
			}
			MatchRun run = run(knowledgeBase());
			boolean written = this.jdbc.sql("select pg_current_xact_id_if_assigned() is not null")
				.query(Boolean.class)
				.single();
			if (!written) {
				this.cached.set(new Cached(null, fingerprint, run, this.generations.incrementAndGet()));
			}
			return run;
		}
	}

	private String fingerprint() {
		return this.jdbc.sql(FINGERPRINT).query(String.class).single();
	}

	/** The data's current version, or null when it cannot be read (a standby). */
	private @Nullable Version version() {
		if (this.versionUnavailable) {
			return null;
		}
		try {
			return this.jdbc.sql(VERSION).query((rs, n) -> new Version(rs.getString(1), rs.getString(2))).single();
		}
		catch (DataAccessException ex) {
			log.warn("The database's snapshot cannot be read ({}): the matching's fingerprint is checked every time",
					ex.getMessage());
			this.versionUnavailable = true;
			return null;
		}
	}

	private static Cached await(Flight flight) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return flight.result().get();
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

	private MatchRun run(KnowledgeBase knowledge) {
		Instant started = this.clock.instant();
		long t0 = System.nanoTime();
		Map<String, MatchedStream> streams = new LinkedHashMap<>();
		List<MatchStream> supplies = new ArrayList<>();
		List<MatchStream> demands = new ArrayList<>();
		this.jdbc.sql(STREAMS).query((ResultSet rs) -> {
			MatchedStream matched = streamOf(rs);
			streams.put(matched.id(), matched);
			(matched.stream().side() == MatchSide.SUPPLY ? supplies : demands).add(matched.stream());
		});
		Set<String> receivingPrefixes = new HashSet<>();
		knowledge.rules().forEach(rule -> receivingPrefixes.addAll(rule.receivingNacePrefixes()));
		if (!receivingPrefixes.isEmpty()) {
			this.jdbc.sql(COMPANIES_WITH_NACE).query((ResultSet rs) -> {
				String code = rs.getString("nace_code");
				if (receivingPrefixes.stream().anyMatch(code::startsWith)) {
					MatchedStream implicit = implicitOf(rs);
					streams.put(implicit.id(), implicit);
					demands.add(implicit.stream());
				}
			});
		}
		MatchResult result = new CandidateGenerator(knowledge).generate(supplies, demands, this.settings);
		Duration took = Duration.ofNanos(System.nanoTime() - t0);
		log.info("Symbiosis matching: {} supplies, {} demands, {} candidates in {} ms (knowledge base {})",
				supplies.size(), demands.size(), result.candidates().size(), took.toMillis(), knowledge.version());
		return new MatchRun(knowledge, result, streams, started, took);
	}

	private static MatchedStream streamOf(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		StreamDirection direction = StreamDirection.fromKey(rs.getString("direction"));
		MatchSide side = direction == StreamDirection.INPUT ? MatchSide.DEMAND : MatchSide.SUPPLY;
		String matchId = (side == MatchSide.SUPPLY ? "s" : "d") + id;
		String ewc = rs.getString("ewc_code");
		String material = rs.getString("material_class");
		double temperature = rs.getDouble("temperature_c");
		Celsius celsius = rs.wasNull() ? null : Celsius.of(temperature);
		double quantity = rs.getDouble("quantity");
		AnnualQuantity amount = rs.wasNull() || rs.getString("unit") == null ? null
				: AnnualQuantity.of(quantity, FlowUnit.fromSymbol(rs.getString("unit")));
		MatchStream stream = new MatchStream(matchId, side, CompanyKey.of(rs.getString("company_key")), location(rs),
				rs.getString("name"), direction, ewc == null ? null : EwcCode.parse(ewc),
				material == null ? null : MaterialClass.fromKey(material), rs.getString("heat_medium") != null, celsius,
				amount, availability(rs.getString("availability"), rs.getArray("available_months")), nace(rs));
		return new MatchedStream(stream, id, rs.getString("stream_key"), rs.getLong("company_id"),
				rs.getString("company_key"), rs.getString("company_name"), rs.getString("municipality_number"),
				rs.getString("county_number"), rs.getInt("year"), rs.getString("confidentiality"),
				rs.getBoolean("approximate"));
	}

	private static MatchedStream implicitOf(ResultSet rs) throws SQLException {
		long companyId = rs.getLong("id");
		MatchStream stream = MatchStream.implicitDemand("c" + companyId, CompanyKey.of(rs.getString("company_key")),
				location(rs), rs.getString("name"), nace(rs));
		return new MatchedStream(stream, null, null, companyId, rs.getString("company_key"), rs.getString("name"),
				rs.getString("municipality_number"), rs.getString("county_number"), 0, "public",
				rs.getBoolean("approximate"));
	}

	private static @Nullable GeoPoint location(ResultSet rs) throws SQLException {
		double lat = rs.getDouble("lat");
		if (rs.wasNull()) {
			return null;
		}
		return GeoPoint.of(lat, rs.getDouble("lon"));
	}

	private static @Nullable NaceCode nace(ResultSet rs) throws SQLException {
		String code = rs.getString("nace_code");
		return code == null ? null : NaceCode.of(NaceVersion.fromKey(rs.getString("nace_version")), code);
	}

	private static Availability availability(String kind, @Nullable Array months) throws SQLException {
		AvailabilityKind parsed = AvailabilityKind.fromKey(kind);
		EnumSet<Month> set = EnumSet.noneOf(Month.class);
		if (months != null) {
			for (Object month : (Object[]) months.getArray()) {
				set.add(Month.of(((Number) month).intValue()));
			}
		}
		return new Availability(parsed, set);
	}

	/** For tests: forget the cached run. */
	void forget() {
		this.cached.set(null);
	}

}
