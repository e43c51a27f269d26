package no.symbiose.engine.registry;

/**
 * Who may see a figure: everyone, the park (its facilitator and tenants), or only the
 * company. Imports default to PRIVATE.
 */
public enum Confidentiality {

	PUBLIC, PARK, PRIVATE;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static Confidentiality fromKey(String key) {
		return Keys.fromKey(Confidentiality.class, key, "registry.confidentiality.unknown", "confidentiality");
	}

}
