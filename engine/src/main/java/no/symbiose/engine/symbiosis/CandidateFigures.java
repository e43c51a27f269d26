package no.symbiose.engine.symbiosis;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.FlowUnit;
import no.symbiose.engine.units.KgCo2e;
import no.symbiose.engine.units.Nok;

/**
 * The numbers of one candidate, per year. Material is counted in tonnes and heat in MWh
 * delivered to the receiver (the allocation unit, {@link #unit()}). A figure whose inputs
 * are unknown (a quantity, a factor) is {@code null}, never a guess. Per-unit figures are
 * known whenever their factors are, so candidates without quantities can still be ranked.
 *
 * @param quantity the exchanged amount per year in {@link #unit()}; {@code null} when
 * unknown, an upper bound when only one side is known ({@link #upperBound()})
 * @param netKgCo2ePerUnit avoided minus added kg CO2e per unit exchanged
 * @param netNokPerUnit value minus transport and electricity cost, NOK per unit exchanged
 * @param investment pipe and heat pump investment, once
 */
public record CandidateFigures(FlowUnit unit, @Nullable Double quantity, boolean upperBound, @Nullable Double tonneKm,
		@Nullable KgCo2e avoidedVirgin, @Nullable KgCo2e avoidedDisposal, @Nullable KgCo2e transport,
		@Nullable KgCo2e heatPumpElectricity, @Nullable KgCo2e net, @Nullable Double netKgCo2ePerUnit,
		@Nullable Double heatPumpCop, @Nullable Double heatPumpElectricityMwh, @Nullable Nok value,
		@Nullable Nok transportCost, @Nullable Nok electricityCost, @Nullable Nok investment,
		@Nullable Double netNokPerUnit, @Nullable Double paybackYears) {

	public CandidateFigures {
		if (unit != FlowUnit.TONNES_PER_YEAR && unit != FlowUnit.MEGAWATT_HOURS_PER_YEAR) {
			throw new IllegalArgumentException("Candidates count tonnes or MWh, not " + unit.symbol());
		}
	}

	public boolean isHeat() {
		return this.unit == FlowUnit.MEGAWATT_HOURS_PER_YEAR;
	}

	/** Net tonnes CO2e avoided per year, if known. */
	public @Nullable Double netTonnesCo2e() {
		return this.net == null ? null : this.net.tonnes();
	}

}
