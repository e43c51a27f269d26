package no.symbiose.engine.accounting;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import no.symbiose.engine.accounting.LandAccount.Basis;
import no.symbiose.engine.accounting.LandAccount.ParkEntry;
import no.symbiose.engine.accounting.LandAccount.SurveyStatus;
import no.symbiose.engine.registry.BuildingUse;
import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.FreePlot;
import no.symbiose.engine.registry.LandSurvey;
import no.symbiose.engine.registry.LandUse;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.ZoningStatus;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.SquareMetres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-checkable land accounts. The survey is source 002's: 18 000 daa at 7 of 8 parks, 3
 * 700 daa free and zoned, 79 %; 30 000 m² free buildings, 96 %.
 */
class LandAccountingTest {

	private static final CountyNumber TELEMARK = CountyNumber.of("40");

	private static final CountyNumber NORDLAND = CountyNumber.of("18");

	private static final ParkKey HEROYA = ParkKey.of("heroya");

	private static final ParkKey MO = ParkKey.of("mo");

	private static final ParkKey FJORD = ParkKey.of("fjordparken");

	private static final ParkKey BAY = ParkKey.of("bukta");

	/** 002's survey over a group of two parks here, so cases stay small. */
	private static LandSurvey survey(int year) {
		return new LandSurvey("siva-" + year, year, List.of(HEROYA, MO), 2, Decares.of(18_000), Decares.of(3_700), 0.79,
				SquareMetres.of(30_000), 0.96, "shared/seeds/002", null);
	}

	private static ParkLand withoutFigures(ParkKey key, CountyNumber county) {
		return new ParkLand(key, key.value(), county, null, LandUse.UNKNOWN, BuildingUse.UNKNOWN, null);
	}

	/** 1 000 daa, 800 used, 150 free; 40 000 m² buildings, 38 000 used. */
	private static ParkLand fjordparken(@Nullable Integer year) {
		return new ParkLand(FJORD, "Fjordparken", TELEMARK, year,
				new LandUse(Decares.of(1_000), Decares.of(800), Decares.of(150)),
				new BuildingUse(SquareMetres.of(40_000), SquareMetres.of(38_000)), "test");
	}

	private static List<ParkLand> surveyParksAnd(ParkLand... more) {
		List<ParkLand> parks = new java.util.ArrayList<>(
				List.of(withoutFigures(HEROYA, TELEMARK), withoutFigures(MO, NORDLAND)));
		parks.addAll(List.of(more));
		return parks;
	}

	@Test
	void reproducesTheSurveyOf002ForTheNation() {
		LandAccount account = LandAccounting.of(2024, LandScope.ofNation(), surveyParksAnd(), List.of(survey(2024)),
				List.of());

		LandFigures total = account.total();
		assertThat(total.landTotal().value()).isEqualTo(Decares.of(18_000));
		assertThat(total.landFreeZoned().value()).isEqualTo(Decares.of(3_700));
		// 18 000 − 3 700 = 14 300; 14 300 / 18 000 = 0.79444
		assertThat(total.landUsed().value()).isEqualTo(Decares.of(14_300));
		assertThat(total.landUsed().derived()).isTrue();
		assertThat(total.landUse().value()).isCloseTo(14_300.0 / 18_000, within(1e-12));
		assertThat(total.landUse().reported()).isEqualTo(0.79);
		// 30 000 free; 30 000 / (1 − 0.96) = 750 000 total, derived
		assertThat(total.buildingFree().value()).isEqualTo(SquareMetres.of(30_000));
		assertThat(total.buildingFree().derived()).isFalse();
		assertThat(total.buildingTotal().value().value()).isCloseTo(750_000, within(1e-6));
		assertThat(total.buildingTotal().derived()).isTrue();
		assertThat(total.buildingUse().value()).isCloseTo(0.96, within(1e-12));
		assertThat(total.parks()).isEqualTo(2);
		assertThat(account.parks()).extracting(ParkEntry::basis).containsOnly(Basis.SURVEY_ONLY);
		// 90 % − 79.444 % = 10.556 points to the target
		assertThat(account.landUseGap()).isCloseTo(0.90 - 14_300.0 / 18_000, within(1e-12));
		assertThat(account.buildingUseGap()).isCloseTo(0.02, within(1e-12));
	}

	@Test
	void addsAParkWithOwnFiguresOutsideTheSurveyToTheSurvey() {
		LandAccount account = LandAccounting.of(2024, LandScope.ofNation(), surveyParksAnd(fjordparken(2024)),
				List.of(survey(2024)), List.of());

		// 18 000 + 1 000 = 19 000 daa; used 14 300 + 800 = 15 100; free 3 700 + 150 =
		// 3 850
		assertThat(account.own().landTotal().value()).isEqualTo(Decares.of(1_000));
		assertThat(account.total().landTotal().value()).isEqualTo(Decares.of(19_000));
		assertThat(account.total().landUsed().value()).isEqualTo(Decares.of(15_100));
		assertThat(account.total().landFreeZoned().value()).isEqualTo(Decares.of(3_850));
		assertThat(account.total().landUse().value()).isCloseTo(15_100.0 / 19_000, within(1e-12));
		// two sources now: no single reported share
		assertThat(account.total().landUse().reported()).isNull();
		// buildings: 750 000 + 40 000 = 790 000; used 720 000 + 38 000 = 758 000
		assertThat(account.total().buildingUse().value()).isCloseTo(758_000.0 / 790_000, within(1e-12));
		assertThat(account.total().parks()).isEqualTo(3);
		assertThat(basisOf(account, FJORD)).isEqualTo(Basis.OWN_FIGURES);
	}

	@Test
	void neverCountsAParkOfACountedSurveyAgainWithItsOwnFigures() {
		ParkLand heroya = new ParkLand(HEROYA, "Herøya", TELEMARK, 2024,
				new LandUse(Decares.of(5_000), Decares.of(4_000), Decares.of(500)), BuildingUse.UNKNOWN, "test");

		LandAccount account = LandAccounting.of(2024, LandScope.ofNation(),
				List.of(heroya, withoutFigures(MO, NORDLAND)), List.of(survey(2024)), List.of());

		assertThat(account.total().landTotal().value()).isEqualTo(Decares.of(18_000));
		assertThat(account.own().landTotal()).isNull();
		assertThat(basisOf(account, HEROYA)).isEqualTo(Basis.COUNTED_IN_SURVEY);
		assertThat(entryOf(account, HEROYA).survey()).isEqualTo("siva-2024");
	}

	@Test
	void letsOwnFiguresOfEveryParkOfTheGroupReplaceTheSurvey() {
		ParkLand heroya = new ParkLand(HEROYA, "Herøya", TELEMARK, 2024,
				new LandUse(Decares.of(5_000), Decares.of(4_000), null), BuildingUse.UNKNOWN, "test");
		ParkLand mo = new ParkLand(MO, "Mo", NORDLAND, 2024, new LandUse(Decares.of(3_000), Decares.of(2_700), null),
				BuildingUse.UNKNOWN, "test");

		LandAccount account = LandAccounting.of(2024, LandScope.ofNation(), List.of(heroya, mo), List.of(survey(2024)),
				List.of());

		// 5 000 + 3 000 = 8 000 daa, 4 000 + 2 700 = 6 700 used
		assertThat(account.surveys().get(0).status()).isEqualTo(SurveyStatus.SUPERSEDED_BY_OWN_FIGURES);
		assertThat(account.total().landTotal().value()).isEqualTo(Decares.of(8_000));
		assertThat(account.total().landUse().value()).isCloseTo(6_700.0 / 8_000, within(1e-12));
	}

	@Test
	void showsTheSurveyBesideACountysSumsWhenItsGroupSpansCounties() {
		List<ParkLand> telemark = List.of(withoutFigures(HEROYA, TELEMARK), fjordparken(2024));

		LandAccount account = LandAccounting.of(2024, LandScope.ofParks(Set.of(HEROYA, FJORD)), telemark,
				List.of(survey(2024)), List.of());

		assertThat(account.surveys()).singleElement().satisfies(s -> {
			assertThat(s.status()).isEqualTo(SurveyStatus.GROUP_OUTSIDE_SCOPE);
			assertThat(s.groupInScope()).isEqualTo(1);
		});
		assertThat(account.total().landTotal().value()).isEqualTo(Decares.of(1_000));
		assertThat(basisOf(account, HEROYA)).isEqualTo(Basis.NO_FIGURES);
	}

	@Test
	void leavesOutFiguresOfAnotherYearOrOfNoStatedYear() {
		LandAccount undated = LandAccounting.of(2024, LandScope.ofNation(), List.of(fjordparken(null)), List.of(),
				List.of());
		LandAccount of2023 = LandAccounting.of(2024, LandScope.ofNation(), List.of(fjordparken(2023)), List.of(),
				List.of());

		assertThat(undated.total().landTotal()).isNull();
		assertThat(basisOf(undated, FJORD)).isEqualTo(Basis.FIGURES_OF_ANOTHER_YEAR);
		assertThat(of2023.total().landTotal()).isNull();
		// the park's own figures are still there to show
		assertThat(entryOf(of2023, FJORD).figures().landTotal().value()).isEqualTo(Decares.of(1_000));
	}

	@Test
	void leavesOutSurveysOfOtherYears() {
		LandAccount account = LandAccounting.of(2025, LandScope.ofNation(), surveyParksAnd(), List.of(survey(2024)),
				List.of());

		assertThat(account.surveys()).isEmpty();
		assertThat(account.total().landTotal()).isNull();
		assertThat(account.parks()).extracting(ParkEntry::basis).containsOnly(Basis.NO_FIGURES);
	}

	@Test
	void countsASurveyOverlappingOneCountedBeforeItNotAtAll() {
		LandSurvey other = new LandSurvey("tillegg-2024", 2024, List.of(MO, BAY), 2, Decares.of(500), null, null, null,
				null, "test", null);
		List<ParkLand> parks = surveyParksAnd(withoutFigures(BAY, NORDLAND));

		LandAccount account = LandAccounting.of(2024, LandScope.ofNation(), parks, List.of(survey(2024), other),
				List.of());

		// "siva-2024" sorts before "tillegg-2024" and is counted; the other shares Mo
		assertThat(account.surveys()).extracting(s -> s.status())
			.containsExactly(SurveyStatus.COUNTED, SurveyStatus.OVERLAPS_COUNTED_SURVEY);
		assertThat(account.surveys().get(1).overlapsWith()).isEqualTo("siva-2024");
		assertThat(account.total().landTotal().value()).isEqualTo(Decares.of(18_000));
	}

	@Test
	void derivesAParksLandInUseWhenOnlyTotalAndFreeAreKnown() {
		// 1 200.5 − 85 = 1 115.5 daa; 1 115.5 / 1 200.5 = 0.92920
		ParkLand park = new ParkLand(FJORD, "Fjordparken", TELEMARK, 2024,
				new LandUse(Decares.of(1_200.5), null, Decares.of(85)), BuildingUse.UNKNOWN, "test");

		LandFigures figures = LandFigures.of(park);

		assertThat(figures.landUsed().value().value()).isCloseTo(1_115.5, within(1e-9));
		assertThat(figures.landUsed().derived()).isTrue();
		assertThat(figures.landUse().value()).isCloseTo(1_115.5 / 1_200.5, within(1e-12));
		assertThat(figures.landUse().derived()).isTrue();
	}

	@Test
	void derivesAParksFreeBuildingAreaFromTotalLessUsed() {
		// 40 000 − 38 000 = 2 000 m²; 38 000 / 40 000 = 95 %
		LandFigures figures = LandFigures.of(fjordparken(2024));

		assertThat(figures.buildingFree().value()).isEqualTo(SquareMetres.of(2_000));
		assertThat(figures.buildingFree().derived()).isTrue();
		assertThat(figures.buildingUse().value()).isCloseTo(0.95, within(1e-12));
		assertThat(figures.buildingUse().derived()).isFalse();
	}

	@Test
	void listsFreePlotsPerParkLargestFirstAndCountsTheParksThatMappedThem() {
		List<FreePlot> plots = List.of(new FreePlot(FJORD, "A", Decares.of(12), ZoningStatus.ZONED, null, null),
				new FreePlot(FJORD, "B", Decares.of(30), ZoningStatus.BEING_ZONED, null, null),
				new FreePlot(BAY, "elsewhere", Decares.of(5), ZoningStatus.ZONED, null, null));

		LandAccount account = LandAccounting.of(2024, LandScope.ofParks(Set.of(FJORD)), List.of(fjordparken(2024)),
				List.of(), plots);

		ParkEntry fjord = entryOf(account, FJORD);
		assertThat(fjord.plots()).extracting(FreePlot::label).containsExactly("B", "A");
		// 12 + 30 = 42 daa mapped, of which 12 zoned
		assertThat(fjord.plotsArea()).isEqualTo(Decares.of(42));
		assertThat(fjord.zonedPlotsArea()).isEqualTo(Decares.of(12));
		assertThat(account.parksWithPlots()).isEqualTo(1);
		// plots are the map behind the park's free land, not added to it
		assertThat(account.total().landFreeZoned().value()).isEqualTo(Decares.of(150));
	}

	private static ParkEntry entryOf(LandAccount account, ParkKey key) {
		return account.parks().stream().filter(e -> e.park().park().equals(key)).findFirst().orElseThrow();
	}

	private static Basis basisOf(LandAccount account, ParkKey key) {
		return entryOf(account, key).basis();
	}

}
