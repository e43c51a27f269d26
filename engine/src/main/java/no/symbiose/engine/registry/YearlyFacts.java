package no.symbiose.engine.registry;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Nok;
import no.symbiose.engine.units.TonnesCo2e;

/**
 * A company's facts for one year, one row of {@code yearly_facts.csv}. A carrier missing
 * from {@link #energyUse()} is unknown, not zero. {@link #toString()} hides the figures,
 * which are often confidential.
 */
public record YearlyFacts(CompanyKey company, int year, Map<EnergyCarrier, MegawattHours> energyUse,
		@Nullable MegawattHours selfProducedElectricity, @Nullable Kilowatts peakPower, @Nullable String transformerId,
		@Nullable TonnesCo2e directEmissions, @Nullable Integer employees, @Nullable Nok turnover, @Nullable Nok export,
		Confidentiality confidentiality, @Nullable String source) {

	public YearlyFacts {
		Keys.requireYear(year);
		EnumMap<EnergyCarrier, MegawattHours> copy = new EnumMap<>(EnergyCarrier.class);
		copy.putAll(energyUse);
		energyUse = Collections.unmodifiableMap(copy);
		if (employees != null && employees < 0) {
			throw new RuleViolation("registry.facts.employeesNegative", "Employees %d is negative".formatted(employees),
					String.valueOf(employees));
		}
		if (turnover != null && export != null && export.isGreaterThan(turnover)) {
			throw new RuleViolation("registry.facts.exportAboveTurnover",
					"Export NOK %d exceeds turnover NOK %d".formatted(export.value(), turnover.value()), export.value(),
					turnover.value());
		}
	}

	/** The sum over carriers with a known figure. */
	public MegawattHours totalEnergyUse() {
		return this.energyUse.values().stream().reduce(MegawattHours.ZERO, MegawattHours::plus);
	}

	@Override
	public String toString() {
		return "YearlyFacts[company=%s, year=%d, confidentiality=%s]".formatted(this.company, this.year,
				this.confidentiality.key());
	}

}
