package no.symbiose.engine.symbiosis.allocation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The simple baseline shown beside the optimum: take arcs by benefit per unit, best first
 * (ties by supply index, then demand index), and give each as much as its supply and
 * demand still have. O(m log m) for m arcs. It can fall short of the optimum: taking the
 * best arc first may block two good ones.
 */
public final class GreedyAllocator implements Allocator {

	static final String METHOD = "greedy";

	@Override
	public Allocation allocate(AllocationProblem problem) {
		List<Arc> arcs = problem.arcs();
		long[] supplyLeft = problem.supplies().stream().mapToLong(Supply::capacity).toArray();
		long[] demandLeft = problem.demands().stream().mapToLong(Demand::capacity).toArray();
		long[] flows = new long[arcs.size()];
		int[] order = IntStream.range(0, arcs.size())
			.filter((i) -> arcs.get(i).isUseful())
			.boxed()
			.sorted(Comparator.<Integer>comparingLong((i) -> -arcs.get(i).benefitPerUnit())
				.thenComparingInt((i) -> arcs.get(i).supply())
				.thenComparingInt((i) -> arcs.get(i).demand()))
			.mapToInt(Integer::intValue)
			.toArray();
		for (int i : order) {
			Arc arc = arcs.get(i);
			long flow = Math.min(supplyLeft[arc.supply()], demandLeft[arc.demand()]);
			flows[i] = flow;
			supplyLeft[arc.supply()] -= flow;
			demandLeft[arc.demand()] -= flow;
		}
		return Allocation.of(problem, flows, METHOD, (order.length > 0) ? 1 : 0);
	}

}
