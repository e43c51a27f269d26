package no.symbiose.engine.units;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class UnitsTest {

	@Test
	void addsTonnes() {
		assertThat(Tonnes.of(2).plus(Tonnes.of(3.5))).isEqualTo(Tonnes.of(5.5));
	}

	@Test
	void subtractsDownToZero() {
		assertThat(MegawattHours.of(10).minus(MegawattHours.of(10))).isEqualTo(MegawattHours.ZERO);
	}

	@Test
	void refusesASubtractionBelowZero() {
		// given 2 t − 3 t = −1 t
		assertThatThrownBy(() -> Tonnes.of(2).minus(Tonnes.of(3))).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).rule())
			.isEqualTo("units.negativeDifference");
	}

	@Test
	void rejectsANegativeQuantity() {
		assertThatThrownBy(() -> Decares.of(-1)).isInstanceOf(RuleViolation.class).hasMessageContaining("-1.0 daa");
	}

	@Test
	void rejectsANonFiniteQuantity() {
		assertThatThrownBy(() -> Kilowatts.of(Double.NaN)).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).rule())
			.isEqualTo("units.notFinite");
		assertThatThrownBy(() -> TonnesCo2e.of(Double.POSITIVE_INFINITY)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void rejectsNegativeKroner() {
		assertThatThrownBy(() -> Nok.of(-1)).isInstanceOf(RuleViolation.class);
		assertThat(Nok.of(400).minus(Nok.of(60))).isEqualTo(Nok.of(340));
	}

	@Test
	void convertsGigawattHoursToMegawattHours() {
		// 3.5 GWh × 1 000 = 3 500 MWh
		assertThat(MegawattHours.ofGigawattHours(3.5).value()).isEqualTo(3_500, within(1e-9));
		assertThat(MegawattHours.of(250).gigawattHours()).isEqualTo(0.25, within(1e-12));
	}

	@Test
	void convertsDecaresAndSquareMetres() {
		// 1 daa = 1 000 m²: 18 000 daa = 18 000 000 m²
		assertThat(Decares.of(18_000).toSquareMetres().value()).isEqualTo(18_000_000, within(1e-6));
		assertThat(SquareMetres.of(30_000).toDecares().value()).isEqualTo(30, within(1e-9));
	}

	@Test
	void acceptsNegativeCelsiusButNotBelowAbsoluteZero() {
		assertThat(Celsius.of(-40).value()).isEqualTo(-40);
		assertThat(Celsius.of(-273.15).value()).isEqualTo(-273.15);
		assertThatThrownBy(() -> Celsius.of(-273.16)).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).rule())
			.isEqualTo("units.belowAbsoluteZero");
	}

	@Test
	void addsTransformerCapacities() {
		assertThat(MegavoltAmperes.of(40).plus(MegavoltAmperes.of(25))).isEqualTo(MegavoltAmperes.of(65));
	}

}
