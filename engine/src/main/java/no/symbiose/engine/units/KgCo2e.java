package no.symbiose.engine.units;

/**
 * A signed amount of greenhouse gas in kilograms of CO2 equivalent (GWP100). Signed
 * because a balance can go either way: in the symbiosis engine a positive value is
 * avoided, a negative one is added (transport, heat-pump electricity).
 */
public record KgCo2e(double value) implements Comparable<KgCo2e> {

	public static final KgCo2e ZERO = new KgCo2e(0);

	public KgCo2e {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("kg CO2e must be a finite number, got " + value);
		}
	}

	public static KgCo2e of(double value) {
		return new KgCo2e(value);
	}

	public KgCo2e plus(KgCo2e other) {
		return new KgCo2e(this.value + other.value);
	}

	public KgCo2e minus(KgCo2e other) {
		return new KgCo2e(this.value - other.value);
	}

	public double tonnes() {
		return this.value / 1000.0;
	}

	@Override
	public int compareTo(KgCo2e other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " kg CO2e";
	}

}
