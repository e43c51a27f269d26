package no.symbiose.engine.symbiosis;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.symbiosis.allocation.GreedyAllocator;
import no.symbiose.engine.symbiosis.allocation.MinCostFlowAllocator;
import no.symbiose.engine.units.FlowUnit;

import static no.symbiose.engine.symbiosis.SymbiosisFixtures.PORSGRUNN;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.ashInput;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.flyAsh;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.testKnowledgeBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AllocationPlanTest {

	private final KnowledgeBase knowledge = testKnowledgeBase();

	private final CandidateQuantifier quantifier = new CandidateQuantifier(this.knowledge.factors());

	private final SymbiosisRule ashToCement = this.knowledge.rule("ash-to-cement").orElseThrow();

	private final MatchStream a = flyAsh("a", PORSGRUNN, 10.0);

	private final MatchStream b = flyAsh("b", PORSGRUNN, 10.0);

	private final MatchStream x = ashInput("x", PORSGRUNN, 10.0, Availability.CONTINUOUS);

	private final MatchStream y = ashInput("y", PORSGRUNN, 10.0, Availability.CONTINUOUS);

	@Test
	void optimisationBeatsGreedyWhenTheBestPairBlocksTwoGoodOnes() {
		// given net kg CO2e per tonne = 800 − 0.1 × 1.25 × km:
		// a→x 0 km: 800; a→y 80 km: 790; b→x 80 km: 790; b→y: no candidate
		List<Candidate> candidates = List.of(candidate(this.a, this.x, 0), candidate(this.a, this.y, 80),
				candidate(this.b, this.x, 80));
		// when
		AllocationPlan plan = AllocationPlan.of(candidates, Objective.CO2E, this.quantifier).get(0);
		AllocationPlan.Result optimal = plan.solve(MinCostFlowAllocator.byComponents(2));
		AllocationPlan.Result greedy = plan.solve(new GreedyAllocator());
		// then greedy takes a→x (10 t × 800 = 8 t CO2e) and strands b;
		// the optimum sends a→y and b→x: 2 × 10 t × 790 kg = 15.8 t CO2e
		assertThat(plan.unit()).isEqualTo(FlowUnit.TONNES_PER_YEAR);
		assertThat(greedy.total()).isCloseTo(8.0, within(1e-9));
		assertThat(optimal.total()).isCloseTo(15.8, within(1e-9));
		assertThat(optimal.flows()).extracting(f -> f.candidate().id() + " " + f.quantity())
			.containsExactlyInAnyOrder(this.a.id() + ">" + this.y.id() + ":ash-to-cement 10",
					this.b.id() + ">" + this.x.id() + ":ash-to-cement 10");
	}

	@Test
	void leavesOutCandidatesWhoseQuantitiesAreNotBothKnown() {
		MatchStream unknown = flyAsh("c", PORSGRUNN, null);

		List<AllocationPlan> plans = AllocationPlan.of(List.of(candidate(unknown, this.x, 0)), Objective.CO2E,
				this.quantifier);

		assertThat(plans).isEmpty();
	}

	@Test
	void countsValueInOereWhenTheObjectiveIsValue() {
		// 500 NOK/t value − 2 NOK/tkm × 1.25 × 80 km = 300 NOK/t; 10 t → 3 000 NOK
		AllocationPlan plan = AllocationPlan
			.of(List.of(candidate(this.a, this.y, 80)), Objective.VALUE, this.quantifier)
			.get(0);

		assertThat(plan.problem().arcs().get(0).benefitPerUnit()).isEqualTo(30_000);
		assertThat(plan.solve(new GreedyAllocator()).total()).isCloseTo(3000.0, within(1e-9));
	}

	private Candidate candidate(MatchStream supply, MatchStream demand, double km) {
		return ((CandidateQuantifier.Accepted) this.quantifier.assess(supply, demand, this.ashToCement, km))
			.candidate();
	}

}
