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
	NO_VALUE_AFTER_BASELINE

}
