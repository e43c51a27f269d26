package no.symbiose.engine.registry;

/** What carries excess heat; it decides how the heat can be recovered. */
public enum HeatMedium {

	STEAM, HOT_WATER, FLUE_GAS, COOLING_WATER, AIR, OTHER;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static HeatMedium fromKey(String key) {
		return Keys.fromKey(HeatMedium.class, key, "registry.heatMedium.unknown", "heat medium");
	}

}
