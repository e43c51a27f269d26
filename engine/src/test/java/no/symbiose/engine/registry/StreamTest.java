package no.symbiose.engine.registry;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.FlowUnit;

import static no.symbiose.engine.registry.RegistryFixtures.EQUINOR;
import static no.symbiose.engine.registry.RegistryFixtures.coolingWaterHeat;
import static no.symbiose.engine.registry.RegistryFixtures.flyAsh;
import static no.symbiose.engine.registry.RegistryFixtures.sawdust;
import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

class StreamTest {

	private static Stream stream(String key, StreamDirection direction, EwcCode ewc, MaterialClass material,
			HeatMedium medium, Celsius temperature, AnnualQuantity quantity) {
		return new Stream(CompanyKey.of(EQUINOR), 2024, key, direction, "name", ewc, material, medium, temperature,
				quantity, Availability.CONTINUOUS, null, null, Confidentiality.PRIVATE, null);
	}

	@Test
	void acceptsTheFixtures() {
		assertThat(sawdust().isHeat()).isFalse();
		assertThat(flyAsh().ewc().display()).isEqualTo("10 01 02");
		assertThat(coolingWaterHeat().isHeat()).isTrue();
	}

	@Test
	void rejectsAUnitOtherThanMegawattHoursForHeatEvenWithoutAQuantity() {
		Stream heat = coolingWaterHeat();

		assertViolates("registry.stream.heatNotInMegawattHours", () -> heat.requireFits(FlowUnit.TONNES_PER_YEAR));
		assertThat(heat.requireFits(FlowUnit.MEGAWATT_HOURS_PER_YEAR)).isEqualTo(FlowUnit.MEGAWATT_HOURS_PER_YEAR);
		assertThat(sawdust().requireFits(FlowUnit.TONNES_PER_YEAR)).isEqualTo(FlowUnit.TONNES_PER_YEAR);
	}

	@Test
	void rejectsAMalformedStreamKey() {
		assertViolates("registry.stream.keyFormat",
				() -> stream("Fly Ash", StreamDirection.PRODUCT, null, MaterialClass.ASH, null, null, null));
	}

	@Test
	void rejectsABlankName() {
		assertViolates("registry.stream.nameBlank",
				() -> new Stream(CompanyKey.of(EQUINOR), 2024, "a", StreamDirection.PRODUCT, " ", null,
						MaterialClass.ASH, null, null, null, Availability.CONTINUOUS, null, null,
						Confidentiality.PRIVATE, null));
	}

	@Test
	void rejectsWasteWithoutEwcCode() {
		assertViolates("registry.stream.wasteWithoutEwc",
				() -> stream("ash", StreamDirection.WASTE, null, MaterialClass.ASH, null, null, null));
	}

	@Test
	void rejectsExcessHeatWithoutMedium() {
		assertViolates("registry.stream.excessHeatWithoutMedium",
				() -> stream("heat", StreamDirection.EXCESS_HEAT, null, null, null, Celsius.of(80), null));
	}

	@Test
	void acceptsHeatWhoseTemperatureIsNotKnown() {
		Stream heat = stream("heat", StreamDirection.EXCESS_HEAT, null, null, HeatMedium.OTHER, null, null);

		assertThat(heat.isHeat()).isTrue();
		assertThat(heat.temperature()).isNull();
	}

	@Test
	void rejectsHeatMeasuredInTonnes() {
		assertViolates("registry.stream.heatNotInMegawattHours", () -> stream("steam", StreamDirection.SIDE_STREAM,
				null, null, HeatMedium.STEAM, Celsius.of(180), AnnualQuantity.tonnesPerYear(10)));
	}

	@Test
	void rejectsAMaterialStreamWithoutEwcOrMaterialClass() {
		assertViolates("registry.stream.withoutEwcOrMaterial",
				() -> stream("thing", StreamDirection.INPUT, null, null, null, null, null));
	}

	@Test
	void acceptsAMaterialStreamKnownOnlyByItsEwcCode() {
		assertThat(
				stream("slag", StreamDirection.SIDE_STREAM, EwcCode.parse("100202"), null, null, null, null).material())
			.isNull();
	}

	@Test
	void keepsQuantitiesOutOfToString() {
		assertThat(sawdust().toString()).doesNotContain("4000").doesNotContain("pellet");
	}

}
