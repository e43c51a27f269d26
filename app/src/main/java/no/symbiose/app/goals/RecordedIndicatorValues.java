package no.symbiose.app.goals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.GoalCatalogue;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Measurement;
import no.symbiose.engine.goals.Observation;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The values of every recorded indicator of the catalogue, from the entries of
 * {@link GoalEntries}. One value per year that has entries; a year without entries is
 * unknown, never zero.
 * <ul>
 * <li><b>Amounts</b> ({@code count}, {@code NOK}, {@code daa}, {@code t}): the sum of the
 * year's entries. A county's value is the sum over its parks' entries plus its own county
 * entries; the nation's the sum over every entry.</li>
 * <li><b>Levels</b> ({@code yes/no}, {@code %}, {@code h}): the year's latest entry (by
 * the date of the event, then the time it was recorded) of the scope's own level. A level
 * does not add up over parks, so a county or the nation has no value for a park-level
 * yes/no or share: unknown, not invented.</li>
 * </ul>
 * Entries kept in another unit than the catalogue's (should an indicator's unit ever
 * change) are left out rather than added to values they do not compare with.
 * <p>
 * The values are public aggregates, as every follow-up value is; the entries themselves,
 * with their evidence, are read through {@link GoalEntries} with a login.
 */
@Component
class RecordedIndicatorValues implements IndicatorValues {

	/** Units whose values do not add up: the latest entry of a year is its value. */
	static final Set<String> LEVEL_UNITS = Set.of("yes/no", "%", "h");

	private final JdbcClient jdbc;

	private final Set<String> recorded;

	RecordedIndicatorValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.recorded = GoalCatalogue.builtIn()
			.indicators()
			.stream()
			.filter(indicator -> indicator.measurement() == Measurement.RECORDED)
			.map(Indicator::key)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Set<String> indicators() {
		return this.recorded;
	}

	/** Whether the unit's yearly value is the latest entry rather than the sum. */
	static boolean isLevel(String unit) {
		return LEVEL_UNITS.contains(unit);
	}

	/**
	 * An entry as the values need it.
	 *
	 * @param parkKey the park of a park entry, else null
	 * @param countyNumber the county of a county entry, or of a park entry's park
	 */
	private record Stored(String indicatorKey, String unit, String level, @Nullable String parkKey,
			@Nullable String countyNumber, int year, double value, LocalDate eventDate, OffsetDateTime recordedAt,
			long id) {

		boolean in(AccountScope scope) {
			return switch (scope.level()) {
				case PARK -> Objects.equals(scope.key(), this.parkKey);
				case COUNTY -> Objects.equals(scope.key(), this.countyNumber);
				case NATION -> true;
			};
		}

	}

	/** Every entry by indicator, as read at {@code loadedAt} (System.nanoTime). */
	private record Snapshot(Map<String, List<Stored>> byIndicator, long loadedAt) {

	}

	/**
	 * How long a snapshot of the entries serves: a dashboard follows every indicator of
	 * the nation, each county and each park, and reads the table once, not once per
	 * indicator and scope. Writes through {@link GoalEntries} forget it at once; other
	 * writers (a park deleted with its entries) are seen after this at the latest.
	 */
	static final Duration MAX_AGE = Duration.ofSeconds(2);

	private volatile @Nullable Snapshot snapshot;

	@Override
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		if (!this.recorded.contains(indicator.key())) {
			return List.of();
		}
		boolean level = isLevel(indicator.unit());
		String scopeLevel = scope.level().key();
		Map<Integer, List<Stored>> byYear = snapshot().byIndicator()
			.getOrDefault(indicator.key(), List.of())
			.stream()
			.filter(entry -> entry.unit().equals(indicator.unit()))
			.filter(entry -> entry.in(scope))
			// a share or a yes/no does not add up: only the scope's own entries
			.filter(entry -> !level || entry.level().equals(scopeLevel))
			.collect(Collectors.groupingBy(Stored::year, TreeMap::new, Collectors.toList()));
		List<Observation> values = new ArrayList<>();
		byYear.forEach((year, entries) -> values.add(new Observation(year, level ? latest(entries) : sum(entries))));
		return List.copyOf(values);
	}

	/** Forgets the snapshot: the next values are read from the table. */
	void forget() {
		this.snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot now = this.snapshot;
		if (now != null && System.nanoTime() - now.loadedAt() < MAX_AGE.toNanos()) {
			return now;
		}
		synchronized (this) {
			now = this.snapshot;
			if (now != null && System.nanoTime() - now.loadedAt() < MAX_AGE.toNanos()) {
				return now;
			}
			long loadedAt = System.nanoTime();
			Map<String, List<Stored>> byIndicator = this.jdbc.sql("""
					select e.indicator_key, e.unit, e.scope_level, p.park_key,
					       coalesce(e.county_number, p.county_number) as county_number, e.year, e.value,
					       e.event_date, e.recorded_at, e.id
					from goal_entry e left join park p on p.id = e.park_id""")
				.query((rs, n) -> new Stored(rs.getString("indicator_key"), rs.getString("unit"),
						rs.getString("scope_level"), rs.getString("park_key"), rs.getString("county_number"),
						rs.getInt("year"), rs.getDouble("value"), rs.getObject("event_date", LocalDate.class),
						rs.getObject("recorded_at", OffsetDateTime.class), rs.getLong("id")))
				.list()
				.stream()
				.collect(Collectors.groupingBy(Stored::indicatorKey));
			now = new Snapshot(byIndicator, loadedAt);
			this.snapshot = now;
			return now;
		}
	}

	private static double sum(List<Stored> entries) {
		return entries.stream().mapToDouble(Stored::value).sum();
	}

	private static double latest(List<Stored> entries) {
		return entries.stream()
			.max(Comparator.comparing(Stored::eventDate)
				.thenComparing(Stored::recordedAt)
				.thenComparingLong(Stored::id))
			.orElseThrow()
			.value();
	}

}
