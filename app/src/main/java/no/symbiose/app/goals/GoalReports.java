package no.symbiose.app.goals;

import no.symbiose.app.programme.Programme;
import no.symbiose.app.programme.ProgrammeTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.Locale;
import java.util.stream.Collectors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.background.BackgroundThreads;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.goals.GoalReport.Completeness;
import no.symbiose.app.goals.GoalReport.CountyRow;
import no.symbiose.app.goals.GoalReport.GoalSection;
import no.symbiose.app.goals.GoalReport.GoalStatusSummary;
import no.symbiose.app.goals.GoalReport.IndicatorLine;
import no.symbiose.app.goals.GoalReport.Qualification;
import no.symbiose.app.goals.GoalReport.SynergyState;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.registry.RegistryQueries;
import no.symbiose.app.registry.RegistryViews.ParkView;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import no.symbiose.app.symbiosis.pipeline.SynergyAccess;
import no.symbiose.app.symbiosis.pipeline.SynergyMissions;
import no.symbiose.app.symbiosis.pipeline.SynergyMissions.CountyMission;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.Goal;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.StatusRule;
import no.symbiose.engine.goals.Trajectory;
import no.symbiose.engine.goals.TrendForecast;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The goal reports of a year: a park's annual report and the national evaluation report
 * ({@link GoalReport}). Both are computed from {@link GoalFollowUp}, as the viewer may
 * see them; the national one as an anonymous viewer, so that it is public.
 *
 * <p>
 * The report of a year judges each indicator by the values up to that year only: the
 * status and trend are what they were when the year closed, with
 * {@link StatusRule#DEFAULT} against the same baseline and target as the dashboards.
 *
 * <p>
 * Who may read a park's report: the park's facilitator, a county officer of its county, a
 * national administrator. Anyone else gets the same 404 as for a park that does not
 * exist, so the report does not tell which parks there are beyond the public registry.
 *
 * <p>
 * The national report follows the nation and all 15 counties, each from the accounts of
 * every year (about 1.4 s on the demo data, 16 follow-ups). It is public and the same for
 * everyone, so it is cached per year: fresh for {@link #NATIONAL_TTL}; after that the
 * cached report is still served while one background thread computes it again, so a
 * change of data shows within a minute or so and no request waits after the first of a
 * year. The newest year is computed in the background once the application is ready.
 */
@Service
public class GoalReports {

	private static final Logger log = LoggerFactory.getLogger(GoalReports.class);

	/** How long a computed national report is served before it is computed again. */
	static final Duration NATIONAL_TTL = Duration.ofMinutes(1);

	/** Pipeline states in the order the report lists them. */
	static final List<String> STATES = List.of("identified", "contacted", "feasibility", "agreed", "in_operation",
			"ended", "rejected");

	private final GoalFollowUp followUp;

	private final Programme programme;

	private final MessageSource messages;

	private final RegistryQueries registry;

	private final ReferenceQueries reference;

	private final AccountPlacements placements;

	private final SynergyMissions missions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Integer, Cached> national = new ConcurrentHashMap<>();

	/** Years whose national report is being computed again in the background. */
	private final Set<Integer> refreshing = ConcurrentHashMap.newKeySet();

	/** At background priority ({@link BackgroundThreads}). */
	private final ExecutorService background;

	private record Cached(GoalReport.National report, Instant computedAt) {
	}

	GoalReports(GoalFollowUp followUp, RegistryQueries registry, ReferenceQueries reference,
			AccountPlacements placements, SynergyMissions missions, JdbcClient jdbc, Clock clock, Programme programme,
			MessageSource messages, BackgroundThreads threads) {
		this.background = Executors.newSingleThreadExecutor(threads.named("national-goal-report"));
		this.programme = programme;
		this.messages = messages;
		this.followUp = followUp;
		this.registry = registry;
		this.reference = reference;
		this.placements = placements;
		this.missions = missions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The year parameter {@code ar}: blank means the newest year with data (yearly facts
	 * or streams), else the current year; otherwise four digits, 1990–2100.
	 * @throws InvalidInputException naming the value when it is not such a year
	 */
	public int year(@Nullable String ar) {
		if (ar == null || ar.isBlank()) {
			List<Integer> years = this.placements.yearsWithData();
			return years.isEmpty() ? Year.now(this.clock).getValue() : years.get(0);
		}
		String text = ar.strip();
		if (text.matches("\\d{4}")) {
			int year = Integer.parseInt(text);
			if (year >= 1990 && year <= 2100) {
				return year;
			}
		}
		throw new InvalidInputException(List.of(FieldProblem.of("ar", ar, "goals.report.badYear", text)));
	}

	/** Whether the viewer may read the park's report. */
	static boolean mayRead(Viewer viewer, ParkView park) {
		return viewer.role() == Role.NATIONAL_ADMIN
				|| (viewer.role() == Role.PARK_FACILITATOR && Long.valueOf(park.id()).equals(viewer.parkId()))
				|| (viewer.role() == Role.COUNTY_OFFICER && park.countyNumber().equals(viewer.countyNumber()));
	}

	/**
	 * A park's annual report as the viewer may see it.
	 * @throws NotFoundException the park does not exist or the viewer may not read it
	 */
	public GoalReport.Park park(String parkKey, int year, Viewer viewer) {
		ParkView park = this.registry.park(parkKey)
			.filter(found -> mayRead(viewer, found))
			.orElseThrow(() -> new NotFoundException("park", parkKey));
		AccountScope scope = AccountScope.park(park.key());
		return new GoalReport.Park(year, this.followUp.catalogue().version(), park,
				sections(this.followUp.of(scope, viewer), year), synergies(park, viewer),
				completeness(park, year, viewer), qualification(park, year, viewer));
	}

	/**
	 * The national evaluation report, computed as an anonymous viewer and cached for
	 * {@link #NATIONAL_TTL}.
	 */
	public GoalReport.National national(int year) {
		Cached cached = this.national.get(year);
		if (cached == null) {
			return computeAndCache(year);
		}
		if (!cached.computedAt().plus(NATIONAL_TTL).isAfter(this.clock.instant()) && this.refreshing.add(year)) {
			this.background.execute(() -> {
				try {
					computeAndCache(year);
				}
				finally {
					this.refreshing.remove(year);
				}
			});
		}
		return cached.report();
	}

	/** The newest year's national report, computed before anyone asks for it. */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		this.background.execute(() -> computeAndCache(year(null)));
	}

	@PreDestroy
	void stop() {
		this.background.shutdownNow();
	}

	/** Forgets the cached national reports, e.g. after a test changed data. */
	void forgetNational() {
		this.national.clear();
	}

	private GoalReport.National computeAndCache(int year) {
		Instant started = this.clock.instant();
		long startedNanos = System.nanoTime();
		GoalReport.National report = computeNational(year);
		log.info("national goal report {} computed in {} ms", year, (System.nanoTime() - startedNanos) / 1_000_000);
		// A computation that started earlier (the warm-up, a refresh) never replaces a
		// later
		// one.
		return this.national
			.merge(year, new Cached(report, started),
					(old, computed) -> computed.computedAt().isBefore(old.computedAt()) ? old : computed)
			.report();
	}

	private GoalReport.National computeNational(int year) {
		Viewer anonymous = Viewer.anonymous();
		List<GoalSection> goals = sections(this.followUp.of(AccountScope.nation(), anonymous), year);
		Map<String, CountyMission> realised = new LinkedHashMap<>();
		for (CountyMission mission : this.missions.realisedByCounty()) {
			realised.put(mission.countyNumber(), mission);
		}
		List<CountyRow> counties = new ArrayList<>();
		for (ReferenceQueries.County county : this.reference.counties()) {
			List<GoalSection> countyGoals = sections(this.followUp.of(AccountScope.county(county.number()), anonymous),
					year);
			Map<String, GoalStatusSummary> statusByGoal = new LinkedHashMap<>();
			for (GoalSection section : countyGoals) {
				statusByGoal.put(section.goal().key(), section.status());
			}
			CountyMission mission = realised.get(county.number());
			counties.add(new CountyRow(county.number(), county.name(), statusByGoal,
					mission == null ? 0 : mission.realised(), mission != null && mission.met()));
		}
		long parks = this.jdbc.sql("select count(*) from park").query(Long.class).single();
		long inOperation = this.jdbc.sql("select count(*) from synergy where state = 'in_operation'")
			.query(Long.class)
			.single();
		return new GoalReport.National(year, this.followUp.catalogue().version(), goals, List.copyOf(counties), parks,
				inOperation);
	}

	/**
	 * The national programme's qualification of the park for the year
	 * ({@link Programme}): qualified or not, and for a park not qualified every criterion
	 * it does not meet with the reason, in the request's language.
	 */
	private Qualification qualification(ParkView park, int year, Viewer viewer) {
		Programme.ParkStatus status = this.programme.of(park.id(), year, viewer);
		Locale locale = LocaleContextHolder.getLocale();
		String reasons = status.qualification()
			.notMet()
			.stream()
			.map(result -> (locale.getLanguage().equals("en") ? result.criterion().nameEn()
					: result.criterion().nameNb()) + ": " + ProgrammeTexts.reason(this.messages, result, locale))
			.collect(Collectors.joining("; "));
		return new Qualification(status.qualified() ? "qualified" : "notQualified", reasons.isEmpty() ? null : reasons);
	}

	/** The follow-ups grouped by goal, in catalogue order, judged as of the year. */
	private List<GoalSection> sections(List<IndicatorFollowUp> followUps, int year) {
		List<GoalSection> sections = new ArrayList<>();
		for (Goal goal : this.followUp.catalogue().goals()) {
			List<IndicatorLine> lines = followUps.stream()
				.filter(f -> f.indicator().goalKey().equals(goal.key()))
				.map(f -> line(f, year))
				.toList();
			if (!lines.isEmpty()) {
				sections.add(new GoalSection(goal, lines));
			}
		}
		return List.copyOf(sections);
	}

	private IndicatorLine line(IndicatorFollowUp followUp, int year) {
		Indicator indicator = followUp.indicator();
		List<Observation> upToYear = followUp.values().stream().filter(value -> value.year() <= year).toList();
		Assessment assessment = StatusRule.DEFAULT.assess(indicator.direction(), followUp.target(),
				followUp.targetYear(), followUp.baseline(), upToYear);
		Double value = upToYear.stream()
			.filter(observation -> observation.year() == year)
			.map(Observation::value)
			.findFirst()
			.orElse(null);
		Optional<Observation> baseline = followUp.baseline();
		OptionalDouble target = followUp.target()
			.valueFrom(baseline.map(b -> OptionalDouble.of(b.value())).orElse(OptionalDouble.empty()));
		Double trajectory = null;
		if (baseline.isPresent() && target.isPresent() && baseline.get().year() < followUp.targetYear()
				&& year >= baseline.get().year()) {
			trajectory = new Trajectory(baseline.get().year(), baseline.get().value(), followUp.targetYear(),
					target.getAsDouble())
				.valueAt(year);
		}
		TrendForecast forecast = assessment instanceof Assessment.Assessed assessed ? assessed.forecast().orElse(null)
				: null;
		return new IndicatorLine(indicator, followUp.origin(), value, baseline.orElse(null),
				target.isPresent() ? target.getAsDouble() : null, followUp.targetYear(), trajectory,
				assessment.status(), assessment instanceof Assessment.Unknown unknown ? unknown.reason() : null,
				forecast, this.followUp.hasSource(indicator.key()));
	}

	/**
	 * The synergies that involve an active tenant of the park, as the viewer may read.
	 */
	private List<SynergyState> synergies(ParkView park, Viewer viewer) {
		MapSqlParameterSource params = new MapSqlParameterSource(SynergyAccess.parameters(viewer)).addValue("parkId",
				park.id());
		Map<String, SynergyState> byState = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.state, count(*) as synergies, count(s.expected_t_co2e) as with_co2e,
				       sum(s.expected_t_co2e) as t_co2e,
				       sum(case when s.expected_unit = 't/yr' then s.expected_quantity end) as tonnes,
				       sum(case when s.expected_unit = 'MWh/yr' then s.expected_quantity end) as mwh
				from synergy s
				where exists (select 1 from tenancy pt
				              where pt.company_id in (s.supply_company_id, s.demand_company_id)
				              and pt.park_id = :parkId and %s)
				and %s
				group by s.state""".formatted(Visibility.activeTenancy("pt"), SynergyAccess.read()))
			.paramSource(params)
			.query((rs, n) -> new SynergyState(rs.getString("state"), rs.getLong("synergies"), rs.getLong("with_co2e"),
					rs.getObject("t_co2e", Double.class), rs.getObject("tonnes", Double.class),
					rs.getObject("mwh", Double.class)))
			.list()
			.forEach(state -> byState.put(state.state(), state));
		return STATES.stream().filter(byState::containsKey).map(byState::get).toList();
	}

	private Completeness completeness(ParkView park, int year, Viewer viewer) {
		Map<String, Object> params = new LinkedHashMap<>(Visibility.parameters(viewer));
		params.put("parkId", park.id());
		params.put("year", year);
		String tenants = "select distinct t.company_id from tenancy t where t.park_id = :parkId and "
				+ Visibility.activeTenancy("t");
		long withFacts = this.jdbc
			.sql("""
					select count(distinct f.company_id) from yearly_facts f
					where f.year = :year and f.company_id in (%s) and %s""".formatted(tenants,
					Visibility.predicate("f.confidentiality", "f.company_id")))
			.params(params)
			.query(Long.class)
			.single();
		long withStreams = this.jdbc
			.sql("""
					select count(distinct st.company_id) from stream st
					where st.year = :year and st.company_id in (%s) and %s""".formatted(tenants,
					Visibility.predicate("st.confidentiality", "st.company_id")))
			.params(params)
			.query(Long.class)
			.single();
		return new Completeness(park.tenantCount(), withFacts, withStreams);
	}

}
