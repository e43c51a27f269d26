package no.symbiose.engine.registry;

/**
 * Coarse material classes for matching side streams with inputs in industrial symbiosis;
 * a finer identity comes from the EWC code.
 */
public enum MaterialClass {

	METAL_SCRAP, FERROUS_METALS, NON_FERROUS_METALS, ALUMINIUM, ORES_AND_MINERALS, LIMESTONE_AND_DOLOMITE, SALTS,
	SILICA_AND_MICROSILICA, SLAG, ASH, GYPSUM, CEMENT_AND_CLINKER, CONCRETE_AND_MASONRY, WOOD_RESIDUES, BIOMASS,
	PULP_AND_PAPER, FOOD_AND_FEED, FISH_AND_AQUACULTURE_RESIDUES, ORGANIC_SLUDGE, CHEMICALS, FERTILISERS, PLASTICS,
	COMPOSITES, RUBBER, GLASS, ELECTRONICS, PETROLEUM_PRODUCTS, CRUDE_OIL_AND_GAS, FUELS, BIOFUELS, BIOCHAR_AND_CARBON,
	CO2, HYDROGEN, OXYGEN, WATER, WASTEWATER, PACKAGING, MIXED_WASTE, MANUFACTURED_PRODUCTS, OTHER;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static MaterialClass fromKey(String key) {
		return Keys.fromKey(MaterialClass.class, key, "registry.materialClass.unknown", "material class");
	}

}
