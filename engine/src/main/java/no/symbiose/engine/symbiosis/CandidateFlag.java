package no.symbiose.engine.symbiosis;

import java.util.Locale;

/** Something a person should know about a candidate before trusting its figures. */
public enum CandidateFlag {

	/**
	 * Supply and demand belong to the same company (or the same pseudo company of a
	 * park).
	 */
	SAME_COMPANY,
	/**
	 * The supply's or the demand's quantity is not known, so the exchange is an upper
	 * bound or unknown.
	 */
	QUANTITY_UNKNOWN,
	/**
	 * Supply and demand are measured in units that cannot be compared without a density.
	 */
	UNITS_DIFFER,
	/** The temperature of the heat supply or demand is not known: check it. */
	TEMPERATURE_UNKNOWN,
	/** Heat is lifted by a heat pump whose electricity is counted. */
	HEAT_PUMP,
	/**
	 * The demand is a company whose activity could receive the stream, not a declared
	 * input.
	 */
	IMPLICIT_DEMAND,
	/** One side is available in batches, so the overlap in time is not known. */
	BATCH_AVAILABILITY,
	/**
	 * A factor the figures need is missing from the table, so some figures are unknown.
	 */
	FACTOR_MISSING;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
