package no.symbiose.engine.goals;

/** Where a goal comes from. */
public enum GoalKind {

	/** One of the parks' 10 goals for 2030 (002, "Målbilder"). */
	PARK_GOAL,

	/** One of the three bounded missions (003, "Tre avgrensa samfunnsoppdrag"). */
	MISSION;

	static GoalKind parse(String code) {
		return switch (code) {
			case "park_goal" -> PARK_GOAL;
			case "mission" -> MISSION;
			default -> throw new IllegalArgumentException("kind \"%s\" is not park_goal or mission".formatted(code));
		};
	}

}
