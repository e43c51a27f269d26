package no.symbiose.engine.units;

/**
 * Norwegian kroner, whole kroner as in annual accounts; never negative here (turnover,
 * export).
 */
public record Nok(long value) implements Comparable<Nok> {

	public static final Nok ZERO = new Nok(0);

	public Nok {
		Quantities.requireNonNegative(value, "NOK");
	}

	public static Nok of(long value) {
		return new Nok(value);
	}

	/**
	 * @throws ArithmeticException beyond {@link Long#MAX_VALUE} kroner
	 */
	public Nok plus(Nok other) {
		return new Nok(Math.addExact(this.value, other.value));
	}

	/** Refuses a negative result. */
	public Nok minus(Nok other) {
		return new Nok(Quantities.difference(this.value, other.value, "NOK"));
	}

	public boolean isGreaterThan(Nok other) {
		return this.value > other.value;
	}

	@Override
	public int compareTo(Nok other) {
		return Long.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return "NOK " + this.value;
	}

}
