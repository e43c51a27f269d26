package no.symbiose.engine.registry;

import org.junit.jupiter.api.Test;

import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnumKeysTest {

	@Test
	void keysAreLowerCaseNamesReadCaseInsensitively() {
		assertThat(HeatMedium.HOT_WATER.key()).isEqualTo("hot_water");
		assertThat(HeatMedium.fromKey(" Hot_Water ")).isEqualTo(HeatMedium.HOT_WATER);
		assertThat(Infrastructure.fromKey("district_heating")).isEqualTo(Infrastructure.DISTRICT_HEATING);
		assertThat(StreamDirection.fromKey("excess_heat")).isEqualTo(StreamDirection.EXCESS_HEAT);
		assertThat(NaceVersion.fromKey("sn2025")).isEqualTo(NaceVersion.SN2025);
	}

	@Test
	void everyKeyReadsBackToItsConstant() {
		for (MaterialClass material : MaterialClass.values()) {
			assertThat(MaterialClass.fromKey(material.key())).isEqualTo(material);
		}
		for (EnergyCarrier carrier : EnergyCarrier.values()) {
			assertThat(EnergyCarrier.fromKey(carrier.key())).isEqualTo(carrier);
		}
	}

	@Test
	void offersAboutFortyMaterialClassesIncludingThoseOfTheImportFormat() {
		assertThat(MaterialClass.values()).hasSizeBetween(38, 42);
		assertThat(MaterialClass.fromKey("slag")).isEqualTo(MaterialClass.SLAG);
		assertThat(MaterialClass.fromKey("wood_residues")).isEqualTo(MaterialClass.WOOD_RESIDUES);
	}

	@Test
	void rejectsAnUnknownKeyListingTheAllowedOnes() {
		assertThatThrownBy(() -> Confidentiality.fromKey("secret")).isInstanceOf(RuleViolation.class)
			.hasMessage("\"secret\" is not a known confidentiality; allowed: public, park, private");
		assertViolates("registry.organisationModel.unknown", () -> OrganisationModel.fromKey("cooperative"));
	}

	@Test
	void readsParkKindsIncludingTheBokmaalSpelling() {
		assertThat(ParkKind.fromKey("industripark")).isEqualTo(ParkKind.INDUSTRIPARK);
		assertThat(ParkKind.fromKey("næringspark")).isEqualTo(ParkKind.NAERINGSPARK);
		assertThat(ParkKind.TEKNOLOGIPARK.key()).isEqualTo("teknologipark");
	}

}
