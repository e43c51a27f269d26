package no.symbiose.engine.symbiosis;

import java.time.Month;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.units.FlowUnit;

import static no.symbiose.engine.symbiosis.SymbiosisFixtures.PORSGRUNN;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.ashInput;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.excessHeat;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.flyAsh;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.heatNeed;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.testKnowledgeBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CandidateQuantifierTest {

	private final KnowledgeBase knowledge = testKnowledgeBase();

	private final CandidateQuantifier quantifier = new CandidateQuantifier(this.knowledge.factors());

	private final SymbiosisRule ashToCement = this.knowledge.rule("ash-to-cement").orElseThrow();

	private final SymbiosisRule heatToDistrictHeating = this.knowledge.rule("heat-to-district-heating").orElseThrow();

	@Test
	void countsFlyAshTwelveKilometresAwayByTruck() {
		// given 4 000 t/yr of fly ash offered, 10 000 t/yr wanted, 12 km apart
		MatchStream ash = flyAsh("smelter", PORSGRUNN, 4000.0);
		MatchStream need = ashInput("cement", PORSGRUNN, 10000.0, Availability.CONTINUOUS);
		// when
		Candidate candidate = accepted(this.quantifier.assess(ash, need, this.ashToCement, 12));
		// then the truck drives 12 × 1.25 = 15 km: 0.1 × 15 = 1.5 kg CO2e per tonne,
		// so 800 − 1.5 = 798.5 kg per tonne net, × 4 000 t = 3 194 t CO2e
		CandidateFigures figures = candidate.figures();
		assertThat(candidate.mode()).isEqualTo(TransportMode.TRUCK);
		assertThat(figures.unit()).isEqualTo(FlowUnit.TONNES_PER_YEAR);
		assertThat(figures.quantity()).isEqualTo(4000.0);
		assertThat(figures.upperBound()).isFalse();
		assertThat(figures.tonneKm()).isCloseTo(4000 * 15.0, within(1e-6));
		assertThat(figures.transport().value()).isCloseTo(4000 * 1.5, within(1e-6));
		assertThat(figures.netKgCo2ePerUnit()).isCloseTo(798.5, within(1e-9));
		assertThat(figures.net().value()).isCloseTo(3_194_000, within(1e-6));
		// value 4 000 × 500 = 2 000 000 NOK; transport 4 000 t × 15 km × 2 NOK = 120 000
		// NOK
		assertThat(figures.value().value()).isEqualTo(2_000_000);
		assertThat(figures.transportCost().value()).isEqualTo(120_000);
		assertThat(figures.netNokPerUnit()).isCloseTo(500 - 30.0, within(1e-9));
		assertThat(candidate.explanation().steps()).extracting(Explanation.Step::key)
			.contains("symbiosis.explain.distance", "symbiosis.explain.quantity", "symbiosis.explain.avoided",
					"symbiosis.explain.transport", "symbiosis.explain.net", "symbiosis.explain.rule");
	}

	@Test
	void choosesRailWhenTheDistanceIsBeyondATruck() {
		Candidate candidate = accepted(this.quantifier.assess(flyAsh("a", PORSGRUNN, 100.0),
				ashInput("b", PORSGRUNN, 100.0, Availability.CONTINUOUS), this.ashToCement, 250));

		// the rule allows trucks up to 100 km and rail up to 400 km; rail is not detoured
		assertThat(candidate.mode()).isEqualTo(TransportMode.RAIL);
		assertThat(candidate.figures().transport().value()).isCloseTo(100 * 250 * 0.03, within(1e-9));
	}

	@Test
	void refusesAnExchangeBeyondTheRulesReach() {
		assertThat(this.quantifier.assess(flyAsh("a", PORSGRUNN, 100.0),
				ashInput("b", PORSGRUNN, 100.0, Availability.CONTINUOUS), this.ashToCement, 1501))
			.isEqualTo(new CandidateQuantifier.Refused(CandidateQuantifier.Refusal.TOO_FAR));
	}

	@Test
	void givesAnUpperBoundWhenOnlyTheSupplyIsKnown() {
		Candidate candidate = accepted(this.quantifier.assess(flyAsh("a", PORSGRUNN, 300.0),
				ashInput("b", PORSGRUNN, null, Availability.CONTINUOUS), this.ashToCement, 0.5));

		assertThat(candidate.figures().quantity()).isEqualTo(300.0);
		assertThat(candidate.figures().upperBound()).isTrue();
		assertThat(candidate.has(CandidateFlag.QUANTITY_UNKNOWN)).isTrue();
		assertThat(candidate.isAllocatable()).isFalse();
	}

	@Test
	void countsOnlyTheMonthsBothSidesShare() {
		// given 1 200 t/yr all year and a need of 1 000 t/yr in May–August
		MatchStream need = ashInput("b", PORSGRUNN, 1000.0,
				Availability.seasonal(Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST));
		// when
		Candidate candidate = accepted(
				this.quantifier.assess(flyAsh("a", PORSGRUNN, 1200.0), need, this.ashToCement, 1));
		// then the supply offers 1 200 × 4/12 = 400 t in those months
		assertThat(candidate.figures().quantity()).isCloseTo(400.0, within(1e-9));
	}

	@Test
	void refusesSeasonsThatDoNotOverlap() {
		MatchStream winter = new MatchStream("w", MatchSide.SUPPLY, flyAsh("a", null, 1.0).company(), PORSGRUNN, "Aske",
				null, null, no.symbiose.engine.registry.MaterialClass.ASH, false, null, null,
				Availability.seasonal(Month.JANUARY), null);
		MatchStream summer = ashInput("b", PORSGRUNN, 1.0, Availability.seasonal(Month.JULY));

		assertThat(this.quantifier.assess(winter, summer, this.ashToCement, 1))
			.isEqualTo(new CandidateQuantifier.Refused(CandidateQuantifier.Refusal.SEASONS_DO_NOT_OVERLAP));
	}

	@Test
	void usesHotEnoughHeatDirectly() {
		// 90 °C heat, 70 °C need + 5 K margin = 75 °C: direct, no pump
		Candidate candidate = accepted(this.quantifier.assess(excessHeat("a", PORSGRUNN, 90.0, 1000),
				heatNeed("b", PORSGRUNN, 70.0, 5000), this.heatToDistrictHeating, 2));

		assertThat(candidate.has(CandidateFlag.HEAT_PUMP)).isFalse();
		assertThat(candidate.figures().quantity()).isEqualTo(1000.0);
		assertThat(candidate.figures().net().value()).isCloseTo(1000 * 224.0, within(1e-6));
		// 2 km × 1.25 = 2 500 m of pipe × 5 000 NOK/m = 12.5 MNOK; 1 000 MWh × 400 NOK =
		// 400 000 NOK/yr
		assertThat(candidate.figures().investment().value()).isEqualTo(12_500_000);
		assertThat(candidate.figures().paybackYears()).isCloseTo(12_500_000 / 400_000.0, within(1e-9));
	}

	@Test
	void liftsLukewarmHeatWithAHeatPumpAndCountsItsElectricity() {
		// given 1 000 MWh at 40 °C for a 70 °C need: lift 70 + 5 − 40 = 35 K
		Candidate candidate = accepted(this.quantifier.assess(excessHeat("a", null, 40.0, 1000),
				heatNeed("a", null, 70.0, 5000), this.heatToDistrictHeating, 0));
		// then COP = 0.5 × (70 + 273.15) / 35 = 4.902; delivered = 1 000 × COP / (COP −
		// 1)
		double cop = 0.5 * 343.15 / 35;
		double delivered = 1000 * cop / (cop - 1);
		CandidateFigures figures = candidate.figures();
		assertThat(candidate.has(CandidateFlag.HEAT_PUMP)).isTrue();
		assertThat(figures.heatPumpCop()).isCloseTo(cop, within(1e-9));
		assertThat(figures.quantity()).isCloseTo(delivered, within(1e-6));
		assertThat(figures.heatPumpElectricityMwh()).isCloseTo(delivered / cop, within(1e-6));
		// net per MWh delivered: 224 − 15 / COP
		assertThat(figures.netKgCo2ePerUnit()).isCloseTo(224 - 15 / cop, within(1e-9));
		assertThat(figures.net().value()).isCloseTo(delivered * (224 - 15 / cop), within(1e-6));
	}

	@Test
	void refusesHeatThatNoHeatPumpCanLiftFarEnough() {
		// 20 °C to 90 °C is a 75 K lift, above the 60 K the table allows
		assertThat(this.quantifier.assess(excessHeat("a", null, 20.0, 1000), heatNeed("a", null, 90.0, 5000),
				this.heatToDistrictHeating, 0))
			.isEqualTo(new CandidateQuantifier.Refused(CandidateQuantifier.Refusal.HEAT_TOO_COLD));
		// a 160 °C sink is above the 150 °C a heat pump delivers
		assertThat(this.quantifier.assess(excessHeat("a", null, 120.0, 1000), heatNeed("a", null, 160.0, 5000),
				this.heatToDistrictHeating, 0))
			.isEqualTo(new CandidateQuantifier.Refused(CandidateQuantifier.Refusal.HEAT_TOO_COLD));
	}

	@Test
	void flagsHeatWhoseTemperatureIsUnknownInsteadOfGuessing() {
		Candidate candidate = accepted(this.quantifier.assess(excessHeat("a", null, null, 1000),
				heatNeed("a", null, null, 500), this.heatToDistrictHeating, 0));

		assertThat(candidate.has(CandidateFlag.TEMPERATURE_UNKNOWN)).isTrue();
		assertThat(candidate.has(CandidateFlag.HEAT_PUMP)).isFalse();
		assertThat(candidate.figures().quantity()).isEqualTo(500.0);
	}

	@Test
	void convertsOxygenInNormalCubicMetresToTonnes() {
		SymbiosisRule oxygen = this.knowledge.rule("oxygen-to-fish").orElseThrow();
		MatchStream supply = new MatchStream("o2", MatchSide.SUPPLY, flyAsh("h2", null, 1.0).company(), null, "O2",
				null, null, no.symbiose.engine.registry.MaterialClass.OXYGEN, false, null,
				no.symbiose.engine.units.AnnualQuantity.of(1_000_000, FlowUnit.NORMAL_CUBIC_METRES_PER_YEAR),
				Availability.CONTINUOUS, null);
		MatchStream need = new MatchStream("o2-in", MatchSide.DEMAND, supply.company(), null, "O2", null, null,
				no.symbiose.engine.registry.MaterialClass.OXYGEN, false, null,
				no.symbiose.engine.units.AnnualQuantity.tonnesPerYear(2000), Availability.CONTINUOUS, null);

		Candidate candidate = accepted(this.quantifier.assess(supply, need, oxygen, 0));

		// 1 000 000 Nm3 × 0.001429 t/Nm3 = 1 429 t; 0.5 kg per Nm3 = 0.5 / 0.001429 kg
		// per tonne
		assertThat(candidate.figures().quantity()).isCloseTo(1429.0, within(1e-6));
		assertThat(candidate.figures().net().value()).isCloseTo(500_000, within(1e-6));
	}

	private static Candidate accepted(CandidateQuantifier.Assessment assessment) {
		assertThat(assessment).isInstanceOf(CandidateQuantifier.Accepted.class);
		return ((CandidateQuantifier.Accepted) assessment).candidate();
	}

}
