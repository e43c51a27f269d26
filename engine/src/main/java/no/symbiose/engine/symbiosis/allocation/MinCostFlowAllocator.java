package no.symbiose.engine.symbiosis.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The optimal allocation, as a min-cost flow solved exactly in integers by OR-Tools'
 * SimpleMinCostFlow (Java class {@link MinCostFlow}; Goldberg's cost-scaling
 * push-relabel).
 * <p>
 * Formulation, which maximises benefit without forcing any flow: each supply node
 * supplies its capacity and one sink demands their total. Arcs: supply → demand for each
 * arc with benefit &gt; 0 (unit cost −benefit, capacity min(supply, demand capacity));
 * demand → sink (cost 0, capacity = the demand's capacity); and a bypass supply → sink
 * (cost 0, capacity = the supply's capacity) for what no demand should take. Minimum cost
 * = −maximum benefit. Nodes and arcs without benefit stay out of the solve.
 * <p>
 * Limits: OR-Tools works in int64. It multiplies each unit cost by (nodes + 1) and
 * refuses a cost above (2^63 − 1) / (2 (nodes + 1)); its sink demand and input check need
 * 2 × Σ supply capacity to fit. Both are checked for the whole problem (S + D + 1 nodes)
 * before solving, in both modes, so both accept the same problems, and break with an
 * {@link IllegalArgumentException}; {@link AllocationProblem} already guarantees that the
 * objective fits. Any status but OPTIMAL is an {@link IllegalStateException}.
 * <p>
 * {@link #byComponents(int)} first splits the graph of useful arcs into connected
 * components, which share no constraint, so their optima add up to the global optimum. A
 * star (one supply or one demand) is filled best benefit first, which is optimal there: a
 * fractional knapsack with unit weights. Other components are solved by OR-Tools, small
 * ones batched into one solve, on {@code threads} workers. Batches depend only on the
 * problem and each writes only its own arcs, so the flows are the same whatever the
 * thread timing; they may differ from {@link #monolithic()} among equally good optima,
 * the objective may not.
 */
public final class MinCostFlowAllocator implements Allocator {

	static final String MONOLITHIC = "min-cost flow (OR-Tools)";

	static final String BY_COMPONENTS = "min-cost flow (OR-Tools) by components";

	/**
	 * Components with fewer arcs are batched into one solve until a batch has this many,
	 * so the workers get fewer, coarser tasks. Keep it small: OR-Tools' cost scaling
	 * grows faster than linearly, and on 100 000 × 100 000 nodes in 2 000 clusters one
	 * thread took about 2.1 s of CPU with batches of 16–64 arcs, 3.0 s with 1 024 and 4.4
	 * s with 4 096.
	 */
	static final int BATCH_ARCS = 64;

	private static volatile boolean nativesLoaded;

	private final int threads;

	private final boolean splitIntoComponents;

	private final int batchArcs;

	private MinCostFlowAllocator(int threads, boolean splitIntoComponents, int batchArcs) {
		this.threads = threads;
		this.splitIntoComponents = splitIntoComponents;
		this.batchArcs = batchArcs;
	}

	/** One OR-Tools solve over every useful arc. */
	public static MinCostFlowAllocator monolithic() {
		return new MinCostFlowAllocator(1, false, BATCH_ARCS);
	}

	/**
	 * One solve per connected component (or batch of small ones), on {@code threads}
	 * workers.
	 */
	public static MinCostFlowAllocator byComponents(int threads) {
		return byComponents(threads, BATCH_ARCS);
	}

	static MinCostFlowAllocator byComponents(int threads, int batchArcs) {
		if (threads < 1) {
			throw new IllegalArgumentException("Thread count %d must be 1 or more".formatted(threads));
		}
		if (batchArcs < 1) {
			throw new IllegalArgumentException("Batch size %d must be 1 or more".formatted(batchArcs));
		}
		return new MinCostFlowAllocator(threads, true, batchArcs);
	}

	@Override
	public Allocation allocate(AllocationProblem problem) {
		requireWithinOrToolsRange(problem);
		long[] flows = new long[problem.arcs().size()];
		if (!this.splitIntoComponents) {
			int[] useful = usefulArcs(problem);
			if (useful.length > 0) {
				solveWithOrTools(problem, useful, flows);
			}
			return Allocation.of(problem, flows, MONOLITHIC, (useful.length > 0) ? 1 : 0);
		}
		List<int[]> components = Components.of(problem);
		List<int[]> batches = new ArrayList<>();
		List<int[]> smallOnes = new ArrayList<>();
		int smallArcs = 0;
		for (int[] component : components) {
			if (isStar(problem, component)) {
				fillStar(problem, component, flows);
			}
			else if (component.length >= this.batchArcs) {
				batches.add(component);
			}
			else {
				smallOnes.add(component);
				smallArcs += component.length;
				if (smallArcs >= this.batchArcs) {
					batches.add(concat(smallOnes, smallArcs));
					smallOnes.clear();
					smallArcs = 0;
				}
			}
		}
		if (!smallOnes.isEmpty()) {
			batches.add(concat(smallOnes, smallArcs));
		}
		solveAll(problem, batches, flows);
		return Allocation.of(problem, flows, BY_COMPONENTS, components.size());
	}

	private void solveAll(AllocationProblem problem, List<int[]> batches, long[] flows) {
		if (this.threads == 1 || batches.size() <= 1) {
			batches.forEach((batch) -> solveWithOrTools(problem, batch, flows));
			return;
		}
		// Largest first, so no big batch starts last and leaves the other workers idle.
		List<int[]> largestFirst = batches.stream().sorted(Comparator.comparingInt((int[] b) -> -b.length)).toList();
		AtomicInteger workerNumber = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(Math.min(this.threads, batches.size()), (task) -> {
			Thread worker = new Thread(task, "allocation-" + workerNumber.incrementAndGet());
			worker.setDaemon(true);
			return worker;
		});
		try {
			List<Future<?>> solves = new ArrayList<>();
			for (int[] batch : largestFirst) {
				solves.add(workers.submit(() -> solveWithOrTools(problem, batch, flows)));
			}
			// Future.get() makes each worker's writes to flows visible here.
			for (Future<?> solve : solves) {
				solve.get();
			}
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException("A component's solve failed", failed.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while allocating", interrupted);
		}
		finally {
			workers.shutdownNow();
		}
	}

	/** Solves the arcs {@code arcIndices} (useful ones) and writes their flows. */
	private static void solveWithOrTools(AllocationProblem problem, int[] arcIndices, long[] flows) {
		loadNativesOnce();
		List<Arc> arcs = problem.arcs();
		int[] supplies = distinct(arcIndices, arcs, true);
		int[] demands = distinct(arcIndices, arcs, false);
		int sink = supplies.length + demands.length;
		MinCostFlow solver = new MinCostFlow(sink + 1, arcIndices.length + sink);
		try {
			int[] solverArc = new int[arcIndices.length];
			for (int k = 0; k < arcIndices.length; k++) {
				Arc arc = arcs.get(arcIndices[k]);
				long capacity = Math.min(supplyCapacity(problem, arc.supply()), demandCapacity(problem, arc.demand()));
				solverArc[k] = solver.addArcWithCapacityAndUnitCost(Arrays.binarySearch(supplies, arc.supply()),
						supplies.length + Arrays.binarySearch(demands, arc.demand()), capacity, -arc.benefitPerUnit());
			}
			for (int d = 0; d < demands.length; d++) {
				solver.addArcWithCapacityAndUnitCost(supplies.length + d, sink, demandCapacity(problem, demands[d]), 0);
			}
			long totalSupply = 0;
			for (int s = 0; s < supplies.length; s++) {
				long capacity = supplyCapacity(problem, supplies[s]);
				solver.addArcWithCapacityAndUnitCost(s, sink, capacity, 0);
				solver.setNodeSupply(s, capacity);
				totalSupply += capacity;
			}
			solver.setNodeSupply(sink, -totalSupply);
			MinCostFlowBase.Status status = solver.solve();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException("OR-Tools min-cost flow returned %s, not OPTIMAL, on %d arcs"
					.formatted(status, arcIndices.length));
			}
			for (int k = 0; k < arcIndices.length; k++) {
				flows[arcIndices[k]] = solver.getFlow(solverArc[k]);
			}
		}
		finally {
			solver.delete();
		}
	}

	private static boolean isStar(AllocationProblem problem, int[] component) {
		Arc first = problem.arcs().get(component[0]);
		boolean oneSupply = true;
		boolean oneDemand = true;
		for (int i : component) {
			Arc arc = problem.arcs().get(i);
			oneSupply &= arc.supply() == first.supply();
			oneDemand &= arc.demand() == first.demand();
		}
		return oneSupply || oneDemand;
	}

	/**
	 * A star's centre is its one supply (or one demand); every leaf has only its arc to
	 * the centre. Filling arcs best benefit first (ties by arc index) is optimal.
	 */
	private static void fillStar(AllocationProblem problem, int[] component, long[] flows) {
		List<Arc> arcs = problem.arcs();
		Arc first = arcs.get(component[0]);
		boolean supplyCentre = Arrays.stream(component).allMatch((i) -> arcs.get(i).supply() == first.supply());
		long centreLeft = supplyCentre ? supplyCapacity(problem, first.supply())
				: demandCapacity(problem, first.demand());
		int[] bestFirst = Arrays.stream(component)
			.boxed()
			.sorted(Comparator.comparingLong((Integer i) -> -arcs.get(i).benefitPerUnit())
				.thenComparingInt(Integer::intValue))
			.mapToInt(Integer::intValue)
			.toArray();
		for (int i : bestFirst) {
			Arc arc = arcs.get(i);
			long leafCapacity = supplyCentre ? demandCapacity(problem, arc.demand())
					: supplyCapacity(problem, arc.supply());
			long flow = Math.min(centreLeft, leafCapacity);
			flows[i] = flow;
			centreLeft -= flow;
		}
	}

	private static void requireWithinOrToolsRange(AllocationProblem problem) {
		long nodesPlusOne = (long) problem.supplies().size() + problem.demands().size() + 2;
		long costLimit = Long.MAX_VALUE / (2 * nodesPlusOne);
		boolean[] supplies = new boolean[problem.supplies().size()];
		for (int i = 0; i < problem.arcs().size(); i++) {
			Arc arc = problem.arcs().get(i);
			if (arc.benefitPerUnit() > costLimit) {
				throw new IllegalArgumentException(
						"Arc %d has benefit %d per unit, above the %d that OR-Tools' min-cost flow can scale for %d nodes; use a coarser benefit unit"
							.formatted(i, arc.benefitPerUnit(), costLimit, nodesPlusOne - 1));
			}
			supplies[arc.supply()] |= arc.isUseful();
		}
		long totalSupply = 0;
		for (int s = 0; s < supplies.length; s++) {
			if (supplies[s]) {
				totalSupply += supplyCapacity(problem, s);
				if (totalSupply < 0 || totalSupply > Long.MAX_VALUE / 2) {
					throw new IllegalArgumentException(
							"The supplies' capacities add up to more than %d, (2^63 − 1) / 2, the most OR-Tools' min-cost flow can route; use a coarser capacity unit"
								.formatted(Long.MAX_VALUE / 2));
				}
			}
		}
	}

	private static void loadNativesOnce() {
		if (!nativesLoaded) {
			synchronized (MinCostFlowAllocator.class) {
				if (!nativesLoaded) {
					Loader.loadNativeLibraries();
					nativesLoaded = true;
				}
			}
		}
	}

	private static int[] usefulArcs(AllocationProblem problem) {
		List<Arc> arcs = problem.arcs();
		return IntStream.range(0, arcs.size()).filter((i) -> arcs.get(i).isUseful()).toArray();
	}

	private static int[] distinct(int[] arcIndices, List<Arc> arcs, boolean supplies) {
		int[] nodes = new int[arcIndices.length];
		for (int k = 0; k < arcIndices.length; k++) {
			Arc arc = arcs.get(arcIndices[k]);
			nodes[k] = supplies ? arc.supply() : arc.demand();
		}
		return Arrays.stream(nodes).sorted().distinct().toArray();
	}

	private static int[] concat(List<int[]> parts, int length) {
		int[] all = new int[length];
		int at = 0;
		for (int[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private static long supplyCapacity(AllocationProblem problem, int supply) {
		return problem.supplies().get(supply).capacity();
	}

	private static long demandCapacity(AllocationProblem problem, int demand) {
		return problem.demands().get(demand).capacity();
	}

}
