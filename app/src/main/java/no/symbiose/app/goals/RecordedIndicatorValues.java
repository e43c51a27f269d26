package no.symbiose.app.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.GoalCatalogue;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Measurement;
import no.symbiose.engine.goals.Observation;

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

	private record Stored(int year, double value, LocalDate eventDate, java.time.OffsetDateTime recordedAt, long id) {

	}

	@Override
	public List<Observation> values(Indicator indicator, AccountScope scope, Viewer viewer) {
		if (!this.recorded.contains(indicator.key())) {
			return List.of();
		}
		boolean level = isLevel(indicator.unit());
		String where = switch (scope.level()) {
			case PARK -> "p.park_key = :key";
			case COUNTY -> "(e.county_number = :key or p.county_number = :key)";
			case NATION -> "true";
		};
		if (level) {
			// only the scope's own entries: a share or a yes/no does not add up
			where += " and e.scope_level = :level";
		}
		var query = this.jdbc.sql("""
				select e.year, e.value, e.event_date, e.recorded_at, e.id
				from goal_entry e left join park p on p.id = e.park_id
				where e.indicator_key = :indicator and
				""" + where).param("indicator", indicator.key()).param("level", scope.level().key());
		if (scope.key() != null) {
			query = query.param("key", scope.key());
		}
		List<Stored> rows = query
			.query((rs, n) -> new Stored(rs.getInt("year"), rs.getDouble("value"),
					rs.getObject("event_date", LocalDate.class),
					rs.getObject("recorded_at", java.time.OffsetDateTime.class), rs.getLong("id")))
			.list();
		Map<Integer, List<Stored>> byYear = rows.stream()
			.collect(Collectors.groupingBy(Stored::year, TreeMap::new, Collectors.toList()));
		List<Observation> values = new ArrayList<>();
		byYear.forEach((year, entries) -> values.add(new Observation(year, level ? latest(entries) : sum(entries))));
		return List.copyOf(values);
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
