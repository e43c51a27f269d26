package no.symbiose.engine.registry;

/** Energy carriers a company uses, one column each in yearly_facts.csv. */
public enum EnergyCarrier {

	ELECTRICITY, NATURAL_GAS, OIL_PRODUCTS, COAL_AND_COKE, BIOMASS, DISTRICT_HEAT, HYDROGEN;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static EnergyCarrier fromKey(String key) {
		return Keys.fromKey(EnergyCarrier.class, key, "registry.energyCarrier.unknown", "energy carrier");
	}

}
