package no.symbiose.engine.goals;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link StatusRule#assess}: a status with its workings, or unknown with
 * why.
 */
public sealed interface Assessment {

	GoalStatus status();

	/**
	 * A status from the latest value against the trajectory.
	 *
	 * @param expectedValue the trajectory's value in the latest value's year
	 * @param shortfall how far the latest value is behind the trajectory, in the
	 * indicator's unit; zero or negative when on or ahead of it
	 * @param tolerance the shortfall up to which the status is
	 * {@link GoalStatus#AT_RISK}: the rule's tolerance × the trajectory's whole needed
	 * change
	 * @param forecast the trend, when at least two years are known
	 */
	record Assessed(GoalStatus status, Trajectory trajectory, Observation latest, double expectedValue,
			double shortfall, double tolerance, Optional<TrendForecast> forecast) implements Assessment {

		public Assessed {
			Objects.requireNonNull(trajectory, "trajectory");
			Objects.requireNonNull(latest, "latest");
			Objects.requireNonNull(forecast, "forecast");
			if (status == GoalStatus.UNKNOWN) {
				throw new IllegalArgumentException("an assessed indicator has a known status");
			}
		}

	}

	/** No status, and the reason. */
	record Unknown(UnknownReason reason) implements Assessment {

		public Unknown {
			Objects.requireNonNull(reason, "reason");
		}

		@Override
		public GoalStatus status() {
			return GoalStatus.UNKNOWN;
		}

	}

}
