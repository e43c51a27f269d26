package no.symbiose.engine.registry;

/**
 * How far a free plot has come in zoning under the Planning and Building Act (plan- og
 * bygningsloven): only {@link #ZONED} land counts as "ledig og ferdig regulert" in the
 * sense of source 002.
 */
public enum ZoningStatus {

	/** Ferdig regulert: a zoning plan in force allows industry or business. */
	ZONED,
	/** Under regulering: a zoning plan is being prepared. */
	BEING_ZONED,
	/**
	 * Avsatt til næring in the municipal master plan (kommuneplanens arealdel), not yet
	 * zoned in detail.
	 */
	MASTER_PLAN;

	/** The lower-case name, as written in forms and files. */
	public String key() {
		return Keys.keyOf(this);
	}

	public static ZoningStatus fromKey(String key) {
		return Keys.fromKey(ZoningStatus.class, key, "registry.plot.zoningUnknown", "zoning status");
	}

}
