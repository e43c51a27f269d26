package no.symbiose.app.goals;

import java.util.List;
import java.util.Map;

import no.symbiose.app.goals.ParkTargets.Origin;
import no.symbiose.app.registry.RegistryViews.ParkView;
import no.symbiose.engine.goals.Goal;
import no.symbiose.engine.goals.GoalStatus;
import no.symbiose.engine.goals.Indicator;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.TrendForecast;
import no.symbiose.engine.goals.UnknownReason;
import org.jspecify.annotations.Nullable;

/**
 * A goal report for one year, as {@link GoalReports} computed it for one viewer: the
 * annual report of a park, or the national evaluation report (computed as an anonymous
 * viewer, so public). Every value is in its indicator's unit; {@code null} means unknown,
 * and every unknown status carries its reason. Nothing here is formatted: the HTML, PDF
 * and XLSX files are views of the same record.
 */
public sealed interface GoalReport {

	/** The report's year: values of this year, status from the values up to it. */
	int year();

	/** The goal catalogue's version the report follows. */
	String catalogueVersion();

	/** The goals and missions the scope follows, in catalogue order. */
	List<GoalSection> goals();

	/**
	 * A park's annual report.
	 *
	 * @param park the park's registry facts (land, buildings, transformer capacity,
	 * active tenants today)
	 * @param synergies the synergies that involve an active tenant, as the viewer may see
	 * them, by state in pipeline order; states without any are left out
	 * @param completeness how many tenants reported for the year, as the viewer may see
	 * @param qualification the national programme's qualification of the park
	 */
	record Park(int year, String catalogueVersion, ParkView park, List<GoalSection> goals, List<SynergyState> synergies,
			Completeness completeness, Qualification qualification) implements GoalReport {

	}

	/**
	 * The national evaluation report, public.
	 *
	 * @param counties every county with its status per goal and its realised symbioses
	 * @param parks parks in the registry
	 * @param realisedSymbioses synergies in operation today (one between two counties
	 * counts once here, in both counties below)
	 */
	record National(int year, String catalogueVersion, List<GoalSection> goals, List<CountyRow> counties, long parks,
			long realisedSymbioses) implements GoalReport {

	}

	/** A goal or mission with the indicators the scope follows for it. */
	record GoalSection(Goal goal, List<IndicatorLine> indicators) {

		/** The goal's status: see {@link GoalStatusSummary}. */
		public GoalStatusSummary status() {
			return GoalStatusSummary.of(this.indicators.stream().map(IndicatorLine::status).toList());
		}

	}

	/**
	 * A goal's status over its indicators: the worst known one (off track before at risk
	 * before on track), unknown when none is known; with how many are known.
	 */
	record GoalStatusSummary(GoalStatus status, int known, int indicators) {

		static GoalStatusSummary of(List<GoalStatus> statuses) {
			GoalStatus worst = GoalStatus.UNKNOWN;
			int known = 0;
			for (GoalStatus status : statuses) {
				if (status == GoalStatus.UNKNOWN) {
					continue;
				}
				known++;
				if (worst == GoalStatus.UNKNOWN || status.ordinal() > worst.ordinal()) {
					worst = status;
				}
			}
			return new GoalStatusSummary(worst, known, statuses.size());
		}

	}

	/**
	 * One indicator in the report's year.
	 *
	 * @param value the value of the report's year; null when unknown
	 * @param baseline the baseline the status is measured from; null when none
	 * @param targetValue the target as a value (a relative target applied to the
	 * baseline); null when there is none or it needs an unknown baseline
	 * @param trajectoryValue where the straight line from the baseline to the target is
	 * in the report's year; null without baseline or target, or before the baseline year
	 * @param status the status from the values up to the report's year
	 * @param reason why the status is unknown; null when it is known
	 * @param forecast the trend through the known years up to the report's year, when at
	 * least two are known and the status is known
	 * @param computed whether some source computes the indicator yet; a recorded
	 * indicator without entries has no values
	 */
	record IndicatorLine(Indicator indicator, Origin origin, @Nullable Double value, @Nullable Observation baseline,
			@Nullable Double targetValue, int targetYear, @Nullable Double trajectoryValue, GoalStatus status,
			@Nullable UnknownReason reason, @Nullable TrendForecast forecast, boolean computed) {

		/** The reason as a message-key suffix: {@code no_baseline}; null when known. */
		public @Nullable String reasonKey() {
			return this.reason == null ? null : this.reason.name().toLowerCase(java.util.Locale.ROOT);
		}

		/** The first year the trend meets the target; null when it never does. */
		public @Nullable Integer yearTargetReached() {
			return this.forecast == null || this.forecast.yearTargetReached().isEmpty() ? null
					: this.forecast.yearTargetReached().getAsInt();
		}

	}

	/**
	 * The synergies of one pipeline state. Expected figures are the candidate's when the
	 * synergy was created, summed over those that have one; null when none has.
	 *
	 * @param withExpectedCo2e how many of them have an expected CO2e figure
	 */
	record SynergyState(String state, long synergies, long withExpectedCo2e, @Nullable Double expectedTCo2ePerYear,
			@Nullable Double expectedTonnesPerYear, @Nullable Double expectedMwhPerYear) {

	}

	/**
	 * How complete the year's data is: of the active tenants, how many have yearly facts
	 * and how many have streams for the year that the viewer may see.
	 */
	record Completeness(long tenants, long tenantsWithFacts, long tenantsWithStreams) {

	}

	/**
	 * The national programme's qualification of the park. Not assessed until the
	 * programme's assessment is wired in: then {@code status} holds its message key.
	 *
	 * @param status message-key suffix of the status; null while not assessed
	 */
	record Qualification(@Nullable String status, @Nullable String reason) {

		public static final Qualification NOT_ASSESSED = new Qualification(null, null);

		public boolean assessed() {
			return this.status != null;
		}

	}

	/**
	 * A county in the national report, computed as an anonymous viewer.
	 *
	 * @param statusByGoal every goal's and mission's status, by goal key, in catalogue
	 * order
	 * @param realisedSymbioses synergies in operation that involve a company in the
	 * county
	 * @param missionMet whether it has the two realised symbioses mission I asks for
	 */
	record CountyRow(String number, String name, Map<String, GoalStatusSummary> statusByGoal, long realisedSymbioses,
			boolean missionMet) {

	}

}
