package no.symbiose.engine.registry;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.FlowUnit;

/**
 * A material or energy stream of a company in one year, one row of {@code streams.csv}.
 * Waste carries an EWC code; heat carries its medium and is measured in MWh/yr, with its
 * temperature where known (an unknown temperature stays empty and the matcher says so);
 * every other stream says what it is through an EWC code or a material class.
 */
public record Stream(CompanyKey company, int year, String key, StreamDirection direction, String name,
		@Nullable EwcCode ewc, @Nullable MaterialClass material, @Nullable HeatMedium heatMedium,
		@Nullable Celsius temperature, @Nullable AnnualQuantity quantity, Availability availability,
		@Nullable TreatmentCode treatment, @Nullable String destination, Confidentiality confidentiality,
		@Nullable String source) {

	public Stream {
		Keys.requireYear(year);
		if (!key.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
			throw new RuleViolation("registry.stream.keyFormat",
					"Stream key \"%s\" is not 1–64 characters a–z, 0–9, ., _ and -".formatted(key), key);
		}
		name = Keys.requireNotBlank(name, "registry.stream.nameBlank", "A stream's name");
		if (direction == StreamDirection.WASTE && ewc == null) {
			throw new RuleViolation("registry.stream.wasteWithoutEwc", "Waste stream %s has no EWC code".formatted(key),
					key);
		}
		if (direction == StreamDirection.EXCESS_HEAT && heatMedium == null) {
			throw new RuleViolation("registry.stream.excessHeatWithoutMedium",
					"Excess heat stream %s has no heat medium".formatted(key), key);
		}
		if (heatMedium != null) {
			if (quantity != null && quantity.unit() != FlowUnit.MEGAWATT_HOURS_PER_YEAR) {
				throw new RuleViolation("registry.stream.heatNotInMegawattHours",
						"Heat stream %s is measured in %s, not MWh/yr".formatted(key, quantity.unit().symbol()), key,
						quantity.unit().symbol());
			}
		}
		else if (ewc == null && material == null) {
			throw new RuleViolation("registry.stream.withoutEwcOrMaterial",
					"Stream %s has neither an EWC code nor a material class".formatted(key), key);
		}
	}

	public boolean isHeat() {
		return this.heatMedium != null;
	}

	/**
	 * Checks a unit given for this stream without a known quantity, which the constructor
	 * cannot see: heat is measured in MWh/yr whether or not the amount is known.
	 */
	public FlowUnit requireFits(FlowUnit unit) {
		if (isHeat() && unit != FlowUnit.MEGAWATT_HOURS_PER_YEAR) {
			throw new RuleViolation("registry.stream.heatNotInMegawattHours",
					"Heat stream %s is measured in %s, not MWh/yr".formatted(this.key, unit.symbol()), this.key,
					unit.symbol());
		}
		return unit;
	}

	/** Hides quantities and destination, which are often confidential. */
	@Override
	public String toString() {
		return "Stream[company=%s, year=%d, key=%s, direction=%s, confidentiality=%s]".formatted(this.company,
				this.year, this.key, this.direction.key(), this.confidentiality.key());
	}

}
