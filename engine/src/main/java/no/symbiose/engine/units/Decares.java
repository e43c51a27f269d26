package no.symbiose.engine.units;

/** Area in decares (dekar, daa): 1 daa = 1 000 m², the unit of Norwegian zoning plans. */
public record Decares(double value) implements Comparable<Decares> {

	public static final Decares ZERO = new Decares(0);

	public Decares {
		Quantities.requireNonNegative(value, "daa");
	}

	public static Decares of(double value) {
		return new Decares(value);
	}

	public Decares plus(Decares other) {
		return new Decares(this.value + other.value);
	}

	/** Refuses a negative result: a quantity of this kind cannot be below zero. */
	public Decares minus(Decares other) {
		return new Decares(Quantities.difference(this.value, other.value, "daa"));
	}

	@Override
	public int compareTo(Decares other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " daa";
	}

	/** 1 daa = 1 000 m². */
	public SquareMetres toSquareMetres() {
		return new SquareMetres(this.value * 1_000);
	}

}
