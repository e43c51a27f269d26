package no.symbiose.engine.registry;

/**
 * How a park is run (source 002): one owner with a facilitator organisation sharing land
 * and infrastructure, or several land owners without one, which risks a responsibility
 * gap.
 */
public enum OrganisationModel {

	SINGLE_OWNER_WITH_FACILITATOR, SEVERAL_OWNERS_WITHOUT_FACILITATOR;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static OrganisationModel fromKey(String key) {
		return Keys.fromKey(OrganisationModel.class, key, "registry.organisationModel.unknown", "organisation model");
	}

}
