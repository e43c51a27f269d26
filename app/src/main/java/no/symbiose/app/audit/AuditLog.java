package no.symbiose.app.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.PageResponse;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reads the audit log (table {@code audit_log}, written by the triggers of V11). National
 * administrators read every entry; a park facilitator the entries of their park (its
 * {@code park_ids}, fixed when the change was made); everyone else nothing (403). The
 * rule is part of the SQL, like {@link no.symbiose.app.security.Visibility}: an entry
 * outside it never leaves the database. Filters are checked before anything is read: a
 * bad one answers 400 with every problem named.
 */
@Service
public class AuditLog {

	/** The tables the triggers log, in the order a filter offers them. */
	public static final List<String> TABLES = List.of("park", "company", "tenancy", "yearly_facts", "stream",
			"land_survey", "land_plot", "synergy", "synergy_event", "synergy_realised", "symbiosis_rule", "park_target",
			"goal_entry", "programme_decision", "app_user");

	private static final int MAX_ACTOR_LENGTH = 100;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What to read, as given (text, so that every wrong value can be named). All
	 * optional: {@code park} a park key, {@code table} one of {@link #TABLES},
	 * {@code from} and {@code to} ISO dates (inclusive, Norwegian time), {@code actor} a
	 * username (exact).
	 */
	public record Filter(@Nullable String park, @Nullable String table, @Nullable String from, @Nullable String to,
			@Nullable String actor) {

		public static Filter none() {
			return new Filter(null, null, null, null, null);
		}

	}

	/**
	 * One field of a change: its value before and after as text (a JSON value for arrays;
	 * null when the field was empty or the record did not exist on that side).
	 */
	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

	/**
	 * One change. {@code before} and {@code after} are JSON objects as text: a change
	 * holds only the columns that changed, an insert the new row, a delete the old one.
	 */
	public record Entry(long id, OffsetDateTime changedAt, String actor, @Nullable String actorRole, String table,
			String recordKey, String operation, List<String> parks, @Nullable String before, @Nullable String after,
			List<FieldChange> fields) {
	}

	/** Whether this viewer may read the log at all. */
	public static boolean mayRead(Viewer viewer) {
		return viewer.role() == Role.NATIONAL_ADMIN || viewer.role() == Role.PARK_FACILITATOR;
	}

	/**
	 * Whether this viewer may read the log of this park: its facilitator, national
	 * admins.
	 */
	public static boolean mayReadPark(Viewer viewer, long parkId) {
		return viewer.role() == Role.NATIONAL_ADMIN
				|| (viewer.role() == Role.PARK_FACILITATOR && Long.valueOf(parkId).equals(viewer.parkId()));
	}

	/**
	 * One page of the entries the viewer may read, newest first.
	 * @throws AccessDeniedException the viewer may not read the log (403)
	 * @throws InvalidInputException a filter or the paging is wrong (400)
	 */
	public PageResponse<Entry> read(Viewer viewer, Filter filter, int page, int size) {
		if (!mayRead(viewer)) {
			throw new AccessDeniedException("the audit log is for national administrators and park facilitators");
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(viewer, filter, page, size, params);
		long total = this.jdbc.sql("select count(*) from audit_log a where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Entry> entries = this.jdbc.sql("""
				select a.id, a.changed_at, a.actor, a.actor_role, a.table_name, a.record_key, a.operation,
				       cast(a.before as text) as before, cast(a.after as text) as after,
				       array(select p.park_key from park p where p.id = any(a.park_ids) order by p.park_key) as parks
				from audit_log a where %s
				order by a.changed_at desc, a.id desc limit :limit offset :offset""".formatted(where))
			.params(params)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("actor_role"), rs.getString("table_name"),
					rs.getString("record_key"), rs.getString("operation"),
					List.of((String[]) rs.getArray("parks").getArray()), rs.getString("before"), rs.getString("after"),
					new ArrayList<>()))
			.list();
		addFields(entries);
		return PageResponse.of(entries, page, size, total);
	}

	/** The SQL condition for the viewer's rule and the filters; every problem at once. */
	private String where(Viewer viewer, Filter filter, int page, int size, Map<String, Object> params) {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(FieldProblem.of("page", page, "problem.field.pageNegative"));
		}
		if (size < 1 || size > PageResponse.MAX_SIZE) {
			problems.add(FieldProblem.of("size", size, "problem.field.sizeRange", PageResponse.MAX_SIZE));
		}
		List<String> conditions = new ArrayList<>();
		if (viewer.role() != Role.NATIONAL_ADMIN) {
			conditions.add("a.park_ids @> array[cast(:viewerPark as bigint)]");
			params.put("viewerPark", (viewer.parkId() == null) ? -1L : viewer.parkId());
		}
		String park = blankToNull(filter.park());
		if (park != null) {
			Long parkId = this.jdbc.sql("select id from park where park_key = :key")
				.param("key", park)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (parkId == null) {
				problems.add(FieldProblem.of("park", park, "problem.field.unknownPark"));
			}
			else {
				conditions.add("a.park_ids @> array[cast(:park as bigint)]");
				params.put("park", parkId);
			}
		}
		String table = blankToNull(filter.table());
		if (table != null) {
			if (TABLES.contains(table)) {
				conditions.add("a.table_name = :table");
				params.put("table", table);
			}
			else {
				problems.add(FieldProblem.of("table", table, "audit.problem.table", String.join(", ", TABLES)));
			}
		}
		LocalDate from = date("from", filter.from(), problems);
		LocalDate to = date("to", filter.to(), problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(FieldProblem.of("to", to.toString(), "audit.problem.period", from.toString()));
		}
		if (from != null) {
			conditions.add("a.changed_at >= (cast(:from as date) at time zone 'Europe/Oslo')");
			params.put("from", from.toString());
		}
		if (to != null) {
			conditions.add("a.changed_at < (cast(:to as date) + 1) at time zone 'Europe/Oslo'");
			params.put("to", to.toString());
		}
		String actor = blankToNull(filter.actor());
		if (actor != null) {
			if (actor.length() > MAX_ACTOR_LENGTH) {
				problems.add(FieldProblem.of("actor", actor.substring(0, 20) + "…", "problem.field.tooLong",
						MAX_ACTOR_LENGTH));
			}
			else {
				conditions.add("a.actor = :actor");
				params.put("actor", actor);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
	}

	/** Each entry's fields, before and after side by side, by field name. */
	private void addFields(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Map<Long, Entry> byId = new LinkedHashMap<>();
		entries.forEach(e -> byId.put(e.id(), e));
		this.jdbc.sql("""
				select a.id, k.field, a.before -> k.field #>> '{}' as before, a.after -> k.field #>> '{}' as after
				from audit_log a
				cross join lateral jsonb_object_keys(coalesce(a.after, '{}') || coalesce(a.before, '{}')) k(field)
				where a.id in (:ids)
				order by a.id, k.field""")
			.param("ids", List.copyOf(byId.keySet()))
			.query((rs, n) -> byId.get(rs.getLong("id"))
				.fields()
				.add(new FieldChange(rs.getString("field"), rs.getString("before"), rs.getString("after"))))
			.list();
	}

	private static @Nullable LocalDate date(String field, @Nullable String text, List<FieldProblem> problems) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, value, "problem.field.date"));
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
