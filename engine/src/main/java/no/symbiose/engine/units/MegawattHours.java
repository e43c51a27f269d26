package no.symbiose.engine.units;

/** Energy in megawatt hours; 1 GWh = 1 000 MWh, 1 TWh = 1 000 000 MWh. */
public record MegawattHours(double value) implements Comparable<MegawattHours> {

	public static final MegawattHours ZERO = new MegawattHours(0);

	public MegawattHours {
		Quantities.requireNonNegative(value, "MWh");
	}

	public static MegawattHours of(double value) {
		return new MegawattHours(value);
	}

	public MegawattHours plus(MegawattHours other) {
		return new MegawattHours(this.value + other.value);
	}

	/** Refuses a negative result: a quantity of this kind cannot be below zero. */
	public MegawattHours minus(MegawattHours other) {
		return new MegawattHours(Quantities.difference(this.value, other.value, "MWh"));
	}

	@Override
	public int compareTo(MegawattHours other) {
		return Double.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + " MWh";
	}

	public static MegawattHours ofGigawattHours(double gigawattHours) {
		return new MegawattHours(gigawattHours * 1_000);
	}

	public double gigawattHours() {
		return this.value / 1_000;
	}

}
