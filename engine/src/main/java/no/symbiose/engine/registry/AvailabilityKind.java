package no.symbiose.engine.registry;

/**
 * When a stream is available over the year: all year, some months, or in irregular
 * batches.
 */
public enum AvailabilityKind {

	CONTINUOUS, SEASONAL, BATCH;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static AvailabilityKind fromKey(String key) {
		return Keys.fromKey(AvailabilityKind.class, key, "registry.availabilityKind.unknown", "availability");
	}

}
