package no.symbiose.engine.units;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import no.symbiose.engine.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FlowUnitTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "t/yr|TONNES_PER_YEAR", "t/år|TONNES_PER_YEAR", " T/YR |TONNES_PER_YEAR",
					"MWh/yr|MEGAWATT_HOURS_PER_YEAR", "MWh/år|MEGAWATT_HOURS_PER_YEAR",
					"mwh/yr|MEGAWATT_HOURS_PER_YEAR", "m3/yr|CUBIC_METRES_PER_YEAR", "m³/yr|CUBIC_METRES_PER_YEAR",
					"m3/år|CUBIC_METRES_PER_YEAR", "Nm3/yr|NORMAL_CUBIC_METRES_PER_YEAR",
					"Nm³/yr|NORMAL_CUBIC_METRES_PER_YEAR", "Nm3/år|NORMAL_CUBIC_METRES_PER_YEAR" })
	void readsSymbolsAndTheirBokmaalAndSuperscriptSpellings(String symbol, FlowUnit expected) {
		assertThat(FlowUnit.fromSymbol(symbol)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kg/yr", "GWh/yr", "t", "" })
	void rejectsAnUnknownUnitListingTheAllowedOnes(String symbol) {
		assertThatThrownBy(() -> FlowUnit.fromSymbol(symbol)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("t/yr, MWh/yr, m3/yr, Nm3/yr");
	}

	@Test
	void readsAQuantityInItsOwnUnit() {
		assertThat(AnnualQuantity.tonnesPerYear(120).asTonnes()).isEqualTo(Tonnes.of(120));
		assertThat(AnnualQuantity.megawattHoursPerYear(80).asMegawattHours()).isEqualTo(MegawattHours.of(80));
	}

	@Test
	void refusesToReadTonnesAsEnergy() {
		assertThatThrownBy(() -> AnnualQuantity.tonnesPerYear(120).asMegawattHours()).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).rule())
			.isEqualTo("units.annualQuantity.wrongUnit");
	}

	@Test
	void refusesToReadVolumeAsMass() {
		assertThatThrownBy(() -> AnnualQuantity.of(10, FlowUnit.CUBIC_METRES_PER_YEAR).asTonnes())
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void addsQuantitiesOfTheSameUnit() {
		// 1.5 + 2.25 = 3.75 t/yr
		AnnualQuantity sum = AnnualQuantity.tonnesPerYear(1.5).plus(AnnualQuantity.tonnesPerYear(2.25));
		assertThat(sum.amount()).isEqualTo(3.75, within(1e-12));
		assertThat(sum.unit()).isEqualTo(FlowUnit.TONNES_PER_YEAR);
	}

	@Test
	void refusesToAddQuantitiesOfDifferentUnits() {
		assertThatThrownBy(
				() -> AnnualQuantity.tonnesPerYear(1).plus(AnnualQuantity.of(1, FlowUnit.NORMAL_CUBIC_METRES_PER_YEAR)))
			.isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).rule())
			.isEqualTo("units.annualQuantity.differentUnits");
	}

	@Test
	void rejectsANegativeAnnualQuantity() {
		assertThatThrownBy(() -> AnnualQuantity.tonnesPerYear(-5)).isInstanceOf(RuleViolation.class);
	}

}
