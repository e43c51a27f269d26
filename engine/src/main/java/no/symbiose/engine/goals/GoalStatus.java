package no.symbiose.engine.goals;

/** Where an indicator stands against its trajectory; the rule is {@link StatusRule}. */
public enum GoalStatus {

	ON_TRACK, AT_RISK, OFF_TRACK, UNKNOWN

}
