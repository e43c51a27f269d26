package no.symbiose.engine.units;

/** Apparent power in megavolt-amperes: the rating of a transformer. */
public record MegavoltAmperes(double value) implements Comparable<MegavoltAmperes> {

	public static final MegavoltAmperes ZERO = new MegavoltAmperes(0);

	public MegavoltAmperes {
		Quantities.requireNonNegative(value, "MVA");
	}

	public static MegavoltAmperes of(double value) {
		return new MegavoltAmperes(value);
	}

	public MegavoltAmperes plus(MegavoltAmperes other) {
		return new MegavoltAmperes(this.value + other.value);
	}

	/** Refuses a negative result: a quantity of this kind cannot be below zero. */
	public MegavoltAmperes minus(MegavoltAmperes other) {
		return new MegavoltAmperes(Quantities.difference(this.value, other.value, "MVA"));
	}

	@Override
	public int compareTo(MegavoltAmperes other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " MVA";
	}
}
