package no.symbiose.engine.units;

/** Mass in metric tonnes (1 t = 1 000 kg). */
public record Tonnes(double value) implements Comparable<Tonnes> {

	public static final Tonnes ZERO = new Tonnes(0);

	public Tonnes {
		Quantities.requireNonNegative(value, "t");
	}

	public static Tonnes of(double value) {
		return new Tonnes(value);
	}

	public Tonnes plus(Tonnes other) {
		return new Tonnes(this.value + other.value);
	}

	/** Refuses a negative result: a quantity of this kind cannot be below zero. */
	public Tonnes minus(Tonnes other) {
		return new Tonnes(Quantities.difference(this.value, other.value, "t"));
	}

	@Override
	public int compareTo(Tonnes other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " t";
	}
}
