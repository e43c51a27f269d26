package no.symbiose.engine.registry;

import java.util.Set;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.SquareMetres;

import static no.symbiose.engine.registry.RegistryFixtures.TELEMARK;
import static no.symbiose.engine.registry.RegistryFixtures.heroya;
import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ParkTest {

	@Test
	void computesTheShareOfLandInUse() {
		// 1 100 / 1 400 = 0.7857
		assertThat(heroya().land().usedShare()).hasValueCloseTo(0.7857, within(1e-4));
		// 480 000 / 500 000 = 0.96
		assertThat(heroya().buildings().usedShare()).hasValueCloseTo(0.96, within(1e-9));
	}

	@Test
	void leavesTheShareUnknownWhenAFigureIsMissing() {
		assertThat(new LandUse(Decares.of(10), null, null).usedShare()).isEmpty();
	}

	@Test
	void rejectsMoreLandUsedThanThereIs() {
		assertViolates("registry.land.usedAboveTotal", () -> new LandUse(Decares.of(10), Decares.of(11), null));
	}

	@Test
	void rejectsMoreFreeZonedLandThanIsUnused() {
		// 100 − 80 = 20 daa unused, 21 claimed free
		assertViolates("registry.land.freeAboveUnused",
				() -> new LandUse(Decares.of(100), Decares.of(80), Decares.of(21)));
	}

	@Test
	void rejectsMoreBuildingAreaUsedThanThereIs() {
		assertViolates("registry.buildings.usedAboveTotal",
				() -> new BuildingUse(SquareMetres.of(100), SquareMetres.of(101)));
	}

	@Test
	void rejectsAMunicipalityOutsideTheCounty() {
		// 4601 Bergen lies in county 46 Vestland, not 40 Telemark
		assertViolates("registry.park.municipalityOutsideCounty",
				() -> new Park(ParkKey.of("x1"), "X", ParkKind.INDUSTRIPARK, null, TELEMARK,
						MunicipalityNumber.of("4601"), null, LandUse.UNKNOWN, BuildingUse.UNKNOWN, Set.of(), null,
						null));
	}

	@Test
	void rejectsABlankParkName() {
		assertViolates("registry.park.nameBlank", () -> new Park(ParkKey.of("x1"), "  ", ParkKind.INDUSTRIPARK, null,
				TELEMARK, null, null, LandUse.UNKNOWN, BuildingUse.UNKNOWN, Set.of(), null, null));
	}

	@Test
	void remarksOnAnIndustrialParkOfThirtyDecaresOrLess() {
		assertThat(ParkKind.INDUSTRIPARK.sizeRemarks(Decares.of(30)))
			.containsExactly("registry.parkKind.industripark.belowTypicalSize");
		assertThat(ParkKind.INDUSTRIPARK.sizeRemarks(Decares.of(31))).isEmpty();
		assertThat(heroya().sizeRemarks()).isEmpty();
	}

	@Test
	void remarksOnABusinessParkOutsideThreeToTwentyDecares() {
		assertThat(ParkKind.NAERINGSPARK.sizeRemarks(Decares.of(2.9)))
			.containsExactly("registry.parkKind.naeringspark.belowTypicalSize");
		assertThat(ParkKind.NAERINGSPARK.sizeRemarks(Decares.of(20))).isEmpty();
		assertThat(ParkKind.NAERINGSPARK.sizeRemarks(Decares.of(21)))
			.containsExactly("registry.parkKind.naeringspark.aboveTypicalSize");
	}

	@Test
	void remarksOnATechnologyParkOutsideThreeToHundredDecares() {
		assertThat(ParkKind.TEKNOLOGIPARK.sizeRemarks(Decares.of(101)))
			.containsExactly("registry.parkKind.teknologipark.aboveTypicalSize");
		assertThat(ParkKind.TEKNOLOGIPARK.sizeRemarks(null)).isEmpty();
	}

}
