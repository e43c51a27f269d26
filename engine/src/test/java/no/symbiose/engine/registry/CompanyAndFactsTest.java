package no.symbiose.engine.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Nok;

import static no.symbiose.engine.registry.RegistryFixtures.EQUINOR;
import static no.symbiose.engine.registry.RegistryFixtures.aSawmill;
import static no.symbiose.engine.registry.RegistryFixtures.equinorFacts2024;
import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CompanyAndFactsTest {

	@Test
	void fillsTheOrgNumberFromTheKey() {
		Company company = new Company(CompanyKey.of(EQUINOR), null, "Equinor ASA", null, null, null, null);
		assertThat(company.orgNumber()).isEqualTo(EQUINOR);
		assertThat(aSawmill().orgNumber()).isNull();
	}

	@Test
	void rejectsAnOrgNumberThatDiffersFromTheKey() {
		// 986228608 is valid (see OrgNumberTest) but not Equinor's
		assertViolates("registry.company.orgNumberMismatch", () -> new Company(CompanyKey.of(EQUINOR),
				OrgNumber.of("986228608"), "Equinor ASA", null, null, null, null));
	}

	@Test
	void rejectsABlankCompanyName() {
		assertViolates("registry.company.nameBlank",
				() -> new Company(CompanyKey.of("hotmaps:1"), null, "", null, null, null, null));
	}

	@Test
	void tenancyIsActiveFromItsFirstToItsLastDay() {
		Tenancy tenancy = new Tenancy(CompanyKey.of(EQUINOR), ParkKey.of("heroya"), LocalDate.of(2020, 1, 1),
				LocalDate.of(2024, 12, 31));
		assertThat(tenancy.activeOn(LocalDate.of(2019, 12, 31))).isFalse();
		assertThat(tenancy.activeOn(LocalDate.of(2020, 1, 1))).isTrue();
		assertThat(tenancy.activeOn(LocalDate.of(2024, 12, 31))).isTrue();
		assertThat(tenancy.activeOn(LocalDate.of(2025, 1, 1))).isFalse();
	}

	@Test
	void openTenancyStaysActive() {
		Tenancy tenancy = new Tenancy(CompanyKey.of(EQUINOR), ParkKey.of("heroya"), LocalDate.of(2020, 1, 1), null);
		assertThat(tenancy.activeOn(LocalDate.of(2099, 1, 1))).isTrue();
	}

	@Test
	void rejectsATenancyEndingBeforeItStarts() {
		assertViolates("registry.tenancy.endsBeforeStart", () -> new Tenancy(CompanyKey.of(EQUINOR),
				ParkKey.of("heroya"), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
	}

	@Test
	void totalsEnergyOverKnownCarriers() {
		// 1 000 MWh electricity + 250 MWh natural gas = 1 250 MWh
		assertThat(equinorFacts2024().totalEnergyUse().value()).isEqualTo(1_250, within(1e-9));
	}

	@Test
	void copiesTheEnergyMapUnmodifiable() {
		Map<EnergyCarrier, MegawattHours> energy = new HashMap<>();
		energy.put(EnergyCarrier.BIOMASS, MegawattHours.of(5));
		YearlyFacts facts = new YearlyFacts(CompanyKey.of(EQUINOR), 2024, energy, null, null, null, null, null, null,
				null, Confidentiality.PUBLIC, null);
		energy.put(EnergyCarrier.HYDROGEN, MegawattHours.of(1));
		assertThat(facts.energyUse()).containsOnlyKeys(EnergyCarrier.BIOMASS);
		assertThatThrownBy(() -> facts.energyUse().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void rejectsAYearOutsideNineteenNinetyToTwentyOneHundred() {
		assertViolates("registry.year.range", () -> new YearlyFacts(CompanyKey.of(EQUINOR), 1989, Map.of(), null, null,
				null, null, null, null, null, Confidentiality.PUBLIC, null));
	}

	@Test
	void rejectsNegativeEmployees() {
		assertViolates("registry.facts.employeesNegative", () -> new YearlyFacts(CompanyKey.of(EQUINOR), 2024, Map.of(),
				null, null, null, null, -1, null, null, Confidentiality.PUBLIC, null));
	}

	@Test
	void rejectsExportAboveTurnover() {
		assertViolates("registry.facts.exportAboveTurnover", () -> new YearlyFacts(CompanyKey.of(EQUINOR), 2024,
				Map.of(), null, null, null, null, null, Nok.of(100), Nok.of(101), Confidentiality.PUBLIC, null));
	}

	@Test
	void keepsFiguresOutOfToString() {
		assertThat(equinorFacts2024().toString()).doesNotContain("1000000").doesNotContain("850000");
	}

}
