package no.symbiose.engine.accounting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegawattHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TransformerLoadTest {

	@Test
	void dividesTheSumOfElectricityByTheSumOfPeaksPerTransformer() {
		// T1: (8 000 + 2 000) MWh × 1 000 / (1 500 + 1 000) kW = 4 000 h (a lower bound:
		// the two peaks need not fall in the same hour). T2: 3 000 × 1 000 / 500 = 6 000
		// h
		List<TransformerLoad> loads = TransformerLoad.of(List.of(facts("a", 8000.0, 1500.0, "T1"),
				facts("b", 2000.0, 1000.0, "T1"), facts("c", 3000.0, 500.0, "T2"), facts("d", 100.0, 50.0, null)));

		assertThat(loads).extracting(TransformerLoad::transformerId).containsExactly("T1", "T2");
		TransformerLoad t1 = loads.get(0);
		assertThat(t1.companies()).isEqualTo(2);
		assertThat(t1.electricity()).isEqualTo(MegawattHours.of(10_000));
		assertThat(t1.sumOfPeaks()).isEqualTo(Kilowatts.of(2500));
		assertThat(t1.utilisationHoursLowerBound()).isCloseTo(4000, within(1e-9));
		assertThat(loads.get(1).utilisationHoursLowerBound()).isCloseTo(6000, within(1e-9));
	}

	@Test
	void leavesATransformerUnknownWhenOneOfItsCompaniesLacksAFigure() {
		List<TransformerLoad> loads = TransformerLoad
			.of(List.of(facts("a", 8000.0, 1500.0, "T1"), facts("b", 2000.0, null, "T1")));

		assertThat(loads.get(0).companiesWithoutFigures()).isEqualTo(1);
		assertThat(loads.get(0).utilisationHoursLowerBound()).isNull();
	}

	private static YearlyFacts facts(String company, double electricityMwh, @Nullable Double peakKw,
			@Nullable String transformer) {
		Map<EnergyCarrier, MegawattHours> use = new EnumMap<>(EnergyCarrier.class);
		use.put(EnergyCarrier.ELECTRICITY, MegawattHours.of(electricityMwh));
		return new YearlyFacts(CompanyKey.of("test:" + company), 2024, use, null,
				peakKw == null ? null : Kilowatts.of(peakKw), transformer, null, null, null, null,
				Confidentiality.PRIVATE, null);
	}

}
