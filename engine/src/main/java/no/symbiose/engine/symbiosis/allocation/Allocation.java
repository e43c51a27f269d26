package no.symbiose.engine.symbiosis.allocation;

import java.util.Arrays;

/**
 * The result of an {@link Allocator}: {@code flows[i]} whole units move along arc
 * {@code i} of the problem (same order as {@link AllocationProblem#arcs()}), and
 * {@code objective = Σ flows[i] × arcs[i].benefitPerUnit}, in the problem's benefit unit.
 * {@code method} names the algorithm for display; {@code components} is the number of
 * independent parts the allocator solved (1 for one solve over everything, 0 when no arc
 * has a benefit).
 * <p>
 * The flows array is copied in and out, so an allocation cannot change; use
 * {@link #flow(int)} in loops.
 */
public record Allocation(long objective, long[] flows, String method, int components) {

	public Allocation {
		flows = flows.clone();
		for (int i = 0; i < flows.length; i++) {
			if (flows[i] < 0) {
				throw new IllegalArgumentException("Flow %d on arc %d is negative".formatted(flows[i], i));
			}
		}
		if (components < 0) {
			throw new IllegalArgumentException("Component count %d is negative".formatted(components));
		}
	}

	static Allocation of(AllocationProblem problem, long[] flows, String method, int components) {
		return new Allocation(problem.objectiveOf(flows), flows, method, components);
	}

	/** A copy of the flows, one per arc. */
	@Override
	public long[] flows() {
		return this.flows.clone();
	}

	/** The flow on arc {@code arc}, in whole units. */
	public long flow(int arc) {
		return this.flows[arc];
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Allocation that && this.objective == that.objective
				&& Arrays.equals(this.flows, that.flows) && this.method.equals(that.method)
				&& this.components == that.components;
	}

	@Override
	public int hashCode() {
		return 31 * (31 * (31 * Long.hashCode(this.objective) + Arrays.hashCode(this.flows)) + this.method.hashCode())
				+ this.components;
	}

	@Override
	public String toString() {
		return "Allocation[objective=%d, arcs=%d, method=%s, components=%d]".formatted(this.objective,
				this.flows.length, this.method, this.components);
	}

}
