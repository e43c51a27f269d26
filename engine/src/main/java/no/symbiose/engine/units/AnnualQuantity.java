package no.symbiose.engine.units;

import no.symbiose.engine.rules.RuleViolation;

/**
 * An amount per year in a {@link FlowUnit}. Units never convert into each other here:
 * mass, energy and volume need a density or heating value, which belongs to a named,
 * sourced factor.
 */
public record AnnualQuantity(double amount, FlowUnit unit) {

	public AnnualQuantity {
		Quantities.requireNonNegative(amount, unit.symbol());
	}

	public static AnnualQuantity of(double amount, FlowUnit unit) {
		return new AnnualQuantity(amount, unit);
	}

	public static AnnualQuantity tonnesPerYear(double amount) {
		return new AnnualQuantity(amount, FlowUnit.TONNES_PER_YEAR);
	}

	public static AnnualQuantity megawattHoursPerYear(double amount) {
		return new AnnualQuantity(amount, FlowUnit.MEGAWATT_HOURS_PER_YEAR);
	}

	public Tonnes asTonnes() {
		requireUnit(FlowUnit.TONNES_PER_YEAR);
		return new Tonnes(this.amount);
	}

	public MegawattHours asMegawattHours() {
		requireUnit(FlowUnit.MEGAWATT_HOURS_PER_YEAR);
		return new MegawattHours(this.amount);
	}

	public AnnualQuantity plus(AnnualQuantity other) {
		if (other.unit != this.unit) {
			throw new RuleViolation("units.annualQuantity.differentUnits",
					"Cannot add %s to %s: the units differ".formatted(other, this), other.toString(), this.toString());
		}
		return new AnnualQuantity(this.amount + other.amount, this.unit);
	}

	private void requireUnit(FlowUnit expected) {
		if (this.unit != expected) {
			throw new RuleViolation("units.annualQuantity.wrongUnit",
					"%s cannot be read as %s: units do not convert silently".formatted(this, expected.symbol()),
					this.toString(), expected.symbol());
		}
	}

	@Override
	public String toString() {
		return this.amount + " " + this.unit.symbol();
	}

}
