package no.symbiose.engine.goals;

import java.util.Collection;

/**
 * Where an indicator stands against its trajectory; the rule is {@link StatusRule}. The
 * known statuses are declared best first, so a later one is worse.
 */
public enum GoalStatus {

	ON_TRACK, AT_RISK, OFF_TRACK, UNKNOWN;

	/** Whether the status was assessed, i.e. is not {@link #UNKNOWN}. */
	public boolean known() {
		return this != UNKNOWN;
	}

	/**
	 * The status of a goal from the statuses of its indicators: the worst known one, so
	 * one indicator off track puts the whole goal off track. Unknown indicators are left
	 * out rather than counted as good or bad; only when none is known is the goal
	 * {@link #UNKNOWN}.
	 * <p>
	 * Example: on track, unknown, at risk → at risk; unknown, unknown → unknown.
	 */
	public static GoalStatus worstKnown(Collection<GoalStatus> statuses) {
		GoalStatus worst = UNKNOWN;
		for (GoalStatus status : statuses) {
			if (status == null) {
				throw new IllegalArgumentException("a goal's indicator has no status; unknown is UNKNOWN, not null");
			}
			if (status.known() && (!worst.known() || status.ordinal() > worst.ordinal())) {
				worst = status;
			}
		}
		return worst;
	}

}
