package no.symbiose.engine.programme;

/** A criterion's outcome for a park and year. */
public enum Outcome {

	MET, UNMET,
	/** The evidence does not say: nothing is guessed. */
	UNKNOWN

}
