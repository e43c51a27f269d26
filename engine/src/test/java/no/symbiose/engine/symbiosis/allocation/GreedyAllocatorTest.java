package no.symbiose.engine.symbiosis.allocation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static no.symbiose.engine.symbiosis.allocation.AllocationFixtures.assertFeasible;
import static no.symbiose.engine.symbiosis.allocation.AllocationFixtures.crossedPair;
import static org.assertj.core.api.Assertions.assertThat;

class GreedyAllocatorTest {

	private final GreedyAllocator greedy = new GreedyAllocator();

	@Test
	void takesTheBestArcFirstEvenWhenThatLosesOverall() {
		// given the crossed pair: A→X 10 × 5 = 50, then B→Y 10 × 1 = 10
		AllocationProblem problem = crossedPair();

		// when
		Allocation allocation = this.greedy.allocate(problem);

		// then
		assertThat(allocation.flows()).containsExactly(10, 0, 0, 10);
		assertThat(allocation.objective()).isEqualTo(10 * 5 + 10 * 1);
		assertFeasible(problem, allocation);
	}

	@Test
	void breaksTiesBySupplyThenDemand() {
		// given three arcs of benefit 2, listed out of order: A→X, A→Y, B→X is the tie
		// order
		AllocationProblem problem = new AllocationProblem(List.of(new Supply("A", 6), new Supply("B", 6)),
				List.of(new Demand("X", 10), new Demand("Y", 10)),
				List.of(new Arc(1, 0, 2), new Arc(0, 1, 2), new Arc(0, 0, 2)));

		// when
		Allocation allocation = this.greedy.allocate(problem);

		// then A→X takes 6 first, A→Y gets nothing left of A, B→X the 10 − 6 = 4 left of
		// X
		assertThat(allocation.flows()).containsExactly(4, 0, 6);
		assertThat(allocation.objective()).isEqualTo((6 + 4) * 2);
	}

	@Test
	void neverUsesAnArcWithoutBenefit() {
		// given only arcs of benefit 0 and −3
		AllocationProblem problem = new AllocationProblem(List.of(new Supply("A", 10)),
				List.of(new Demand("X", 10), new Demand("Y", 10)), List.of(new Arc(0, 0, 0), new Arc(0, 1, -3)));

		// when
		Allocation allocation = this.greedy.allocate(problem);

		// then
		assertThat(allocation.flows()).containsOnly(0);
		assertThat(allocation.objective()).isZero();
		assertThat(allocation.components()).isZero();
	}

	@Test
	void allocatesNothingInAnEmptyProblem() {
		Allocation allocation = this.greedy.allocate(new AllocationProblem(List.of(), List.of(), List.of()));

		assertThat(allocation.objective()).isZero();
		assertThat(allocation.flows()).isEmpty();
	}

}
