package no.symbiose.engine.goals;

/** How an indicator gets its values. */
public enum Measurement {

	/**
	 * Computed from the accounts, the registry, the synergies or the programme; never
	 * typed in.
	 */
	COMPUTED,

	/** Recorded as structured entries with evidence and a date. */
	RECORDED;

	static Measurement parse(String code) {
		return switch (code) {
			case "computed" -> COMPUTED;
			case "recorded" -> RECORDED;
			default ->
				throw new IllegalArgumentException("measurement \"%s\" is not computed or recorded".formatted(code));
		};
	}

}
