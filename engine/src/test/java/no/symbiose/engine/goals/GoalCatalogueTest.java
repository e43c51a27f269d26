package no.symbiose.engine.goals;

import java.io.StringReader;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GoalCatalogueTest {

	private static final String GOALS_HEADER = "# version: t-1\nkey,kind,number,title_nb,title_en,source\n";

	private static final String INDICATORS_HEADER = "# version: t-1\nkey,goal,name_nb,name_en,unit,scope,direction,"
			+ "measurement,computed_from,baseline_year,target_year,target_kind,target_value,source\n";

	private static final String ONE_GOAL = GOALS_HEADER + "g1,park_goal,1,Mål,Goal,doc 1\n";

	private static GoalCatalogue parse(String goals, String indicators) {
		return GoalCatalogue.parse(new StringReader(goals), new StringReader(indicators));
	}

	@Test
	void holdsTheParksTenGoalsAndTheThreeMissionsInDocumentOrder() {
		GoalCatalogue catalogue = GoalCatalogue.builtIn();

		assertThat(catalogue.goals()).filteredOn(goal -> goal.kind() == GoalKind.PARK_GOAL)
			.extracting(Goal::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(catalogue.goals()).filteredOn(goal -> goal.kind() == GoalKind.MISSION)
			.extracting(Goal::number)
			.containsExactly(1, 2, 3);
		assertThat(catalogue.goals()).allSatisfy(goal -> assertThat(goal.source()).matches("00[23] .+"));
		assertThat(catalogue.indicators()).allSatisfy(indicator -> assertThat(indicator.source()).matches("00[23] .+"));
	}

	@Test
	void carriesTheNationalTargetsWithTheirBaselines() {
		GoalCatalogue catalogue = GoalCatalogue.builtIn();

		Indicator co2 = catalogue.indicator("co2-emissions").orElseThrow();
		assertThat(co2.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(co2.baselineYear()).isEqualTo(2023);
		assertThat(co2.targetYear()).isEqualTo(2030);
		// -50 % of a 1 000 t baseline is 500 t.
		assertThat(co2.target().valueFrom(OptionalDouble.of(1000)).getAsDouble()).isEqualTo(500.0);
		assertThat(co2.measurement()).isEqualTo(Measurement.COMPUTED);
		assertThat(co2.computedFrom()).isEqualTo(ComputedFrom.CLIMATE_ACCOUNT);

		Indicator reuse = catalogue.indicator("reuse-recycling-increase").orElseThrow();
		assertThat(reuse.baselineYear()).isEqualTo(2024);
		// +50 % of a 40 % rate is 60 %.
		assertThat(reuse.target().valueFrom(OptionalDouble.of(40)).getAsDouble()).isEqualTo(60.0);

		assertThat(catalogue.indicator("reuse-recycling-rate").orElseThrow().target())
			.isEqualTo(new Target.Absolute(85));
		assertThat(catalogue.indicator("land-use").orElseThrow().target()).isEqualTo(new Target.Absolute(90));
		assertThat(catalogue.indicator("building-use").orElseThrow().target()).isEqualTo(new Target.Absolute(98));
		Indicator ccs = catalogue.indicator("ccs-cooperating-parks").orElseThrow();
		assertThat(ccs.target()).isEqualTo(new Target.Absolute(5));
		assertThat(ccs.scope()).isEqualTo(Scope.NATION);
		assertThat(ccs.measurement()).isEqualTo(Measurement.RECORDED);
		Indicator perCounty = catalogue.indicator("realised-symbioses-per-county").orElseThrow();
		assertThat(perCounty.target()).isEqualTo(new Target.Absolute(2));
		assertThat(perCounty.scope()).isEqualTo(Scope.COUNTY);
		assertThat(perCounty.computedFrom()).isEqualTo(ComputedFrom.SYNERGIES);
		assertThat(catalogue.indicator("net-zero-areas").orElseThrow().target()).isEqualTo(new Target.Absolute(100));
	}

	@Test
	void measuresEveryGoalWithAtLeastOneIndicator() {
		GoalCatalogue catalogue = GoalCatalogue.builtIn();

		assertThat(catalogue.goals()).allSatisfy(goal -> assertThat(catalogue.indicatorsOf(goal.key())).isNotEmpty());
		assertThat(catalogue.indicatorsOf("goal-3-land")).extracting(Indicator::key)
			.startsWith("land-use", "building-use");
	}

	@Test
	void readsARowWithItsVersionAndRelativeTarget() {
		GoalCatalogue catalogue = parse(ONE_GOAL, INDICATORS_HEADER
				+ "i1,g1,I,I,t,park,lower,computed,accounts.climate,2023,2030,relative_change,-0.5,doc 1\n");

		assertThat(catalogue.version()).isEqualTo("t-1");
		assertThat(catalogue.indicator("i1").orElseThrow().target()).isEqualTo(new Target.RelativeChange(-0.5));
	}

	@Test
	void refusesAnIndicatorWithoutASource() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(ONE_GOAL, INDICATORS_HEADER + "i1,g1,I,I,t,park,lower,recorded,,,2030,none,,\n"))
			.withMessage("indicators.csv record 1: source is empty");
	}

	@Test
	void refusesAnIndicatorUnderAnUnknownGoal() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(ONE_GOAL, INDICATORS_HEADER + "i1,g9,I,I,t,park,lower,recorded,,,2030,none,,doc\n"))
			.withMessageContaining("names goal g9, which goals.csv lacks");
	}

	@Test
	void refusesAComputedIndicatorThatDoesNotSayFromWhat() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(ONE_GOAL, INDICATORS_HEADER + "i1,g1,I,I,t,park,lower,computed,,,2030,none,,doc\n"))
			.withMessageContaining("computed but names no computed_from");
	}

	@Test
	void refusesARelativeTargetWithoutABaselineYear() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(ONE_GOAL,
					INDICATORS_HEADER + "i1,g1,I,I,t,park,lower,recorded,,,2030,relative_change,-0.5,doc\n"))
			.withMessageContaining("relative target but no baseline year");
	}

	@Test
	void refusesAnUnknownDirection() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(ONE_GOAL, INDICATORS_HEADER + "i1,g1,I,I,t,park,up,recorded,,,2030,none,,doc\n"))
			.withMessage("indicators.csv record 1: direction \"up\" is not higher or lower");
	}

	@Test
	void refusesAGoalNoIndicatorMeasures() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(ONE_GOAL + "g2,mission,1,M,M,doc 3\n",
					INDICATORS_HEADER + "i1,g1,I,I,t,park,lower,recorded,,,2030,none,,doc\n"))
			.withMessage("goal g2 has no indicator in indicators.csv");
	}

	@Test
	void refusesKeysThatAppearTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(ONE_GOAL,
					INDICATORS_HEADER + "i1,g1,I,I,t,park,lower,recorded,,,2030,none,,doc\n"
							+ "i1,g1,J,J,t,park,lower,recorded,,,2030,none,,doc\n"))
			.withMessage("indicators.csv record 2: indicator key i1 appears twice");
	}

	@Test
	void refusesFilesOfDifferentVersions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(ONE_GOAL.replace("t-1", "t-2"),
					INDICATORS_HEADER + "i1,g1,I,I,t,park,lower,recorded,,,2030,none,,doc\n"))
			.withMessage("goals.csv has version t-2 but indicators.csv has version t-1");
	}

}
