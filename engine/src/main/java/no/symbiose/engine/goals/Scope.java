package no.symbiose.engine.goals;

/** The level an indicator's target applies to. */
public enum Scope {

	/** Each park adopts the target; the national one is its default. */
	PARK,

	/** Counted per county (the mission of two realised symbioses per county). */
	COUNTY,

	/** Counted once for the nation (five parks on CCS, 100 net-zero areas). */
	NATION;

	static Scope parse(String code) {
		return switch (code) {
			case "park" -> PARK;
			case "county" -> COUNTY;
			case "nation" -> NATION;
			default -> throw new IllegalArgumentException("scope \"%s\" is not park, county or nation".formatted(code));
		};
	}

}
