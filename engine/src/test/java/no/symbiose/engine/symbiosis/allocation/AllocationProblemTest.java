package no.symbiose.engine.symbiosis.allocation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AllocationProblemTest {

	private static final List<Supply> TWO_SUPPLIES = List.of(new Supply("A", 10), new Supply("B", 10));

	private static final List<Demand> TWO_DEMANDS = List.of(new Demand("X", 10), new Demand("Y", 10));

	@Test
	void rejectsANegativeSupplyCapacity() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Supply("A", -5))
			.withMessageContaining("A")
			.withMessageContaining("-5");
	}

	@Test
	void rejectsANegativeDemandCapacity() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Demand("X", -1))
			.withMessageContaining("X")
			.withMessageContaining("-1");
	}

	@Test
	void rejectsAnArcFromASupplyThatDoesNotExist() {
		// given supplies 0 and 1 only
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AllocationProblem(TWO_SUPPLIES, TWO_DEMANDS, List.of(new Arc(2, 0, 1))))
			.withMessageContaining("supply 2")
			.withMessageContaining("only 2 supplies");
	}

	@Test
	void rejectsAnArcToADemandThatDoesNotExist() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AllocationProblem(TWO_SUPPLIES, TWO_DEMANDS, List.of(new Arc(0, 7, 1))))
			.withMessageContaining("demand 7");
	}

	@Test
	void rejectsANegativeArcIndex() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Arc(-1, 0, 1)).withMessageContaining("-1");
	}

	@Test
	void rejectsTwoArcsBetweenTheSameSupplyAndDemand() {
		// given arcs 0 and 2 both run A → Y
		List<Arc> arcs = List.of(new Arc(0, 1, 4), new Arc(1, 0, 4), new Arc(0, 1, 9));

		assertThatIllegalArgumentException().isThrownBy(() -> new AllocationProblem(TWO_SUPPLIES, TWO_DEMANDS, arcs))
			.withMessageContaining("Arcs 0 and 2")
			.withMessageContaining("supply 0 to demand 1");
	}

	@Test
	void rejectsABenefitThatCouldOverflowALong() {
		// given 10 units × 2^62 per unit = 2^62 · 10 > 2^63 − 1 on both sides
		List<Arc> arcs = List.of(new Arc(0, 0, 1L << 62));

		assertThatIllegalArgumentException().isThrownBy(() -> new AllocationProblem(TWO_SUPPLIES, TWO_DEMANDS, arcs))
			.withMessageContaining(String.valueOf(Long.MAX_VALUE));
	}

	@Test
	void acceptsAProblemWithoutAnything() {
		AllocationProblem empty = new AllocationProblem(List.of(), List.of(), List.of());

		assertThat(empty.arcs()).isEmpty();
	}

}
