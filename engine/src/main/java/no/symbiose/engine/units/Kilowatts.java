package no.symbiose.engine.units;

/**
 * Power in kilowatts. Summing peak loads gives an upper bound of the joint peak, not the
 * joint peak itself.
 */
public record Kilowatts(double value) implements Comparable<Kilowatts> {

	public static final Kilowatts ZERO = new Kilowatts(0);

	public Kilowatts {
		Quantities.requireNonNegative(value, "kW");
	}

	public static Kilowatts of(double value) {
		return new Kilowatts(value);
	}

	public Kilowatts plus(Kilowatts other) {
		return new Kilowatts(this.value + other.value);
	}

	/** Refuses a negative result: a quantity of this kind cannot be below zero. */
	public Kilowatts minus(Kilowatts other) {
		return new Kilowatts(Quantities.difference(this.value, other.value, "kW"));
	}

	@Override
	public int compareTo(Kilowatts other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " kW";
	}
}
