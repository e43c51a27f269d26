package no.symbiose.engine.symbiosis.allocation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomAllocationProblemsTest {

	@Test
	void generatesTheSameProblemFromTheSameSeed() {
		assertThat(RandomAllocationProblems.generate(50, 40, 3, 5, 7))
			.isEqualTo(RandomAllocationProblems.generate(50, 40, 3, 5, 7));
	}

	@Test
	void keepsCapacitiesAndBenefitsInRange() {
		AllocationProblem problem = RandomAllocationProblems.generate(200, 200, 4, 10, 11);

		assertThat(problem.supplies()).allSatisfy((s) -> assertThat(s.capacity()).isBetween(1L, 10_000L));
		assertThat(problem.demands()).allSatisfy((d) -> assertThat(d.capacity()).isBetween(1L, 10_000L));
		assertThat(problem.arcs()).allSatisfy((a) -> assertThat(a.benefitPerUnit()).isBetween(1L, 1_000_000L));
	}

	@Test
	void linksNodesOnlyWithinTheirClusterSoTheGraphFallsApart() {
		// given 100 clusters of about 10 supplies and 10 demands each (a cluster is empty
		// with odds of about e^−10); components cannot span clusters
		AllocationProblem problem = RandomAllocationProblems.generate(1_000, 1_000, 4, 100, 3);

		// when
		int components = Components.of(problem).size();

		// then about one or more components per cluster
		assertThat(components).isGreaterThanOrEqualTo(90);
	}

}
