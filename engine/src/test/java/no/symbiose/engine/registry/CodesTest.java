package no.symbiose.engine.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

class CodesTest {

	@ParameterizedTest
	@ValueSource(strings = { "24", "24.4", "24.42", "24.421" })
	void acceptsNaceCodesFromDivisionToSubClass(String code) {
		assertThat(new NaceCode(NaceVersion.SN2025, code).division()).isEqualTo("24");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2", "24.", "24.4211", "24,42", "C24" })
	void rejectsMalformedNaceCodes(String code) {
		assertViolates("registry.nace.format", () -> new NaceCode(NaceVersion.SN2007, code));
	}

	@ParameterizedTest
	@ValueSource(strings = { "01 03 04*", "01 03 04", "010304" })
	void parsesEwcCodesWithOrWithoutSpacesAndAsterisk(String text) {
		EwcCode code = EwcCode.parse(text);
		assertThat(code.code()).isEqualTo("010304");
		assertThat(code.display()).isEqualTo("01 03 04");
		assertThat(code.chapter()).isEqualTo("01");
		assertThat(code.subChapter()).isEqualTo("0103");
	}

	@Test
	void rejectsEwcCodesThatAreNotSixDigits() {
		assertViolates("registry.ewc.format", () -> EwcCode.parse("10 01"));
	}

	@Test
	void rejectsEwcChaptersOutsideTheList() {
		assertViolates("registry.ewc.chapter", () -> EwcCode.parse("21 01 01"));
	}

	@Test
	void findsTheCountyOfAMunicipality() {
		assertThat(MunicipalityNumber.of("4001").county()).isEqualTo(CountyNumber.of("40"));
	}

	@Test
	void rejectsMalformedCountyAndMunicipalityNumbers() {
		assertViolates("registry.county.format", () -> CountyNumber.of("4"));
		assertViolates("registry.municipality.format", () -> MunicipalityNumber.of("401"));
	}

	@Test
	void tellsRecoveryFromDisposal() {
		assertThat(TreatmentCode.of("R13").isRecovery()).isTrue();
		assertThat(TreatmentCode.of("d15").isRecovery()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "R0", "R14", "D16", "X1", "R" })
	void rejectsTreatmentCodesOutsideTheDirective(String code) {
		assertViolates("registry.treatment.unknown", () -> TreatmentCode.of(code));
	}

	@Test
	void acceptsParkSlugs() {
		assertThat(ParkKey.of("mo-industripark").value()).isEqualTo("mo-industripark");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Heroya", "-heroya", "h", "herøya" })
	void rejectsParkKeysThatAreNotSlugs(String key) {
		assertViolates("registry.parkKey.format", () -> ParkKey.of(key));
	}

	@Test
	void readsTheOrgNumberOfACompanyKey() {
		assertThat(CompanyKey.of("923609016").orgNumber()).contains(OrgNumber.of("923609016"));
		assertThat(CompanyKey.of("hotmaps:741").orgNumber()).isEmpty();
	}

	@Test
	void rejectsACompanyKeyWithABadCheckDigit() {
		assertViolates("registry.orgNumber.checkDigit", () -> CompanyKey.of("923609017"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "741", "Hotmaps:741", "hotmaps:", "hotmaps 741" })
	void rejectsCompanyKeysThatAreNeitherOrgNumberNorReference(String key) {
		assertViolates("registry.companyKey.format", () -> CompanyKey.of(key));
	}

}
