package no.symbiose.engine.accounting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import no.symbiose.engine.accounting.EnergyAccount.SourceGap;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegawattHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EnergyAccountingTest {

	private static final CompanyKey SMELTER = CompanyKey.of("test:smelteverk");

	@Test
	void givesTheShareOfSelfProducedElectricity() {
		// 2 000 MWh self-produced / 10 000 MWh used = 0.2
		EnergyAccount account = EnergyAccounting.of(facts(Map.of(EnergyCarrier.ELECTRICITY, 10_000.0), 2000.0, null),
				List.of(), MegawattHours.ZERO);

		assertThat(account.selfProducedShare()).isCloseTo(0.2, within(1e-12));
	}

	@Test
	void givesUtilisationHoursAsElectricityOverPeakPower() {
		// 8 760 MWh × 1 000 / 2 000 kW = 4 380 h
		EnergyAccount account = EnergyAccounting.of(facts(Map.of(EnergyCarrier.ELECTRICITY, 8760.0), null, 2000.0),
				List.of(), MegawattHours.ZERO);

		assertThat(account.utilisationHours()).isCloseTo(4380, within(1e-9));
	}

	@Test
	void leavesShareAndHoursUnknownWhenAFigureIsMissing() {
		EnergyAccount account = EnergyAccounting.of(facts(Map.of(EnergyCarrier.NATURAL_GAS, 100.0), null, 500.0),
				List.of(), MegawattHours.ZERO);

		assertThat(account.selfProducedShare()).isNull();
		assertThat(account.utilisationHours()).isNull();
	}

	@Test
	void givesThermalRecoveryAsHeatDeliveredOverExcessHeatAvailable() {
		// (80 000 + 40 000) MWh available, 18 000 MWh delivered: 18 000 / 120 000 = 0.15
		EnergyAccount account = EnergyAccounting.of(facts(Map.of(), null, null),
				List.of(Optional.of(MegawattHours.of(80_000)), Optional.of(MegawattHours.of(40_000))),
				MegawattHours.of(18_000));

		assertThat(account.heatRecovery().available()).isEqualTo(MegawattHours.of(120_000));
		assertThat(account.heatRecovery().efficiency()).isCloseTo(0.15, within(1e-12));
	}

	@Test
	void leavesThermalRecoveryUnknownWhenAnExcessHeatStreamHasNoQuantityOrThereIsNone() {
		EnergyAccount unknownStream = EnergyAccounting.of(facts(Map.of(), null, null),
				List.of(Optional.of(MegawattHours.of(80_000)), Optional.empty()), MegawattHours.of(18_000));
		EnergyAccount noStream = EnergyAccounting.of(facts(Map.of(), null, null), List.of(), MegawattHours.ZERO);

		assertThat(unknownStream.heatRecovery().efficiency()).isNull();
		assertThat(noStream.heatRecovery().available()).isNull();
		assertThat(noStream.heatRecovery().efficiency()).isNull();
	}

	@Test
	void splitsFuelsIntoFossilAndRenewableWhenNothingIsBought() {
		// gas 600 + oil 100 = 700 MWh fossil; biomass 300 MWh renewable; total 1 000
		EnergyAccount account = EnergyAccounting.of(facts(Map.of(EnergyCarrier.NATURAL_GAS, 600.0,
				EnergyCarrier.OIL_PRODUCTS, 100.0, EnergyCarrier.BIOMASS, 300.0), null, null), List.of(),
				MegawattHours.ZERO);

		assertThat(account.sources().gaps()).isEmpty();
		assertThat(account.sources().fossil()).isEqualTo(MegawattHours.of(700));
		assertThat(account.sources().nuclear()).isEqualTo(MegawattHours.ZERO);
		assertThat(account.sources().renewable()).isEqualTo(MegawattHours.of(300));
		assertThat(account.sources().renewableShare()).isCloseTo(0.3, within(1e-12));
		assertThat(account.sources().fossilShare()).isCloseTo(0.7, within(1e-12));
	}

	@Test
	void leavesTheSplitBySourceUnknownWhenElectricityIsBought() {
		EnergyAccount account = EnergyAccounting.of(
				facts(Map.of(EnergyCarrier.ELECTRICITY, 1000.0, EnergyCarrier.BIOMASS, 300.0), null, null), List.of(),
				MegawattHours.ZERO);

		assertThat(account.sources().gaps()).containsExactly(SourceGap.PURCHASED_MIX_UNKNOWN);
		assertThat(account.sources().renewable()).isNull();
		assertThat(account.sources().renewableShare()).isNull();
		assertThat(account.sources().renewableFuel()).isEqualTo(MegawattHours.of(300));
	}

	@Test
	void saysWhyHydrogenAndOwnElectricityLeaveTheSplitUnknown() {
		// 500 MWh used, all 500 self-produced: nothing bought, but made from what?
		EnergyAccount account = EnergyAccounting.of(
				facts(Map.of(EnergyCarrier.ELECTRICITY, 500.0, EnergyCarrier.HYDROGEN, 50.0), 500.0, null), List.of(),
				MegawattHours.ZERO);

		assertThat(account.sources().gaps()).containsExactlyInAnyOrder(SourceGap.HYDROGEN_ORIGIN_UNKNOWN,
				SourceGap.SELF_PRODUCED_ORIGIN_UNKNOWN);
		assertThat(account.sources().fossil()).isNull();
	}

	private static YearlyFacts facts(Map<EnergyCarrier, Double> energy, @Nullable Double selfProduced,
			@Nullable Double peakKw) {
		Map<EnergyCarrier, MegawattHours> use = new EnumMap<>(EnergyCarrier.class);
		energy.forEach((carrier, mwh) -> use.put(carrier, MegawattHours.of(mwh)));
		return new YearlyFacts(SMELTER, 2024, use, selfProduced == null ? null : MegawattHours.of(selfProduced),
				peakKw == null ? null : Kilowatts.of(peakKw), "T1", null, null, null, null, Confidentiality.PRIVATE,
				null);
	}

}
