package no.symbiose.engine.goals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The one rule that says whether an indicator is on track, at risk or off track.
 *
 * <ol>
 * <li>Without a target, a baseline value, or a value for a year after the baseline year,
 * the status is {@link GoalStatus#UNKNOWN} with the reason; so it is when the baseline
 * year is not before the target year (no trajectory can be drawn). A baseline that
 * already meets an absolute target is on track even without a later value.</li>
 * <li>The trajectory runs straight from the baseline value (baseline year) to the target
 * value (target year), see {@link Trajectory}. The latest known year after the baseline
 * is compared with the trajectory in that year.</li>
 * <li>Shortfall = how far the latest value is behind the trajectory, in the indicator's
 * unit (for "lower is better": value − trajectory; for "higher is better": trajectory −
 * value).</li>
 * <li>{@link GoalStatus#ON_TRACK} when the target itself is met, or the shortfall is zero
 * or less (on or ahead of the trajectory).</li>
 * <li>{@link GoalStatus#AT_RISK} when the shortfall is at most {@code tolerance} × the
 * whole change the trajectory asks for (|target − baseline|); {@link #DEFAULT} uses 10
 * %.</li>
 * <li>{@link GoalStatus#OFF_TRACK} otherwise.</li>
 * </ol>
 *
 * Worked example: 100 t in 2023, target −50 % = 50 t in 2030, 90 t in 2025. Trajectory in
 * 2025 = 100 − 50 × 2/7 = 85.71 t; shortfall = 90 − 85.71 = 4.29 t; tolerance = 10 % × 50
 * t = 5 t; 4.29 ≤ 5, so at risk. At 95 t the shortfall is 9.29 t &gt; 5 t: off track.
 *
 * <p>
 * The forecast ({@link TrendForecast}) fits a least-squares line through the baseline and
 * every known value after it; it informs, the status does not depend on it.
 *
 * @param tolerance the share of the needed change a park may lag behind and still be at
 * risk rather than off track, in [0, 1)
 */
public record StatusRule(double tolerance) {

	/** The last year a trend forecast names; a later crossing is reported as none. */
	public static final int FORECAST_HORIZON_YEAR = 2100;

	/** Behind the trajectory by at most a tenth of the needed change: at risk. */
	public static final StatusRule DEFAULT = new StatusRule(0.10);

	public StatusRule {
		if (!(tolerance >= 0 && tolerance < 1)) {
			throw new IllegalArgumentException("the tolerance %s is not in [0, 1)".formatted(tolerance));
		}
	}

	/**
	 * @param baseline the fixed baseline: its year and value; empty when not set
	 * @param observations the known values, one per year, in any order; years before the
	 * baseline year are ignored
	 */
	public Assessment assess(Direction direction, Target target, int targetYear, Optional<Observation> baseline,
			List<Observation> observations) {
		requireOneValuePerYear(observations);
		if (target instanceof Target.None) {
			return new Assessment.Unknown(UnknownReason.NO_TARGET);
		}
		if (baseline.isEmpty()) {
			return new Assessment.Unknown(UnknownReason.NO_BASELINE);
		}
		Observation base = baseline.get();
		OptionalDouble targetValue = target.valueFrom(OptionalDouble.of(base.value()));
		if (targetValue.isEmpty()) {
			return new Assessment.Unknown(UnknownReason.NO_BASELINE);
		}
		if (base.year() >= targetYear) {
			return new Assessment.Unknown(UnknownReason.BASELINE_NOT_BEFORE_TARGET_YEAR);
		}
		Trajectory trajectory = new Trajectory(base.year(), base.value(), targetYear, targetValue.getAsDouble());
		List<Observation> after = observations.stream()
			.filter(observation -> observation.year() > base.year())
			.sorted(Comparator.comparingInt(Observation::year))
			.toList();
		boolean baselineMeetsTarget = target instanceof Target.Absolute
				&& direction.shortfall(base.value(), trajectory.targetValue()) <= 0;
		if (after.isEmpty() && !baselineMeetsTarget) {
			return new Assessment.Unknown(UnknownReason.NO_VALUE_AFTER_BASELINE);
		}
		// A baseline that already meets an absolute target is on track by itself: there
		// is nothing left to change, so no later value is needed to say so.
		Observation latest = after.isEmpty() ? base : after.get(after.size() - 1);
		double expected = trajectory.valueAt(latest.year());
		double shortfall = direction.shortfall(latest.value(), expected);
		double tolerance = this.tolerance * trajectory.neededChange();
		boolean targetMet = direction.shortfall(latest.value(), trajectory.targetValue()) <= 0;
		GoalStatus status;
		if (targetMet || shortfall <= 0) {
			status = GoalStatus.ON_TRACK;
		}
		else if (shortfall <= tolerance) {
			status = GoalStatus.AT_RISK;
		}
		else {
			status = GoalStatus.OFF_TRACK;
		}
		List<Observation> known = new ArrayList<>();
		known.add(base);
		known.addAll(after);
		return new Assessment.Assessed(status, trajectory, latest, expected, shortfall, tolerance,
				forecast(direction, trajectory, known));
	}

	/**
	 * The least-squares trend through {@code known} (at least two years), see
	 * {@link TrendForecast}.
	 */
	static Optional<TrendForecast> forecast(Direction direction, Trajectory trajectory, List<Observation> known) {
		int n = known.size();
		if (n < 2) {
			return Optional.empty();
		}
		double meanYear = known.stream().mapToDouble(Observation::year).average().orElseThrow();
		double meanValue = known.stream().mapToDouble(Observation::value).average().orElseThrow();
		double covariance = 0;
		double variance = 0;
		for (Observation observation : known) {
			covariance += (observation.year() - meanYear) * (observation.value() - meanValue);
			variance += (observation.year() - meanYear) * (observation.year() - meanYear);
		}
		double slope = covariance / variance;
		double inTargetYear = meanValue + slope * (trajectory.targetYear() - meanYear);
		int firstYear = known.get(0).year();
		double atFirstYear = meanValue + slope * (firstYear - meanYear);
		OptionalInt reached;
		if (direction.shortfall(atFirstYear, trajectory.targetValue()) <= 0) {
			reached = OptionalInt.of(firstYear);
		}
		else if (direction.improves(slope)) {
			// The line improves each year: it crosses the target at meanYear + (target −
			// mean) / slope.
			double crossing = meanYear + (trajectory.targetValue() - meanValue) / slope;
			// a crossing centuries away (a nearly flat trend) is no forecast anybody can
			// use
			reached = crossing > FORECAST_HORIZON_YEAR ? OptionalInt.empty()
					: OptionalInt.of((int) Math.ceil(crossing - 1e-9));
		}
		else {
			reached = OptionalInt.empty();
		}
		return Optional.of(new TrendForecast(slope, inTargetYear, reached, n));
	}

	private static void requireOneValuePerYear(List<Observation> observations) {
		Set<Integer> years = new HashSet<>();
		for (Observation observation : observations) {
			if (!years.add(observation.year())) {
				throw new IllegalArgumentException(
						"two values for %d; an indicator has one value per year".formatted(observation.year()));
			}
		}
	}

}
