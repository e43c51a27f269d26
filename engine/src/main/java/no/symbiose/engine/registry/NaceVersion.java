package no.symbiose.engine.registry;

/**
 * The Norwegian standard for industrial classification (Statistics Norway): SN2007, and
 * SN2025 in force from 2025.
 */
public enum NaceVersion {

	SN2007, SN2025;

	/** The lower-case name, as written in CSV files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static NaceVersion fromKey(String key) {
		return Keys.fromKey(NaceVersion.class, key, "registry.naceVersion.unknown", "NACE version");
	}

}
