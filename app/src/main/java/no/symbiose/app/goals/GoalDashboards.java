package no.symbiose.app.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

import no.symbiose.app.accounting.AccountPageModel;
import no.symbiose.app.accounting.AccountPageModel.ScopeView;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.goals.ParkTargets.AdoptedTarget;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.registry.RegistryQueries;
import no.symbiose.app.registry.RegistryViews.CompanyView;
import no.symbiose.app.registry.RegistryViews.ParkView;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.Goal;
import no.symbiose.engine.goals.GoalKind;
import no.symbiose.engine.goals.GoalStatus;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.Target;
import no.symbiose.engine.goals.Trajectory;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * What the goal dashboards show: for the nation, a county or a park, every goal and
 * mission with its indicators followed up ({@link GoalFollowUp}) and the goal's status,
 * the worst known status of its indicators ({@link GoalStatus#worstKnown}). The nation
 * adds each county's status per goal and each park's; a county adds its parks'. All as
 * the viewer may see them: the values behind a status are disclosed for that viewer.
 * <p>
 * Cost: one follow-up per scope shown (the nation, every county, every park), each asking
 * every indicator source once; nothing is computed twice in one request.
 */
@Service
public class GoalDashboards {

	/** Goal 1, whose status colours the maps. */
	static final String GOAL_1 = "goal-1-co2";

	/**
	 * One year of an indicator's chart and its data table.
	 *
	 * @param value the known value; null when unknown that year
	 * @param trajectory the straight line to the target; null before the baseline or
	 * without a status
	 */
	public record ChartYear(int year, @Nullable Double value, @Nullable Double trajectory) {

	}

	/**
	 * An indicator as a dashboard shows it.
	 *
	 * @param unknownReason the reason in lower case when the status is unknown
	 * @param assessed the workings when the status is known
	 * @param chart every year from the first value or the baseline to the target year;
	 * empty when nothing is known
	 */
	public record IndicatorView(IndicatorFollowUp followUp, String name, GoalStatus status,
			@Nullable String unknownReason, Assessment.@Nullable Assessed assessed, List<ChartYear> chart) {

		public String key() {
			return this.followUp.indicator().key();
		}

		public String unit() {
			return this.followUp.indicator().unit();
		}

		/**
		 * As {@code goals/goals :: targetCell} reads it: {@code none}, {@code absolute},
		 * {@code yes} (a yes/no target) or {@code relative}.
		 */
		public String targetKind() {
			Target target = this.followUp.target();
			if (target instanceof Target.RelativeChange) {
				return "relative";
			}
			if (target instanceof Target.Absolute) {
				return unit().equals("yes/no") ? "yes" : "absolute";
			}
			return "none";
		}

		/**
		 * In the unit for an absolute target, in per cent of the baseline for a relative
		 * one.
		 */
		public @Nullable Double targetValue() {
			Target target = this.followUp.target();
			if (target instanceof Target.RelativeChange relative) {
				return relative.fraction() * 100;
			}
			if (target instanceof Target.Absolute absolute) {
				return absolute.value();
			}
			return null;
		}

		public int targetYear() {
			return this.followUp.targetYear();
		}

		/** The fixed baseline's year, else the catalogue's baseline year. */
		public @Nullable Integer baselineYear() {
			return this.followUp.baseline().map(Observation::year).orElse(this.followUp.indicator().baselineYear());
		}

		public @Nullable Observation baseline() {
			return this.followUp.baseline().orElse(null);
		}

		public @Nullable Observation latest() {
			return this.followUp.latest().orElse(null);
		}

		/** {@code national} or {@code park}. */
		public String origin() {
			return this.followUp.origin().name().toLowerCase(Locale.ROOT);
		}

	}

	/** A goal or mission with its status and indicators, in the viewer's language. */
	public record GoalView(Goal goal, String title, GoalStatus status, List<IndicatorView> indicators) {

		public boolean mission() {
			return this.goal.kind() == GoalKind.MISSION;
		}

		public String key() {
			return this.goal.key();
		}

		/** How many of its indicators have a known status. */
		public long known() {
			return this.indicators.stream().filter(i -> i.status().known()).count();
		}

	}

	/** A county or park with its status per goal key, for tables and maps. */
	public record AreaStatus(String key, String name, @Nullable Double lat, @Nullable Double lon,
			Map<String, GoalStatus> byGoal) {

		public GoalStatus of(String goalKey) {
			return this.byGoal.getOrDefault(goalKey, GoalStatus.UNKNOWN);
		}

	}

	/** The national dashboard. */
	public record Nation(int year, List<GoalView> goals, List<AreaStatus> counties, List<AreaStatus> parks) {

	}

	/** A county's dashboard. */
	public record County(ScopeView scope, int year, List<GoalView> goals, List<AreaStatus> parks) {

	}

	/** A park's dashboard. */
	public record Park(ScopeView scope, ParkView park, int year, List<GoalView> goals, List<CompanyView> tenants) {

	}

	private final GoalFollowUp followUp;

	private final AccountPageModel scopes;

	private final AccountPlacements placements;

	private final ReferenceQueries reference;

	private final RegistryQueries registry;

	private final DataVersionCache cache;

	GoalDashboards(GoalFollowUp followUp, AccountPageModel scopes, AccountPlacements placements,
			ReferenceQueries reference, RegistryQueries registry, DataVersionCache cache) {
		this.followUp = followUp;
		this.cache = cache;
		this.scopes = scopes;
		this.placements = placements;
		this.reference = reference;
		this.registry = registry;
	}

	/** The indicators a park adopts targets for, in catalogue order. */
	public List<no.symbiose.engine.goals.Indicator> parkIndicators() {
		return this.followUp.catalogue()
			.indicators()
			.stream()
			.filter(i -> i.scope() == no.symbiose.engine.goals.Scope.PARK)
			.toList();
	}

	private record ParksKey() {
	}

	/**
	 * The parks, kept per version of the data as the figures beside them are; the version
	 * holds the database's date, with which tenant counts change.
	 */
	private List<ParkView> parks() {
		return this.cache.get(new ParksKey(), () -> List.copyOf(this.registry.parks()));
	}

	/** The newest year with data, the year the dashboards are "as of". */
	public int year() {
		List<Integer> years = this.placements.yearsWithData();
		return years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
	}

	public Nation nation(Viewer viewer, Locale locale) {
		List<GoalView> goals = goals(this.followUp.of(AccountScope.nation(), viewer), locale);
		List<AreaStatus> counties = new ArrayList<>();
		for (ReferenceQueries.County county : this.reference.counties()) {
			counties.add(new AreaStatus(county.number(), county.name(), county.centroidLat(), county.centroidLon(),
					statuses(this.followUp.of(AccountScope.county(county.number()), viewer))));
		}
		// the nation's map colours its parks by goal 1 alone: their other goals are not
		// computed here (the county dashboards show them)
		List<AreaStatus> parks = new ArrayList<>();
		Map<String, List<AdoptedTarget>> targets = this.followUp.everyParksTargets();
		for (ParkView park : parks()) {
			if (!targets.containsKey(park.key())) {
				continue; // deleted since the kept list of parks was read
			}
			parks.add(new AreaStatus(park.key(), park.name(), park.lat(), park.lon(),
					statuses(this.followUp.ofGoal(AccountScope.park(park.key()), GOAL_1, viewer, targets))));
		}
		return new Nation(year(), goals, List.copyOf(counties), List.copyOf(parks));
	}

	/**
	 * @throws no.symbiose.app.api.NotFoundException no such county
	 */
	public County county(String countyNumber, Viewer viewer, Locale locale) {
		ScopeView scope = this.scopes.resolve(AccountScope.county(countyNumber));
		List<GoalView> goals = goals(this.followUp.of(scope.scope(), viewer), locale);
		List<ParkView> parks = parks().stream().filter(park -> park.countyNumber().equals(countyNumber)).toList();
		// each park by goal 1 alone, as on the nation's map: every goal of every
		// park of a county costs a follow-up of every indicator per park; the park's
		// own dashboard shows them all
		List<AreaStatus> parkStatuses = new ArrayList<>();
		Map<String, List<AdoptedTarget>> targets = this.followUp.everyParksTargets();
		for (ParkView park : parks) {
			if (!targets.containsKey(park.key())) {
				continue; // deleted since the kept list of parks was read
			}
			parkStatuses.add(new AreaStatus(park.key(), park.name(), park.lat(), park.lon(),
					statuses(this.followUp.ofGoal(AccountScope.park(park.key()), GOAL_1, viewer, targets))));
		}
		return new County(scope, year(), goals, List.copyOf(parkStatuses));
	}

	/**
	 * @throws no.symbiose.app.api.NotFoundException no such park
	 */
	public Park park(String parkKey, Viewer viewer, Locale locale) {
		ScopeView scope = this.scopes.resolve(AccountScope.park(parkKey));
		ParkView park = this.registry.park(parkKey).orElseThrow();
		List<GoalView> goals = goals(this.followUp.of(scope.scope(), viewer), locale);
		return new Park(scope, park, year(), goals, this.registry.tenants(park.id()));
	}

	/** Each goal's status, by goal key, in catalogue order. */
	private Map<String, GoalStatus> statuses(List<IndicatorFollowUp> followUps) {
		Map<String, List<GoalStatus>> byGoal = new LinkedHashMap<>();
		for (Goal goal : this.followUp.catalogue().goals()) {
			byGoal.put(goal.key(), new ArrayList<>());
		}
		for (IndicatorFollowUp f : followUps) {
			byGoal.get(f.indicator().goalKey()).add(f.assessment().status());
		}
		Map<String, GoalStatus> result = new LinkedHashMap<>();
		byGoal.forEach((goal, statuses) -> result.put(goal, GoalStatus.worstKnown(statuses)));
		return result;
	}

	private List<GoalView> goals(List<IndicatorFollowUp> followUps, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		List<GoalView> goals = new ArrayList<>();
		for (Goal goal : this.followUp.catalogue().goals()) {
			List<IndicatorView> indicators = followUps.stream()
				.filter(f -> f.indicator().goalKey().equals(goal.key()))
				.map(f -> view(f, english))
				.toList();
			goals.add(new GoalView(goal, english ? goal.titleEn() : goal.titleNb(),
					GoalStatus.worstKnown(indicators.stream().map(IndicatorView::status).toList()), indicators));
		}
		return List.copyOf(goals);
	}

	private static IndicatorView view(IndicatorFollowUp f, boolean english) {
		Assessment assessment = f.assessment();
		Assessment.Assessed assessed = assessment instanceof Assessment.Assessed a ? a : null;
		String reason = assessment instanceof Assessment.Unknown unknown
				? unknown.reason().name().toLowerCase(Locale.ROOT) : null;
		return new IndicatorView(f, english ? f.indicator().nameEn() : f.indicator().nameNb(), assessment.status(),
				reason, assessed, chart(f));
	}

	/**
	 * Every year from the first known value (or the baseline) to the target year: the
	 * value where known and, from the baseline year on, the straight line to the target.
	 * The line is drawn whenever the baseline and the target define it, also when the
	 * status is unknown for want of a later value.
	 */
	static List<ChartYear> chart(IndicatorFollowUp f) {
		if (f.values().isEmpty()) {
			return List.of();
		}
		Map<Integer, Double> values = new LinkedHashMap<>();
		for (Observation value : f.values()) {
			values.put(value.year(), value.value());
		}
		TreeSet<Integer> years = new TreeSet<>(values.keySet());
		Trajectory trajectory = trajectory(f);
		if (trajectory != null) {
			years.add(trajectory.baselineYear());
			years.add(trajectory.targetYear());
		}
		List<ChartYear> chart = new ArrayList<>();
		for (int year = years.first(); year <= years.last(); year++) {
			Double line = trajectory != null && year >= trajectory.baselineYear() ? trajectory.valueAt(year) : null;
			chart.add(new ChartYear(year, values.get(year), line));
		}
		return List.copyOf(chart);
	}

	private static @Nullable Trajectory trajectory(IndicatorFollowUp f) {
		if (f.assessment() instanceof Assessment.Assessed assessed) {
			return assessed.trajectory();
		}
		if (f.baseline().isEmpty() || f.baseline().get().year() >= f.targetYear()) {
			return null;
		}
		Observation baseline = f.baseline().get();
		OptionalDouble target = f.target().valueFrom(OptionalDouble.of(baseline.value()));
		return target.isPresent()
				? new Trajectory(baseline.year(), baseline.value(), f.targetYear(), target.getAsDouble()) : null;
	}

}
