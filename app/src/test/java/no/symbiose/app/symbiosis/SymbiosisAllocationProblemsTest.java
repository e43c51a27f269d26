package no.symbiose.app.symbiosis;

import java.util.List;

import no.symbiose.app.symbiosis.AllocationProblems.Built;
import no.symbiose.app.symbiosis.AllocationProblems.Objective;
import no.symbiose.app.symbiosis.AllocationProblems.Option;
import no.symbiose.engine.symbiosis.allocation.Allocation;
import no.symbiose.engine.symbiosis.allocation.GreedyAllocator;
import no.symbiose.engine.symbiosis.allocation.MinCostFlowAllocator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Candidates become an integer problem with visible arithmetic. Given: steelworks A (100
 * t slag) could feed cement works X (net 10 kg CO2e/t) or Y (9 kg/t); steelworks B (100
 * t) reaches only X (8 kg/t); X and Y each take 100 t.
 */
class SymbiosisAllocationProblemsTest {

	private static final List<Option> TWO_STEELWORKS = List.of(new Option("A>X", "sA", "dX", 100.4, 10.0, 50.0),
			new Option("A>Y", "sA", "dY", 100.4, 9.0, 40.0), new Option("B>X", "sB", "dX", 99.6, 8.0, 60.0));

	@Test
	void capacitiesAreWholeTonnesAndBenefitsGramsPerTonne() {
		Built built = AllocationProblems.build(TWO_STEELWORKS, Objective.CO2E);

		// 100.4 t rounds to 100, 99.6 t to 100; 10 kg/t = 10 000 g/t
		assertThat(built.problem().supplies()).extracting("id", "capacity")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sA", 100L),
					org.assertj.core.groups.Tuple.tuple("sB", 100L));
		assertThat(built.problem().arcs()).extracting("benefitPerUnit").containsExactly(10_000L, 9_000L, 8_000L);
	}

	@Test
	void theOptimumBeatsBestFirstWhenTheBestArcBlocksTwoGoodOnes() {
		Built built = AllocationProblems.build(TWO_STEELWORKS, Objective.CO2E);

		Allocation greedy = new GreedyAllocator().allocate(built.problem());
		Allocation optimal = MinCostFlowAllocator.byComponents(2).allocate(built.problem());

		// greedy: A→X 100 t × 10 kg = 1 000 kg, then X is full and A is empty: 1.0 t CO2e
		assertThat(Objective.CO2E.toDisplay(greedy.objective())).isCloseTo(1.0, within(1e-9));
		// optimum: A→Y 100 × 9 + B→X 100 × 8 = 1 700 kg = 1.7 t CO2e, 70 % more
		assertThat(Objective.CO2E.toDisplay(optimal.objective())).isCloseTo(1.7, within(1e-9));
		assertThat(optimal.flows()).containsExactly(0L, 100L, 100L);
	}

	@Test
	void theValueObjectiveCountsOre() {
		Built built = AllocationProblems.build(TWO_STEELWORKS, Objective.VALUE);

		assertThat(built.problem().arcs()).extracting("benefitPerUnit").containsExactly(5_000L, 4_000L, 6_000L);
		Allocation optimal = MinCostFlowAllocator.byComponents(2).allocate(built.problem());
		// B→X 100 × 60 kr + A→Y 100 × 40 kr = 10 000 kr
		assertThat(Objective.VALUE.toDisplay(optimal.objective())).isCloseTo(10_000.0, within(1e-9));
	}

	@Test
	void onePairKeepsItsBestRuleAndCandidatesWithoutBenefitAreLeftOut() {
		Built built = AllocationProblems.build(List.of(new Option("A>X:one", "sA", "dX", 50, 2.0, null),
				new Option("A>X:two", "sA", "dX", 50, 3.0, null), new Option("A>Y:loss", "sA", "dY", 50, -1.0, null),
				new Option("B>Y:unknown", "sB", "dY", 50, null, null)), Objective.CO2E);

		assertThat(built.arcOptions()).extracting(Option::id).containsExactly("A>X:two");
		assertThat(built.problem().demands()).extracting("id").containsExactly("dX");
	}

}
