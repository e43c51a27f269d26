package no.symbiose.engine.units;

/** Area in square metres, used for buildings. */
public record SquareMetres(double value) implements Comparable<SquareMetres> {

	public static final SquareMetres ZERO = new SquareMetres(0);

	public SquareMetres {
		Quantities.requireNonNegative(value, "m²");
	}

	public static SquareMetres of(double value) {
		return new SquareMetres(value);
	}

	public SquareMetres plus(SquareMetres other) {
		return new SquareMetres(this.value + other.value);
	}

	/** Refuses a negative result: a quantity of this kind cannot be below zero. */
	public SquareMetres minus(SquareMetres other) {
		return new SquareMetres(Quantities.difference(this.value, other.value, "m²"));
	}

	@Override
	public int compareTo(SquareMetres other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " m²";
	}

	/** 1 000 m² = 1 daa. */
	public Decares toDecares() {
		return new Decares(this.value / 1_000);
	}

}
