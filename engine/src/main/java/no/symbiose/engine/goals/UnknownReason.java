package no.symbiose.engine.goals;

/**
 * Why an indicator's status is unknown. Unknown values stay unknown; nothing is guessed.
 */
public enum UnknownReason {

	/** The indicator has no target, so there is nothing to be on track towards. */
	NO_TARGET,

	/** No baseline value is set (or the relative target needs one to become a value). */
	NO_BASELINE,

	/** No value is known for any year after the baseline year. */
	NO_VALUE_AFTER_BASELINE,

	/**
	 * The baseline year is the target year or later, so there is no trajectory towards
	 * the target (e.g. a first known value in 2031 for a 2030 target).
	 */
	BASELINE_NOT_BEFORE_TARGET_YEAR

}
