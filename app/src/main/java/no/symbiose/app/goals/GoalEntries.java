package no.symbiose.app.goals;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.api.ConflictException;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import no.symbiose.engine.goals.GoalCatalogue;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Measurement;
import no.symbiose.engine.goals.Scope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The recorded entries of the indicators that cannot be computed (catalogue
 * {@code measurement=recorded}): one row of {@code goal_entry} per event, with its value
 * in the indicator's unit, its year, the date of the event and its evidence.
 * <ul>
 * <li>An entry belongs to the level its indicator is recorded at: a park-level indicator
 * to a park, a county-level one to a county, a nation-level one to the nation.</li>
 * <li>Who may write: the park's facilitator (its park's entries), a county officer (their
 * county's entries), national administrators (all).</li>
 * <li>Who may read the entries themselves, with their evidence: a park's entries need
 * access to the park (its facilitator, the officer of its county, its active tenants'
 * reporters, national administrators); county and nation entries need a login. The yearly
 * values made of them are public aggregates ({@link RecordedIndicatorValues}).</li>
 * <li>Every field is checked before anything is written and every problem reported at
 * once; a refused write changes nothing. A change names the version it was made from, and
 * a change of an entry someone else changed in between is a conflict.</li>
 * </ul>
 */
@Service
public class GoalEntries {

	private static final Logger log = LoggerFactory.getLogger(GoalEntries.class);

	/** The first year an entry may be for; the last is the current year. */
	static final int FIRST_YEAR = 2000;

	static final int MAX_TITLE_LENGTH = 200;

	static final int MAX_DESCRIPTION_LENGTH = 2000;

	static final int MAX_EVIDENCE_LENGTH = 500;

	/**
	 * Text that says it is a link ({@code scheme://}, www., or a scheme browsers run such
	 * as {@code javascript:}); it must then be an http or https address. Other text is a
	 * document reference ("Styrevedtak: sak 12/25").
	 */
	private static final Pattern LOOKS_LIKE_LINK = Pattern
		.compile("(?i)^([a-z][a-z0-9+.-]*://|www\\.|(https?|javascript|data|vbscript|file|mailto|ftp):).*");

	/**
	 * An entry as a form or the API sends it. Neither {@code park} nor {@code county}
	 * means the nation.
	 *
	 * @param park the park's key, for park-level indicators
	 * @param county the county number, for county-level indicators
	 * @param value in the indicator's unit (yes/no: 1 = yes, 0 = no; % is 0–100)
	 * @param evidence a web address (http or https) or a document reference
	 */
	public record EntryInput(@Nullable String indicator, @Nullable String park, @Nullable String county,
			@Nullable Integer year, @Nullable Double value, @Nullable String title, @Nullable String description,
			@Nullable String evidence, @Nullable LocalDate eventDate) {

	}

	/** Where an entry belongs. */
	public record EntryScope(AccountScope.Level level, @Nullable Long parkId, @Nullable String parkKey,
			@Nullable String parkName, @Nullable String countyNumber) {

		static EntryScope nation() {
			return new EntryScope(AccountScope.Level.NATION, null, null, null, null);
		}

	}

	/**
	 * A stored entry.
	 *
	 * @param value in {@code unit}
	 */
	public record Entry(long id, Indicator indicator, String unit, EntryScope scope, int year, double value,
			String title, @Nullable String description, String evidence, LocalDate eventDate, String recordedBy,
			OffsetDateTime recordedAt, int version) {

		/** The evidence as a link, when it is a web address; else empty. */
		public Optional<String> evidenceLink() {
			return webAddress(this.evidence).map(URI::toString);
		}

	}

	/**
	 * Which entries to list; a null field does not filter.
	 *
	 * @param level {@code park}, {@code county} or {@code nation}
	 */
	public record EntryFilter(@Nullable String level, @Nullable String park, @Nullable String county,
			@Nullable String indicator, @Nullable Integer year) {

		public static EntryFilter ofPark(String parkKey) {
			return new EntryFilter(null, parkKey, null, null, null);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final GoalCatalogue catalogue = GoalCatalogue.builtIn();

	private final RecordedIndicatorValues values;

	GoalEntries(JdbcClient jdbc, Clock clock, RecordedIndicatorValues values) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.values = values;
	}

	/**
	 * The follow-up values read the table anew after this write: at once, and again once
	 * it is committed, so no snapshot taken in between outlives it.
	 */
	private void written() {
		this.values.forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					GoalEntries.this.values.forget();
				}
			});
		}
	}

	/** The recorded indicators of a level, in catalogue order. */
	public List<Indicator> recordedIndicators(Scope level) {
		return this.catalogue.indicators()
			.stream()
			.filter(indicator -> indicator.measurement() == Measurement.RECORDED && indicator.scope() == level)
			.toList();
	}

	public GoalCatalogue catalogue() {
		return this.catalogue;
	}

	/**
	 * Whether the viewer may add, change and delete the scope's entries: national
	 * administrators all, a park's facilitator its park's, a county officer their
	 * county's.
	 */
	public boolean mayEdit(Viewer viewer, EntryScope scope) {
		return switch (viewer.role()) {
			case NATIONAL_ADMIN -> true;
			case PARK_FACILITATOR ->
				scope.level() == AccountScope.Level.PARK && Objects.equals(scope.parkId(), viewer.parkId());
			case COUNTY_OFFICER -> scope.level() == AccountScope.Level.COUNTY
					&& Objects.equals(scope.countyNumber(), viewer.countyNumber());
			default -> false;
		};
	}

	/** Whether the viewer may read a park's entries with their evidence. */
	public boolean mayReadPark(Viewer viewer, String parkKey) {
		return this.jdbc.sql("select count(*) from park p where p.park_key = :park and " + readable("p"))
			.param("park", parkKey)
			.params(readParameters(viewer))
			.query(Long.class)
			.single() > 0;
	}

	/** The park as an entry scope; empty when no such park exists. */
	public Optional<EntryScope> park(String parkKey) {
		return this.jdbc.sql("select id, park_key, name, county_number from park where park_key = :key")
			.param("key", parkKey)
			.query((rs, n) -> new EntryScope(AccountScope.Level.PARK, rs.getLong("id"), rs.getString("park_key"),
					rs.getString("name"), rs.getString("county_number")))
			.optional();
	}

	/**
	 * The entries the viewer may read, by level, park or county, indicator and year
	 * (newest year first, then newest event).
	 * @throws InvalidInputException a filter that cannot be read
	 */
	public List<Entry> list(Viewer viewer, EntryFilter filter) {
		if (viewer.isAnonymous()) {
			return List.of();
		}
		List<FieldProblem> problems = new ArrayList<>();
		StringBuilder where = new StringBuilder(readable("p"));
		Map<String, Object> params = new LinkedHashMap<>(readParameters(viewer));
		if (filter.level() != null) {
			String level = filter.level().strip().toLowerCase(Locale.ROOT);
			if (!Set.of("park", "county", "nation").contains(level)) {
				problems.add(FieldProblem.of("level", filter.level(), "goals.entries.problem.level"));
			}
			where.append(" and e.scope_level = :level");
			params.put("level", level);
		}
		if (filter.park() != null) {
			where.append(" and p.park_key = :park");
			params.put("park", filter.park().strip());
		}
		if (filter.county() != null) {
			// a county's entries: its own and its parks'
			where.append(" and coalesce(e.county_number, p.county_number) = :county");
			params.put("county", filter.county().strip());
		}
		if (filter.indicator() != null) {
			where.append(" and e.indicator_key = :indicator");
			params.put("indicator", filter.indicator().strip());
		}
		if (filter.year() != null) {
			where.append(" and e.year = :year");
			params.put("year", filter.year());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.jdbc.sql(SELECT + " where " + where + " order by e.year desc, e.event_date desc, e.id desc")
			.params(params)
			.query((rs, n) -> row(rs))
			.list()
			.stream()
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * One entry the viewer may read.
	 * @throws NotFoundException no such entry, or one the viewer may not read
	 */
	public Entry entry(Viewer viewer, long id) {
		if (viewer.isAnonymous()) {
			throw new NotFoundException("goalEntry", String.valueOf(id));
		}
		return this.jdbc.sql(SELECT + " where e.id = :id and " + readable("p"))
			.param("id", id)
			.params(readParameters(viewer))
			.query((rs, n) -> row(rs))
			.optional()
			.flatMap(found -> found)
			.orElseThrow(() -> new NotFoundException("goalEntry", String.valueOf(id)));
	}

	/**
	 * Records an entry.
	 * @param alreadyFound problems the caller found reading the input (a number or date
	 * that could not be read); reported with the rest, each field once
	 * @return the new entry's id
	 * @throws ForbiddenException the viewer may not write the entry's scope
	 * @throws InvalidInputException with every field problem; nothing is written
	 */
	@Transactional
	public long add(Viewer viewer, EntryInput input, List<FieldProblem> alreadyFound) {
		if (viewer.isAnonymous()) {
			throw new ForbiddenException();
		}
		List<FieldProblem> problems = new ArrayList<>(alreadyFound);
		Indicator indicator = indicator(input.indicator(), problems);
		EntryScope scope = scope(input, indicator, problems);
		// Where the entry goes is known only with its indicator: without one, the field
		// problems are the answer.
		if (indicator != null && scope != null && !mayEdit(viewer, scope)) {
			throw new ForbiddenException();
		}
		Checked checked = check(input, indicator, problems);
		if (!problems.isEmpty() || indicator == null || scope == null || checked == null) {
			throw new InvalidInputException(problems);
		}
		long id = this.jdbc.sql("""
				insert into goal_entry (indicator_key, unit, scope_level, park_id, county_number, year, value,
				    title, description, evidence, event_date, recorded_by)
				values (:indicator, :unit, :level, :park, :county, :year, :value, :title, :description, :evidence,
				    :eventDate, :by)
				returning id""")
			.param("indicator", indicator.key())
			.param("unit", indicator.unit())
			.param("level", scope.level().key())
			.param("park", scope.parkId())
			.param("county", scope.level() == AccountScope.Level.COUNTY ? scope.countyNumber() : null)
			.param("year", checked.year())
			.param("value", checked.value())
			.param("title", checked.title())
			.param("description", checked.description())
			.param("evidence", checked.evidence())
			.param("eventDate", checked.eventDate())
			.param("by", viewer.username())
			.query(Long.class)
			.single();
		written();
		log.info("Goal entry {} ({}) added by {}", id, indicator.key(), viewer.role().key());
		return id;
	}

	/** As {@link #add(Viewer, EntryInput, List)} with nothing found beforehand. */
	@Transactional
	public long add(Viewer viewer, EntryInput input) {
		return add(viewer, input, List.of());
	}

	/**
	 * Changes an entry's year, value, title, description, evidence and date. Its
	 * indicator and scope stay: an input that names others is refused.
	 * @param version the version the change was made from (required)
	 * @throws NotFoundException no such entry, or one the viewer may not read
	 * @throws ForbiddenException the viewer may read but not change it
	 * @throws InvalidInputException with every field problem; nothing is written
	 * @throws ConflictException someone changed or deleted the entry in between
	 */
	@Transactional
	public void change(Viewer viewer, long id, EntryInput input, @Nullable Integer version,
			List<FieldProblem> alreadyFound) {
		Entry stored = entry(viewer, id);
		if (!mayEdit(viewer, stored.scope())) {
			throw new ForbiddenException();
		}
		List<FieldProblem> problems = new ArrayList<>(alreadyFound);
		if (input.indicator() != null && !input.indicator().isBlank()
				&& !input.indicator().strip().equals(stored.indicator().key())) {
			problems.add(FieldProblem.of("indicator", input.indicator(), "goals.entries.problem.fixed"));
		}
		if (input.park() != null && !input.park().isBlank() && !input.park().strip().equals(stored.scope().parkKey())) {
			problems.add(FieldProblem.of("park", input.park(), "goals.entries.problem.fixed"));
		}
		if (input.county() != null && !input.county().isBlank() && !(stored.scope().level() == AccountScope.Level.COUNTY
				&& input.county().strip().equals(stored.scope().countyNumber()))) {
			problems.add(FieldProblem.of("county", input.county(), "goals.entries.problem.fixed"));
		}
		if (version == null) {
			problems.add(FieldProblem.of("version", null, "goals.entries.problem.version"));
		}
		Checked checked = check(input, stored.indicator(), problems);
		if (!problems.isEmpty() || checked == null || version == null) {
			throw new InvalidInputException(problems);
		}
		int changed = this.jdbc.sql("""
				update goal_entry set year = :year, value = :value, title = :title, description = :description,
				    evidence = :evidence, event_date = :eventDate, recorded_by = :by, recorded_at = now(),
				    version = version + 1
				where id = :id and version = :version""")
			.param("year", checked.year())
			.param("value", checked.value())
			.param("title", checked.title())
			.param("description", checked.description())
			.param("evidence", checked.evidence())
			.param("eventDate", checked.eventDate())
			.param("by", viewer.username())
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw ConflictException.staleVersion(stored.title(), currentVersion(id));
		}
		written();
		log.info("Goal entry {} ({}) changed by {}", id, stored.indicator().key(), viewer.role().key());
	}

	/**
	 * Deletes an entry (recorded by mistake).
	 * @param version the version the viewer saw; null deletes whatever is stored
	 * @throws NotFoundException no such entry, or one the viewer may not read
	 * @throws ForbiddenException the viewer may read but not delete it
	 * @throws ConflictException someone changed the entry since that version
	 */
	@Transactional
	public Entry delete(Viewer viewer, long id, @Nullable Integer version) {
		Entry stored = entry(viewer, id);
		if (!mayEdit(viewer, stored.scope())) {
			throw new ForbiddenException();
		}
		int deleted = this.jdbc
			.sql("delete from goal_entry where id = :id and (cast(:version as integer) is null or version = :version)")
			.param("id", id)
			.param("version", version)
			.update();
		if (deleted == 0) {
			throw ConflictException.staleVersion(stored.title(), currentVersion(id));
		}
		written();
		log.info("Goal entry {} ({}) deleted by {}", id, stored.indicator().key(), viewer.role().key());
		return stored;
	}

	private long currentVersion(long id) {
		return this.jdbc.sql("select version from goal_entry where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/** The fields after checking, stripped. */
	private record Checked(int year, double value, String title, @Nullable String description, String evidence,
			LocalDate eventDate) {

	}

	private @Nullable Indicator indicator(@Nullable String key, List<FieldProblem> problems) {
		if (key == null || key.isBlank()) {
			problems.add(FieldProblem.of("indicator", key, "goals.entries.problem.indicatorMissing"));
			return null;
		}
		Optional<Indicator> found = this.catalogue.indicator(key.strip());
		if (found.isEmpty()) {
			problems.add(FieldProblem.of("indicator", key, "goals.entries.problem.indicatorUnknown", key));
			return null;
		}
		if (found.get().measurement() != Measurement.RECORDED) {
			problems.add(FieldProblem.of("indicator", key, "goals.entries.problem.computed", key));
			return null;
		}
		return found.get();
	}

	/** The scope the input names, if it exists and fits the indicator's level. */
	private @Nullable EntryScope scope(EntryInput input, @Nullable Indicator indicator, List<FieldProblem> problems) {
		String park = blankToNull(input.park());
		String county = blankToNull(input.county());
		if (park != null && county != null) {
			problems.add(FieldProblem.of("county", county, "goals.entries.problem.parkOrCounty"));
			return null;
		}
		EntryScope scope;
		String field;
		if (park != null) {
			field = "park";
			Optional<EntryScope> found = park(park);
			if (found.isEmpty()) {
				problems.add(FieldProblem.of("park", park, "goals.entries.problem.parkUnknown", park));
				return null;
			}
			scope = found.get();
		}
		else if (county != null) {
			field = "county";
			boolean exists = this.jdbc.sql("select count(*) from county where county_number = :county")
				.param("county", county)
				.query(Long.class)
				.single() > 0;
			if (!exists) {
				problems.add(FieldProblem.of("county", county, "goals.entries.problem.countyUnknown", county));
				return null;
			}
			scope = new EntryScope(AccountScope.Level.COUNTY, null, null, null, county);
		}
		else {
			field = "park";
			scope = EntryScope.nation();
		}
		if (indicator == null) {
			return scope;
		}
		if (!levelOf(indicator).equals(scope.level())) {
			problems
				.add(FieldProblem.of(indicator.scope() == Scope.COUNTY ? "county" : field, park != null ? park : county,
						"goals.entries.problem.scope." + indicator.scope().name().toLowerCase(Locale.ROOT),
						indicator.key()));
			return null;
		}
		return scope;
	}

	static AccountScope.Level levelOf(Indicator indicator) {
		return switch (indicator.scope()) {
			case PARK -> AccountScope.Level.PARK;
			case COUNTY -> AccountScope.Level.COUNTY;
			case NATION -> AccountScope.Level.NATION;
		};
	}

	/** Checks year, value, texts and date; null when something is wrong. */
	private @Nullable Checked check(EntryInput input, @Nullable Indicator indicator, List<FieldProblem> problems) {
		Set<String> reported = new HashSet<>();
		problems.forEach(problem -> reported.add(problem.field()));
		int size = problems.size();
		LocalDate today = LocalDate.now(this.clock);
		Integer year = input.year();
		if (year == null) {
			if (!reported.contains("year")) {
				problems.add(FieldProblem.of("year", null, "goals.entries.problem.yearMissing"));
			}
		}
		else if (year < FIRST_YEAR || year > today.getYear()) {
			problems.add(FieldProblem.of("year", year, "goals.entries.problem.year", FIRST_YEAR, today.getYear()));
		}
		Double value = input.value();
		if (value == null) {
			if (!reported.contains("value")) {
				problems.add(FieldProblem.of("value", null, "goals.entries.problem.valueMissing"));
			}
		}
		else if (indicator != null) {
			String rule = valueRule(indicator.unit(), value);
			if (rule != null) {
				problems.add(FieldProblem.of("value", value, rule, indicator.unit()));
			}
		}
		String title = blankToNull(input.title());
		if (title == null) {
			problems.add(FieldProblem.of("title", input.title(), "goals.entries.problem.titleMissing"));
		}
		else if (title.length() > MAX_TITLE_LENGTH) {
			problems.add(FieldProblem.of("title", title, "goals.entries.problem.tooLong", MAX_TITLE_LENGTH));
		}
		String description = blankToNull(input.description());
		if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
			problems.add(FieldProblem.of("description", description.length() + " characters",
					"goals.entries.problem.tooLong", MAX_DESCRIPTION_LENGTH));
		}
		String evidence = blankToNull(input.evidence());
		if (evidence == null) {
			problems.add(FieldProblem.of("evidence", input.evidence(), "goals.entries.problem.evidenceMissing"));
		}
		else if (evidence.length() > MAX_EVIDENCE_LENGTH) {
			problems.add(FieldProblem.of("evidence", evidence, "goals.entries.problem.tooLong", MAX_EVIDENCE_LENGTH));
		}
		else if (LOOKS_LIKE_LINK.matcher(evidence).matches() && webAddress(evidence).isEmpty()) {
			problems.add(FieldProblem.of("evidence", evidence, "goals.entries.problem.evidenceLink"));
		}
		LocalDate eventDate = input.eventDate();
		if (eventDate == null) {
			if (!reported.contains("eventDate")) {
				problems.add(FieldProblem.of("eventDate", null, "goals.entries.problem.eventDateMissing"));
			}
		}
		else if (eventDate.getYear() < FIRST_YEAR || eventDate.isAfter(today)) {
			problems.add(FieldProblem.of("eventDate", eventDate, "goals.entries.problem.eventDate", FIRST_YEAR));
		}
		if (problems.size() > size || year == null || value == null || title == null || evidence == null
				|| eventDate == null) {
			return null;
		}
		return new Checked(year, value, title, description, evidence, eventDate);
	}

	/**
	 * The message key of the rule the value breaks in its unit, or null: nothing the
	 * catalogue records is negative, yes/no is 1 or 0, a share is 0–100 %, a count is
	 * whole.
	 */
	static @Nullable String valueRule(String unit, double value) {
		if (!Double.isFinite(value)) {
			return "goals.entries.problem.valueFormat";
		}
		if (value < 0) {
			return "goals.entries.problem.negative";
		}
		return switch (unit) {
			case "yes/no" -> value == 0 || value == 1 ? null : "goals.entries.problem.yesNo";
			case "%" -> value <= 100 ? null : "goals.entries.problem.share";
			case "count" -> value == Math.rint(value) ? null : "goals.entries.problem.count";
			default -> null;
		};
	}

	/**
	 * The evidence as an http or https address with a host; empty when it is a document
	 * reference or not a usable address. Only these become links, never
	 * {@code javascript:} or {@code file:}.
	 */
	static Optional<URI> webAddress(String evidence) {
		String text = evidence.strip();
		if (text.regionMatches(true, 0, "www.", 0, 4)) {
			text = "https://" + text;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".")) {
				return Optional.of(uri);
			}
		}
		catch (URISyntaxException ex) {
			// not an address: the caller reports it
		}
		return Optional.empty();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static final String SELECT = """
			select e.id, e.indicator_key, e.unit, e.scope_level, e.park_id, p.park_key, p.name as park_name,
			       coalesce(e.county_number, p.county_number) as county_number, e.year, e.value, e.title,
			       e.description, e.evidence, e.event_date, e.recorded_by, e.recorded_at, e.version
			from goal_entry e left join park p on p.id = e.park_id""";

	/**
	 * An entry row; empty for an indicator the catalogue no longer has (the row is kept,
	 * not shown).
	 */
	private Optional<Entry> row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Optional<Indicator> indicator = this.catalogue.indicator(rs.getString("indicator_key"));
		if (indicator.isEmpty()) {
			return Optional.empty();
		}
		AccountScope.Level level = AccountScope.Level.valueOf(rs.getString("scope_level").toUpperCase(Locale.ROOT));
		long parkId = rs.getLong("park_id");
		EntryScope scope = new EntryScope(level, rs.wasNull() ? null : parkId, rs.getString("park_key"),
				rs.getString("park_name"), rs.getString("county_number"));
		return Optional.of(new Entry(rs.getLong("id"), indicator.get(), rs.getString("unit"), scope, rs.getInt("year"),
				rs.getDouble("value"), rs.getString("title"), rs.getString("description"), rs.getString("evidence"),
				rs.getObject("event_date", LocalDate.class), rs.getString("recorded_by"),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getInt("version")));
	}

	/**
	 * The SQL test that the viewer may read an entry (or a park, {@code p} being the
	 * park): county and nation entries with a login; a park's entries with access to the
	 * park. Anonymous viewers are refused before any query.
	 * @param park the alias of the {@code park} table (null columns for county and nation
	 * entries)
	 */
	private static String readable(String park) {
		return """
				(:viewerRole = 'national_admin'
				 or %1$s.id is null
				 or (:viewerRole = 'park_facilitator' and %1$s.id = :viewerParkId)
				 or (:viewerRole = 'county_officer' and %1$s.county_number = :viewerCounty)
				 or (:viewerRole = 'company_reporter' and exists (
				       select 1 from tenancy rt where rt.park_id = %1$s.id and rt.company_id = :viewerCompanyId
				       and %2$s)))""".formatted(park, Visibility.activeTenancy("rt"));
	}

	private static Map<String, Object> readParameters(Viewer viewer) {
		Map<String, Object> params = new LinkedHashMap<>(Visibility.parameters(viewer));
		params.put("viewerCounty", viewer.countyNumber() == null ? "--" : viewer.countyNumber());
		if (viewer.role() == Role.ANONYMOUS) {
			// never reached through list or entry; mayReadPark answers false
			params.put("viewerRole", "anonymous");
		}
		return params;
	}

}
