package no.symbiose.engine.units;

/**
 * Greenhouse-gas emissions in tonnes of CO2 equivalent (GWP100, as reported by the
 * source).
 */
public record TonnesCo2e(double value) implements Comparable<TonnesCo2e> {

	public static final TonnesCo2e ZERO = new TonnesCo2e(0);

	public TonnesCo2e {
		Quantities.requireNonNegative(value, "t CO2e");
	}

	public static TonnesCo2e of(double value) {
		return new TonnesCo2e(value);
	}

	public TonnesCo2e plus(TonnesCo2e other) {
		return new TonnesCo2e(this.value + other.value);
	}

	/** Refuses a negative result: a quantity of this kind cannot be below zero. */
	public TonnesCo2e minus(TonnesCo2e other) {
		return new TonnesCo2e(Quantities.difference(this.value, other.value, "t CO2e"));
	}

	@Override
	public int compareTo(TonnesCo2e other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " t CO2e";
	}
}
