package no.symbiose.engine.registry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.SquareMetres;

import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LandSurveyAndPlotTest {

	private static final List<ParkKey> EIGHT = List
		.of("heroya", "mo", "mongstad", "treklyngen", "raufoss", "kongsberg", "verdal", "skogmo")
		.stream()
		.map(ParkKey::of)
		.toList();

	static LandSurvey siva2024() {
		return new LandSurvey("siva-2024", 2024, EIGHT, 7, Decares.of(18_000), Decares.of(3_700), 0.79,
				SquareMetres.of(30_000), 0.96, "shared/seeds/002", null);
	}

	@Test
	void derivesLandInUseAsTotalLessFreeAndZoned() {
		// 18 000 − 3 700 = 14 300 daa
		assertThat(siva2024().landUsedDerived()).isEqualTo(Decares.of(14_300));
	}

	@Test
	void derivesTheTotalBuildingAreaFromTheFreeAreaAndTheUseShare() {
		// 30 000 / (1 − 0.96) = 750 000 m²; in use 750 000 − 30 000 = 720 000 m²
		assertThat(siva2024().buildingTotalDerived().value()).isCloseTo(750_000, within(1e-6));
		assertThat(siva2024().buildingUsedDerived().value()).isCloseTo(720_000, within(1e-6));
	}

	@Test
	void leavesTheBuildingTotalUnknownWhenEveryBuildingIsInUse() {
		LandSurvey full = new LandSurvey("full", 2024, EIGHT, 7, null, null, null, SquareMetres.of(0), 1.0, "test",
				null);

		assertThat(full.buildingTotalDerived()).isNull();
	}

	@Test
	void rejectsMoreParksAnsweringThanTheGroupHas() {
		assertViolates("registry.landSurvey.answeredOutsideGroup",
				() -> new LandSurvey("s1", 2024, EIGHT, 9, null, null, null, null, null, "test", null));
	}

	@Test
	void rejectsMoreFreeLandThanTotal() {
		assertViolates("registry.landSurvey.freeAboveTotal", () -> new LandSurvey("s2", 2024, EIGHT, 7, Decares.of(100),
				Decares.of(101), null, null, null, "test", null));
	}

	@Test
	void rejectsAShareAboveOne() {
		// 79 written as a share instead of 0.79
		assertViolates("registry.landSurvey.shareRange",
				() -> new LandSurvey("s3", 2024, EIGHT, 7, null, null, 79.0, null, null, "test", null));
	}

	@Test
	void rejectsASurveyWithoutSource() {
		assertViolates("registry.landSurvey.sourceBlank",
				() -> new LandSurvey("s4", 2024, EIGHT, 7, null, null, null, null, null, " ", null));
	}

	@Test
	void keepsAPlotWithItsLabelTrimmed() {
		FreePlot plot = new FreePlot(ParkKey.of("heroya"), "  Tomt B3 ", FreePlot.area(12.5), ZoningStatus.ZONED,
				LocalDate.of(2025, 1, 1), " ");

		assertThat(plot.label()).isEqualTo("Tomt B3");
		assertThat(plot.source()).isNull();
	}

	@Test
	void rejectsAPlotWithoutLabel() {
		assertViolates("registry.plot.labelBlank",
				() -> new FreePlot(ParkKey.of("heroya"), " ", Decares.of(1), ZoningStatus.ZONED, null, null));
	}

	@Test
	void rejectsAPlotOfNoOrNegativeArea() {
		assertViolates("registry.plot.areaNotPositive", () -> FreePlot.area(-5));
		assertViolates("registry.plot.areaNotPositive", () -> FreePlot.area(0));
		assertViolates("registry.plot.areaNotPositive",
				() -> new FreePlot(ParkKey.of("heroya"), "A", Decares.ZERO, ZoningStatus.ZONED, null, null));
	}

	@Test
	void readsZoningStatusesByKey() {
		assertThat(ZoningStatus.fromKey("being_zoned")).isEqualTo(ZoningStatus.BEING_ZONED);
		assertViolates("registry.plot.zoningUnknown", () -> ZoningStatus.fromKey("maybe"));
	}

}
