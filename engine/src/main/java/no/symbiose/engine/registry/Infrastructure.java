package no.symbiose.engine.registry;

/**
 * Shared infrastructure a park offers (goal 4 of source 002: quay, rail, water, sewage,
 * road), plus district heating and a grid connection.
 */
public enum Infrastructure {

	QUAY, RAIL, WATER, SEWAGE, ROAD, DISTRICT_HEATING, GRID_CONNECTION;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static Infrastructure fromKey(String key) {
		return Keys.fromKey(Infrastructure.class, key, "registry.infrastructure.unknown", "infrastructure");
	}

}
