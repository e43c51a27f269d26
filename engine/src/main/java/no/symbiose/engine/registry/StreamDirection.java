package no.symbiose.engine.registry;

/** Whether a stream enters a company or leaves it, and as what. */
public enum StreamDirection {

	INPUT, PRODUCT, SIDE_STREAM, WASTE, EXCESS_HEAT;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static StreamDirection fromKey(String key) {
		return Keys.fromKey(StreamDirection.class, key, "registry.streamDirection.unknown", "stream direction");
	}

}
