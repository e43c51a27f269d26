package no.symbiose.engine.symbiosis.allocation;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static no.symbiose.engine.symbiosis.allocation.AllocationFixtures.assertFeasible;
import static no.symbiose.engine.symbiosis.allocation.AllocationFixtures.crossedPair;
import static no.symbiose.engine.symbiosis.allocation.AllocationFixtures.oneSawmillThreeBuyers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MinCostFlowAllocatorTest {

	static Stream<Named<Allocator>> optimalAllocators() {
		return Stream.of(Named.of("monolithic", MinCostFlowAllocator.monolithic()),
				Named.of("by components, 1 thread", MinCostFlowAllocator.byComponents(1)),
				Named.of("by components, 2 threads", MinCostFlowAllocator.byComponents(2)));
	}

	@ParameterizedTest
	@MethodSource("optimalAllocators")
	void findsTheCrossedOptimumThatGreedyMisses(Allocator optimal) {
		// given the crossed pair: greedy 60, optimum A→Y 10 × 4 + B→X 10 × 4 = 80
		AllocationProblem problem = crossedPair();

		// when
		Allocation allocation = optimal.allocate(problem);

		// then
		assertThat(allocation.flows()).containsExactly(0, 10, 10, 0);
		assertThat(allocation.objective()).isEqualTo(10 * 4 + 10 * 4);
		assertThat(new GreedyAllocator().allocate(problem).objective()).isEqualTo(60);
		assertFeasible(problem, allocation);
	}

	@ParameterizedTest
	@MethodSource("optimalAllocators")
	void fillsAStarBestBenefitFirst(Allocator optimal) {
		// given one sawmill of 100 t: Y 50 × 9 + X 30 × 7 + Z 20 × 3 = 720
		AllocationProblem problem = oneSawmillThreeBuyers();

		// when
		Allocation allocation = optimal.allocate(problem);

		// then
		assertThat(allocation.flows()).containsExactly(30, 50, 20);
		assertThat(allocation.objective()).isEqualTo(720);
	}

	@ParameterizedTest
	@MethodSource("optimalAllocators")
	void leavesSupplyUnusedRatherThanUseAnArcWithoutBenefit(Allocator optimal) {
		// given A can give 10 to X at 0, to Y at −3, or 4 to Z at 2: only A→Z pays, 4 × 2
		// = 8
		AllocationProblem problem = new AllocationProblem(List.of(new Supply("A", 10)),
				List.of(new Demand("X", 10), new Demand("Y", 10), new Demand("Z", 4)),
				List.of(new Arc(0, 0, 0), new Arc(0, 1, -3), new Arc(0, 2, 2)));

		// when
		Allocation allocation = optimal.allocate(problem);

		// then
		assertThat(allocation.flows()).containsExactly(0, 0, 4);
		assertThat(allocation.objective()).isEqualTo(8);
	}

	@ParameterizedTest
	@MethodSource("optimalAllocators")
	void allocatesNothingInAnEmptyProblem(Allocator optimal) {
		Allocation allocation = optimal.allocate(new AllocationProblem(List.of(), List.of(), List.of()));

		assertThat(allocation.objective()).isZero();
		assertThat(allocation.flows()).isEmpty();
		assertThat(allocation.components()).isZero();
	}

	@Test
	void solvesEachComponentOnItsOwnAndAddsTheirOptima() {
		// given the crossed pair (80) beside the sawmill (720), which share no node
		AllocationProblem crossed = crossedPair();
		AllocationProblem sawmill = oneSawmillThreeBuyers();
		AllocationProblem both = new AllocationProblem(
				Stream.concat(crossed.supplies().stream(), sawmill.supplies().stream()).toList(),
				Stream.concat(crossed.demands().stream(), sawmill.demands().stream()).toList(),
				Stream
					.concat(crossed.arcs().stream(),
							sawmill.arcs()
								.stream()
								.map((arc) -> new Arc(arc.supply() + 2, arc.demand() + 2, arc.benefitPerUnit())))
					.toList());

		// when
		Allocation allocation = MinCostFlowAllocator.byComponents(2).allocate(both);

		// then
		assertThat(allocation.components()).isEqualTo(2);
		assertThat(allocation.objective()).isEqualTo(80 + 720);
		assertThat(allocation.flows()).containsExactly(0, 10, 10, 0, 30, 50, 20);
	}

	@ParameterizedTest(name = "seed {0}, {1} clusters")
	@CsvSource({ "1, 1", "2, 10", "3, 40", "4, 200", "5, 400" })
	void matchesTheLinearProgramOnRandomProblems(long seed, int clusters) {
		// given 300 supplies, 300 demands, up to 10 arcs each: up to 3 000 arcs
		AllocationProblem problem = RandomAllocationProblems.generate(300, 300, 10, clusters, seed);

		// when
		Allocation monolithic = MinCostFlowAllocator.monolithic().allocate(problem);
		Allocation byComponents = MinCostFlowAllocator.byComponents(2).allocate(problem);
		Allocation allInOneBatch = MinCostFlowAllocator.byComponents(1, Integer.MAX_VALUE).allocate(problem);
		Allocation greedy = new GreedyAllocator().allocate(problem);
		double lp = LpAllocationCheck.optimum(problem);

		// then
		assertFeasible(problem, monolithic);
		assertFeasible(problem, byComponents);
		assertFeasible(problem, greedy);
		assertThat(byComponents.objective()).isEqualTo(monolithic.objective());
		assertThat(allInOneBatch.objective()).isEqualTo(monolithic.objective());
		assertThat(Math.abs(lp - monolithic.objective()) / Math.max(1, Math.abs(lp))).isLessThanOrEqualTo(1e-6);
		assertThat(greedy.objective()).isLessThanOrEqualTo(monolithic.objective());
	}

	@Test
	void allocatesTheSameFlowsWhateverTheThreadTiming() {
		// given 3 000 supplies with 5 arcs each in 300 clusters: several batches and
		// stars
		AllocationProblem problem = RandomAllocationProblems.generate(3_000, 3_000, 5, 300, 42);
		MinCostFlowAllocator allocator = MinCostFlowAllocator.byComponents(2);

		// when
		Allocation first = allocator.allocate(problem);
		Allocation second = allocator.allocate(problem);

		// then
		assertThat(second.flows()).containsExactly(first.flows());
		assertThat(first.components()).isGreaterThan(1);
	}

	@Test
	void refusesABenefitTooLargeForOrToolsToScale() {
		// given 1 + 1 nodes, so OR-Tools scales costs by 1 + 1 + 1 (sink) + 1 = 4 and
		// needs
		// a cost of at most (2^63 − 1) / 8; 2^61 per unit is more, though 1 unit × 2^61
		// fits
		AllocationProblem problem = new AllocationProblem(List.of(new Supply("A", 1)), List.of(new Demand("X", 1)),
				List.of(new Arc(0, 0, 1L << 61)));

		assertThatIllegalArgumentException().isThrownBy(() -> MinCostFlowAllocator.monolithic().allocate(problem))
			.withMessageContaining(String.valueOf(1L << 61))
			.withMessageContaining(String.valueOf(Long.MAX_VALUE / 8));
	}

	@Test
	void refusesSuppliesTooLargeForOrToolsToRoute() {
		// given 2 × 2^61 = 2^62 units of supply, more than (2^63 − 1) / 2; benefit 1
		// keeps
		// the objective within a long
		AllocationProblem problem = new AllocationProblem(List.of(new Supply("A", 1L << 61), new Supply("B", 1L << 61)),
				List.of(new Demand("X", 1)), List.of(new Arc(0, 0, 1), new Arc(1, 0, 1)));

		assertThatIllegalArgumentException().isThrownBy(() -> MinCostFlowAllocator.byComponents(1).allocate(problem))
			.withMessageContaining(String.valueOf(Long.MAX_VALUE / 2));
	}

	@Test
	void refusesZeroThreads() {
		assertThatIllegalArgumentException().isThrownBy(() -> MinCostFlowAllocator.byComponents(0))
			.withMessageContaining("0");
	}

}
