package no.symbiose.engine.symbiosis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.GeoPoint;

import static no.symbiose.engine.symbiosis.SymbiosisFixtures.BREVIK;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.MO_I_RANA;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.PORSGRUNN;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.aCementPlant;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.ashInput;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.excessHeat;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.flyAsh;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.heatNeed;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.testKnowledgeBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CandidateGeneratorTest {

	private final CandidateGenerator generator = new CandidateGenerator(testKnowledgeBase());

	@Test
	void findsFlyAshForACementPlantNearbyAndMeasuresTheDistanceOnTheEllipsoid() {
		// given ash in Porsgrunn and an ash input in Brevik
		MatchStream ash = flyAsh("smelter", PORSGRUNN, 4000.0);
		MatchStream need = ashInput("cement", BREVIK, 10000.0, Availability.CONTINUOUS);
		// when
		MatchResult result = this.generator.generate(List.of(ash), List.of(need), MatchSettings.DEFAULT);
		// then
		assertThat(result.candidates()).singleElement().satisfies(c -> {
			assertThat(c.rule().id()).isEqualTo("ash-to-cement");
			assertThat(c.distanceKm()).isCloseTo(PORSGRUNN.distanceKmTo(BREVIK), within(1e-9));
			assertThat(c.mode()).isEqualTo(TransportMode.TRUCK);
		});
	}

	@Test
	void leavesOutDemandsBeyondEveryModesReach() {
		// Porsgrunn to Mo i Rana is about 830 km: beyond rail (400) but within ship (1
		// 500)
		MatchResult result = this.generator.generate(List.of(flyAsh("smelter", PORSGRUNN, 1.0)),
				List.of(ashInput("cement", MO_I_RANA, 1.0, Availability.CONTINUOUS)), MatchSettings.DEFAULT);
		assertThat(result.candidates()).singleElement()
			.satisfies(c -> assertThat(c.mode()).isEqualTo(TransportMode.SHIP));

		// heat travels by pipe only, 20 km at most
		MatchResult heat = this.generator.generate(List.of(excessHeat("smelter", PORSGRUNN, 95.0, 100)),
				List.of(heatNeed("town", MO_I_RANA, 70.0, 100)), MatchSettings.DEFAULT);
		assertThat(heat.candidates()).isEmpty();
	}

	@Test
	void matchesStreamsOfOneCompanyWithoutALocation() {
		MatchResult result = this.generator.generate(List.of(excessHeat("hub", null, 95.0, 100)),
				List.of(heatNeed("hub", null, 70.0, 40)), MatchSettings.DEFAULT);

		assertThat(result.candidates()).singleElement().satisfies(c -> {
			assertThat(c.has(CandidateFlag.SAME_COMPANY)).isTrue();
			assertThat(c.distanceKm()).isZero();
			assertThat(c.mode()).isNull();
		});
	}

	@Test
	void findsACompanyThatCouldReceiveByItsActivity() {
		MatchResult result = this.generator.generate(List.of(flyAsh("smelter", PORSGRUNN, 4000.0)),
				List.of(aCementPlant("norcem", BREVIK)), MatchSettings.DEFAULT);

		assertThat(result.candidates()).singleElement().satisfies(c -> {
			assertThat(c.has(CandidateFlag.IMPLICIT_DEMAND)).isTrue();
			assertThat(c.figures().quantity()).isEqualTo(4000.0);
			assertThat(c.figures().upperBound()).isTrue();
		});
	}

	@Test
	void usesTheRuleOfTheReceiversActivityWhenItIsKnown() {
		// given a heat need of a district-heating company (NACE 35.30) and one of a
		// company
		// whose activity is not known
		MatchStream districtHeating = new MatchStream("dh", MatchSide.DEMAND,
				no.symbiose.engine.registry.CompanyKey.of("test:fjernvarme"), BREVIK, "Fjernvarme", null, null, null,
				true, null, no.symbiose.engine.units.AnnualQuantity.megawattHoursPerYear(100), Availability.CONTINUOUS,
				no.symbiose.engine.registry.NaceCode.of(no.symbiose.engine.registry.NaceVersion.SN2007, "35.300"));
		MatchStream unknownActivity = heatNeed("other", BREVIK, 70.0, 100);
		// when
		MatchResult result = this.generator.generate(List.of(excessHeat("smelter", BREVIK, 95.0, 100)),
				List.of(districtHeating, unknownActivity), MatchSettings.DEFAULT);
		// then the district-heating rule for the first, the rule for any declared need
		// for the second
		assertThat(result.candidates()).extracting(c -> c.demand().id() + " " + c.rule().id())
			.containsExactlyInAnyOrder("dh heat-to-district-heating", "heat-in@other heat-to-declared-need");
	}

	@Test
	void givesOneCandidatePerPairAndNamesTheOtherUses() {
		// both ash-to-cement (800 kg CO2e/t avoided) and ash-to-road (no factor) join
		// this pair
		MatchResult result = this.generator.generate(List.of(flyAsh("smelter", PORSGRUNN, 10.0)),
				List.of(ashInput("user", BREVIK, 10.0, Availability.CONTINUOUS)), MatchSettings.DEFAULT);

		assertThat(result.candidates()).singleElement().satisfies(c -> {
			assertThat(c.rule().id()).isEqualTo("ash-to-cement");
			assertThat(c.explanation().steps()).last()
				.isEqualTo(
						new Explanation.Step("symbiosis.explain.otherUses", List.of("Aske til vei", "Ash to roads")));
		});
	}

	@Test
	void prefersTheUseOfTheReceiversActivityOverALargerGain() {
		// a road builder (NACE 42.11) gets ash-to-road though ash-to-cement gains more
		// per tonne
		MatchStream roadBuilder = new MatchStream("road", MatchSide.DEMAND,
				no.symbiose.engine.registry.CompanyKey.of("test:veg"), BREVIK, "Aske", null, null,
				no.symbiose.engine.registry.MaterialClass.ASH, false, null, null, Availability.CONTINUOUS,
				no.symbiose.engine.registry.NaceCode.of(no.symbiose.engine.registry.NaceVersion.SN2007, "42.110"));

		MatchResult result = this.generator.generate(List.of(flyAsh("smelter", PORSGRUNN, 10.0)), List.of(roadBuilder),
				MatchSettings.DEFAULT);

		assertThat(result.candidates()).singleElement()
			.satisfies(c -> assertThat(c.rule().id()).isEqualTo("ash-to-road"));
	}

	@Test
	void ranksKnownNetSavingsFirstLargestFirst() {
		MatchStream small = flyAsh("small", PORSGRUNN, 10.0);
		MatchStream large = flyAsh("large", PORSGRUNN, 1000.0);
		MatchStream unknown = flyAsh("unknown", PORSGRUNN, null);
		MatchStream need = ashInput("cement", BREVIK, 5000.0, Availability.CONTINUOUS);

		MatchResult result = this.generator.generate(List.of(small, unknown, large), List.of(need),
				MatchSettings.DEFAULT);

		assertThat(result.candidates()).extracting(c -> c.supply().id())
			.containsExactly(large.id(), small.id(), unknown.id());
	}

	@Test
	void theSpatialIndexFindsExactlyWhatComparingAllPairsFinds() {
		// given a few hundred streams scattered over southern Norway, some at one site
		SplittableRandom random = new SplittableRandom(42);
		List<MatchStream> supplies = new ArrayList<>();
		List<MatchStream> demands = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			GeoPoint at = GeoPoint.of(58 + random.nextDouble() * 6, 5 + random.nextDouble() * 7);
			supplies.add(flyAsh("s" + i, at, 1 + random.nextDouble() * 1000));
			supplies.add(excessHeat("s" + i, at, 40 + random.nextDouble() * 80, 500));
			demands.add(ashInput("d" + i, GeoPoint.of(58 + random.nextDouble() * 6, 5 + random.nextDouble() * 7),
					1 + random.nextDouble() * 1000, Availability.CONTINUOUS));
			demands.add(heatNeed("d" + i, GeoPoint.of(58 + random.nextDouble() * 6, 5 + random.nextDouble() * 7), 60.0,
					200));
		}
		// when
		MatchResult indexed = this.generator.generate(supplies, demands, MatchSettings.DEFAULT);
		MatchResult allPairs = this.generator.generate(supplies, demands, MatchSettings.DEFAULT.allPairs());
		// then the same candidates in the same order, with fewer pairs measured
		assertThat(indexed.candidates()).extracting(Candidate::id)
			.containsExactlyElementsOf(allPairs.candidates().stream().map(Candidate::id).toList());
		assertThat(indexed.candidates()).hasSizeGreaterThan(500);
		assertThat(indexed.pairsChecked()).isLessThan(allPairs.pairsChecked());
	}

	@Test
	void givesTheSameResultOnOneThreadAndOnMany() {
		SplittableRandom random = new SplittableRandom(7);
		List<MatchStream> supplies = new ArrayList<>();
		List<MatchStream> demands = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			supplies.add(flyAsh("s" + i, GeoPoint.of(59 + random.nextDouble(), 9 + random.nextDouble()),
					(double) (1 + random.nextInt(100))));
			demands.add(ashInput("d" + i, GeoPoint.of(59 + random.nextDouble(), 9 + random.nextDouble()),
					(double) (1 + random.nextInt(100)), Availability.CONTINUOUS));
		}

		List<Candidate> parallel = this.generator.generate(supplies, demands, MatchSettings.DEFAULT).candidates();
		List<Candidate> sequential = this.generator.generate(supplies, demands, MatchSettings.DEFAULT.sequential())
			.candidates();

		assertThat(parallel).isEqualTo(sequential);
	}

	@Test
	void keepsOnlyTheBestCandidatesOfEachSupplyWhenAsked() {
		MatchStream ash = flyAsh("smelter", PORSGRUNN, 100.0);
		List<MatchStream> demands = List.of(ashInput("near", BREVIK, 100.0, Availability.CONTINUOUS),
				ashInput("far", MO_I_RANA, 100.0, Availability.CONTINUOUS));

		MatchResult result = this.generator.generate(List.of(ash), demands,
				MatchSettings.DEFAULT.withMaxCandidatesPerSupply(1));

		// the near one saves more: less transport
		assertThat(result.candidates()).singleElement()
			.satisfies(c -> assertThat(c.demand().company().value()).isEqualTo("test:near"));
	}

}
