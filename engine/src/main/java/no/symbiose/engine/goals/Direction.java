package no.symbiose.engine.goals;

/** Which way an indicator improves. */
public enum Direction {

	HIGHER_IS_BETTER(1), LOWER_IS_BETTER(-1);

	private final int sign;

	Direction(int sign) {
		this.sign = sign;
	}

	/**
	 * How far {@code value} is behind {@code reference}, in the indicator's unit:
	 * positive when worse, zero or negative when as good or better.
	 */
	public double shortfall(double value, double reference) {
		return this.sign * (reference - value);
	}

	/**
	 * True when a change of {@code change} per year moves the indicator the better way.
	 */
	public boolean improves(double change) {
		return this.sign * change > 0;
	}

	static Direction parse(String code) {
		return switch (code) {
			case "higher" -> HIGHER_IS_BETTER;
			case "lower" -> LOWER_IS_BETTER;
			default -> throw new IllegalArgumentException("direction \"%s\" is not higher or lower".formatted(code));
		};
	}

}
