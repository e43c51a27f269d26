package no.symbiose.engine.symbiosis.allocation;

import java.util.Arrays;
import java.util.List;

/**
 * An integer allocation problem: supplies and demands with capacities in whole units
 * (tonnes or MWh, scaled once by the caller) and candidate arcs with a benefit per unit
 * as a long (for example grams CO2e per tonne, or øre per tonne). An allocation maximises
 * {@code Σ flow × benefitPerUnit}.
 * <p>
 * Valid by construction: capacities are 0 or more, arc indices point at a supply and a
 * demand, no (supply, demand) pair has two arcs, and the largest possible objective fits
 * in a long, so no allocator can overflow when it adds up the benefit.
 */
public record AllocationProblem(List<Supply> supplies, List<Demand> demands, List<Arc> arcs) {

	public AllocationProblem {
		supplies = List.copyOf(supplies);
		demands = List.copyOf(demands);
		arcs = List.copyOf(arcs);
		requireIndicesInRange(supplies.size(), demands.size(), arcs);
		requireNoDuplicateArc(demands.size(), arcs);
		requireObjectiveFitsInLong(supplies, demands, arcs);
	}

	private static void requireIndicesInRange(int supplyCount, int demandCount, List<Arc> arcs) {
		for (int i = 0; i < arcs.size(); i++) {
			Arc arc = arcs.get(i);
			if (arc.supply() >= supplyCount) {
				throw new IllegalArgumentException("Arc %d points at supply %d, but there are only %d supplies"
					.formatted(i, arc.supply(), supplyCount));
			}
			if (arc.demand() >= demandCount) {
				throw new IllegalArgumentException("Arc %d points at demand %d, but there are only %d demands"
					.formatted(i, arc.demand(), demandCount));
			}
		}
	}

	private static void requireNoDuplicateArc(int demandCount, List<Arc> arcs) {
		long[] keys = new long[arcs.size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = pairKey(arcs.get(i), demandCount);
		}
		Arrays.sort(keys);
		for (int i = 1; i < keys.length; i++) {
			if (keys[i] == keys[i - 1]) {
				throwDuplicate(keys[i], demandCount, arcs);
			}
		}
	}

	private static void throwDuplicate(long key, int demandCount, List<Arc> arcs) {
		int first = -1;
		for (int i = 0; i < arcs.size(); i++) {
			if (pairKey(arcs.get(i), demandCount) == key) {
				if (first >= 0) {
					Arc arc = arcs.get(i);
					throw new IllegalArgumentException(
							"Arcs %d and %d both go from supply %d to demand %d; merge them into one arc"
								.formatted(first, i, arc.supply(), arc.demand()));
				}
				first = i;
			}
		}
		throw new AssertionError("duplicate key not found again");
	}

	private static long pairKey(Arc arc, int demandCount) {
		return (long) arc.supply() * demandCount + arc.demand();
	}

	/**
	 * Every feasible allocation has an objective of at most Σ over supplies of capacity ×
	 * the best benefit leaving that supply, and likewise over demands. One of the two
	 * bounds must fit in a long.
	 */
	private static void requireObjectiveFitsInLong(List<Supply> supplies, List<Demand> demands, List<Arc> arcs) {
		long[] bestFromSupply = new long[supplies.size()];
		long[] bestIntoDemand = new long[demands.size()];
		for (Arc arc : arcs) {
			bestFromSupply[arc.supply()] = Math.max(bestFromSupply[arc.supply()], arc.benefitPerUnit());
			bestIntoDemand[arc.demand()] = Math.max(bestIntoDemand[arc.demand()], arc.benefitPerUnit());
		}
		long overSupplies = saturatedBound(supplies.stream().mapToLong(Supply::capacity).toArray(), bestFromSupply);
		long overDemands = saturatedBound(demands.stream().mapToLong(Demand::capacity).toArray(), bestIntoDemand);
		if (overSupplies == Long.MAX_VALUE && overDemands == Long.MAX_VALUE) {
			throw new IllegalArgumentException(
					"The total benefit could exceed %d (2^63 − 1): Σ capacity × benefit per unit overflows a long; use coarser units for capacity or benefit"
						.formatted(Long.MAX_VALUE));
		}
	}

	private static long saturatedBound(long[] capacities, long[] bestBenefits) {
		try {
			long bound = 0;
			for (int i = 0; i < capacities.length; i++) {
				bound = Math.addExact(bound, Math.multiplyExact(capacities[i], bestBenefits[i]));
			}
			return bound;
		}
		catch (ArithmeticException overflow) {
			return Long.MAX_VALUE;
		}
	}

	/** {@code Σ flows[i] × arcs[i].benefitPerUnit}; fits in a long by construction. */
	long objectiveOf(long[] flows) {
		long objective = 0;
		for (int i = 0; i < flows.length; i++) {
			objective = Math.addExact(objective, Math.multiplyExact(flows[i], this.arcs.get(i).benefitPerUnit()));
		}
		return objective;
	}

}
