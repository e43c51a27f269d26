package no.symbiose.engine.symbiosis.allocation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Named allocation problems with optima worked out by hand, and a feasibility check. */
final class AllocationFixtures {

	private AllocationFixtures() {
	}

	/**
	 * Supplies A = 10, B = 10; demands X = 10, Y = 10; arcs A→X 5, A→Y 4, B→X 4, B→Y 1
	 * per unit. Greedy takes A→X 10 (50), then only B→Y 10 (10) is left: 60. The optimum
	 * crosses: A→Y 10 (40) + B→X 10 (40) = 80.
	 */
	static AllocationProblem crossedPair() {
		return new AllocationProblem(List.of(new Supply("A", 10), new Supply("B", 10)),
				List.of(new Demand("X", 10), new Demand("Y", 10)),
				List.of(new Arc(0, 0, 5), new Arc(0, 1, 4), new Arc(1, 0, 4), new Arc(1, 1, 1)));
	}

	/**
	 * One sawmill of 100 t and three buyers: X takes 30 at 7, Y 50 at 9, Z 40 at 3 per
	 * tonne. Best first: Y 50 (450), X 30 (210), Z the remaining 20 (60) = 720.
	 */
	static AllocationProblem oneSawmillThreeBuyers() {
		return new AllocationProblem(List.of(new Supply("sawmill", 100)),
				List.of(new Demand("X", 30), new Demand("Y", 50), new Demand("Z", 40)),
				List.of(new Arc(0, 0, 7), new Arc(0, 1, 9), new Arc(0, 2, 3)));
	}

	/**
	 * Flows are non-negative, within every capacity, zero on arcs without benefit, and
	 * sum to the objective.
	 */
	static void assertFeasible(AllocationProblem problem, Allocation allocation) {
		long[] flows = allocation.flows();
		assertThat(flows).hasSize(problem.arcs().size());
		long[] given = new long[problem.supplies().size()];
		long[] taken = new long[problem.demands().size()];
		long objective = 0;
		for (int i = 0; i < flows.length; i++) {
			Arc arc = problem.arcs().get(i);
			assertThat(flows[i]).as("flow on arc %d", i).isNotNegative();
			if (arc.benefitPerUnit() <= 0) {
				assertThat(flows[i]).as("flow on arc %d without benefit", i).isZero();
			}
			given[arc.supply()] += flows[i];
			taken[arc.demand()] += flows[i];
			objective += flows[i] * arc.benefitPerUnit();
		}
		for (int s = 0; s < given.length; s++) {
			assertThat(given[s]).as("given by supply %d", s).isLessThanOrEqualTo(problem.supplies().get(s).capacity());
		}
		for (int d = 0; d < taken.length; d++) {
			assertThat(taken[d]).as("taken by demand %d", d).isLessThanOrEqualTo(problem.demands().get(d).capacity());
		}
		assertThat(allocation.objective()).isEqualTo(objective);
	}

}
