package no.symbiose.engine.symbiosis.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The connected components of the bipartite graph of useful arcs (benefit &gt; 0), found
 * by union-find with path halving and union by size: near O(m) for m arcs. Supplies and
 * demands without a useful arc belong to no component.
 */
final class Components {

	private Components() {
	}

	/**
	 * Arc indices of each component, ascending within a component; components ordered by
	 * their first arc. The order depends only on the problem, so work split by it is
	 * deterministic.
	 */
	static List<int[]> of(AllocationProblem problem) {
		List<Arc> arcs = problem.arcs();
		int supplyCount = problem.supplies().size();
		int[] parent = new int[supplyCount + problem.demands().size()];
		int[] size = new int[parent.length];
		for (int node = 0; node < parent.length; node++) {
			parent[node] = node;
			size[node] = 1;
		}
		for (Arc arc : arcs) {
			if (arc.isUseful()) {
				union(parent, size, arc.supply(), supplyCount + arc.demand());
			}
		}
		int[] componentOfRoot = new int[parent.length];
		Arrays.fill(componentOfRoot, -1);
		int[] arcComponent = new int[arcs.size()];
		List<int[]> components = new ArrayList<>();
		int[] counts = new int[parent.length];
		int componentCount = 0;
		for (int i = 0; i < arcs.size(); i++) {
			Arc arc = arcs.get(i);
			if (!arc.isUseful()) {
				arcComponent[i] = -1;
				continue;
			}
			int root = find(parent, arc.supply());
			if (componentOfRoot[root] < 0) {
				componentOfRoot[root] = componentCount++;
			}
			arcComponent[i] = componentOfRoot[root];
			counts[arcComponent[i]]++;
		}
		int[] filled = new int[componentCount];
		for (int c = 0; c < componentCount; c++) {
			components.add(new int[counts[c]]);
		}
		for (int i = 0; i < arcs.size(); i++) {
			int c = arcComponent[i];
			if (c >= 0) {
				components.get(c)[filled[c]++] = i;
			}
		}
		return components;
	}

	private static void union(int[] parent, int[] size, int a, int b) {
		int rootA = find(parent, a);
		int rootB = find(parent, b);
		if (rootA == rootB) {
			return;
		}
		if (size[rootA] < size[rootB]) {
			int swap = rootA;
			rootA = rootB;
			rootB = swap;
		}
		parent[rootB] = rootA;
		size[rootA] += size[rootB];
	}

	private static int find(int[] parent, int node) {
		while (parent[node] != node) {
			parent[node] = parent[parent[node]];
			node = parent[node];
		}
		return node;
	}

}
