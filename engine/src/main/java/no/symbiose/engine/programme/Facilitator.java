package no.symbiose.engine.programme;

/**
 * Whether a park has a facilitator organisation (002: "En eier, felles
 * fasilitatororganisasjon" against "Flere grunneiere, ingen fasilitatororganisasjon").
 */
public enum Facilitator {

	/**
	 * Registered: a single owner with a facilitator, or a facilitator user for the park.
	 */
	REGISTERED,
	/** Several owners without a facilitator, and no facilitator user. */
	NONE,
	/** The organisation model is not registered and no facilitator user either. */
	UNKNOWN

}
