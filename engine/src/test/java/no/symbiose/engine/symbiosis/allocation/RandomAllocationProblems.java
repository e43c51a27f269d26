package no.symbiose.engine.symbiosis.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random allocation problems shaped like geography: every supply and demand lies
 * in one of {@code clusters} regions, chosen at random, and arcs join nodes of the same
 * region only, so the graph falls apart into many components. The same arguments always
 * give the same problem. Capacities are 1..10 000 units, benefits 1..1 000 000 per unit.
 */
public final class RandomAllocationProblems {

	public static final long MAX_CAPACITY = 10_000;

	public static final long MAX_BENEFIT = 1_000_000;

	private RandomAllocationProblems() {
	}

	/**
	 * Each supply gets {@code arcsPerSupply} arcs to distinct demands of its cluster
	 * (fewer when the cluster has fewer demands).
	 */
	public static AllocationProblem generate(int supplies, int demands, int arcsPerSupply, int clusters, long seed) {
		if (supplies < 0 || demands < 0 || arcsPerSupply < 0 || clusters < 1) {
			throw new IllegalArgumentException("Cannot generate %d supplies, %d demands, %d arcs each in %d clusters"
				.formatted(supplies, demands, arcsPerSupply, clusters));
		}
		SplittableRandom random = new SplittableRandom(seed);
		List<Supply> supplyList = new ArrayList<>(supplies);
		int[] supplyCluster = new int[supplies];
		for (int s = 0; s < supplies; s++) {
			supplyList.add(new Supply("S" + s, random.nextLong(1, MAX_CAPACITY + 1)));
			supplyCluster[s] = random.nextInt(clusters);
		}
		List<Demand> demandList = new ArrayList<>(demands);
		int[] clusterSize = new int[clusters];
		int[] demandCluster = new int[demands];
		for (int d = 0; d < demands; d++) {
			demandList.add(new Demand("D" + d, random.nextLong(1, MAX_CAPACITY + 1)));
			demandCluster[d] = random.nextInt(clusters);
			clusterSize[demandCluster[d]]++;
		}
		int[][] demandsOf = new int[clusters][];
		for (int c = 0; c < clusters; c++) {
			demandsOf[c] = new int[clusterSize[c]];
			clusterSize[c] = 0;
		}
		for (int d = 0; d < demands; d++) {
			int c = demandCluster[d];
			demandsOf[c][clusterSize[c]++] = d;
		}
		List<Arc> arcs = new ArrayList<>();
		for (int s = 0; s < supplies; s++) {
			int[] candidates = demandsOf[supplyCluster[s]];
			int count = Math.min(arcsPerSupply, candidates.length);
			// A partial Fisher–Yates shuffle picks distinct demands; the array stays a
			// permutation of the cluster's demands.
			for (int k = 0; k < count; k++) {
				int pick = k + random.nextInt(candidates.length - k);
				int demand = candidates[pick];
				candidates[pick] = candidates[k];
				candidates[k] = demand;
				arcs.add(new Arc(s, demand, random.nextLong(1, MAX_BENEFIT + 1)));
			}
		}
		return new AllocationProblem(supplyList, demandList, arcs);
	}

}
