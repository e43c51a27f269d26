package no.symbiose.engine.symbiosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.symbiosis.allocation.Allocation;
import no.symbiose.engine.symbiosis.allocation.AllocationProblem;
import no.symbiose.engine.symbiosis.allocation.Allocator;
import no.symbiose.engine.symbiosis.allocation.Arc;
import no.symbiose.engine.symbiosis.allocation.Demand;
import no.symbiose.engine.symbiosis.allocation.Supply;
import no.symbiose.engine.units.FlowUnit;

/**
 * Turns candidates into the integer allocation problem and the solver's flows back into
 * candidates. The one place where tonnes and MWh become whole units:
 * <ul>
 * <li>Only candidates with both quantities known take part; material (t) and heat (MWh)
 * are separate problems because their units differ.</li>
 * <li>Capacities are the streams' yearly amounts rounded to whole tonnes or MWh; heat
 * counts at the source (a heat pump's electricity adds to what is delivered, which the
 * allocation leaves out, so it never promises more than the source gives).</li>
 * <li>One arc per supply–demand pair, with the rule that gains most per unit.</li>
 * <li>Benefit per unit: grams CO2e (objective CO2e) or øre (objective value),
 * rounded.</li>
 * <li>Months: the allocation works on yearly amounts; the season overlap shows in each
 * candidate's own figures.</li>
 * </ul>
 */
public final class AllocationPlan {

	private final FlowUnit unit;

	private final Objective objective;

	private final AllocationProblem problem;

	private final List<Candidate> arcCandidates;

	private AllocationPlan(FlowUnit unit, Objective objective, AllocationProblem problem,
			List<Candidate> arcCandidates) {
		this.unit = unit;
		this.objective = objective;
		this.problem = problem;
		this.arcCandidates = arcCandidates;
	}

	/** One plan per unit (tonnes, MWh) that has at least one usable candidate. */
	public static List<AllocationPlan> of(List<Candidate> candidates, Objective objective,
			CandidateQuantifier quantifier) {
		List<AllocationPlan> plans = new ArrayList<>();
		for (FlowUnit unit : new FlowUnit[] { FlowUnit.TONNES_PER_YEAR, FlowUnit.MEGAWATT_HOURS_PER_YEAR }) {
			AllocationPlan plan = of(candidates, objective, quantifier, unit);
			if (plan != null) {
				plans.add(plan);
			}
		}
		return plans;
	}

	private static @Nullable AllocationPlan of(List<Candidate> candidates, Objective objective,
			CandidateQuantifier quantifier, FlowUnit unit) {
		Map<String, Candidate> bestPerPair = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			if (candidate.figures().unit() != unit || !candidate.isAllocatable()) {
				continue;
			}
			long benefit = benefitPerUnit(candidate, objective);
			if (benefit <= 0) {
				continue;
			}
			String pair = candidate.supply().id() + ">" + candidate.demand().id();
			Candidate best = bestPerPair.get(pair);
			if (best == null || benefitPerUnit(best, objective) < benefit) {
				bestPerPair.put(pair, candidate);
			}
		}
		if (bestPerPair.isEmpty()) {
			return null;
		}
		Map<String, Integer> supplyIndex = new HashMap<>();
		Map<String, Integer> demandIndex = new HashMap<>();
		List<Supply> supplies = new ArrayList<>();
		List<Demand> demands = new ArrayList<>();
		List<Arc> arcs = new ArrayList<>();
		List<Candidate> arcCandidates = new ArrayList<>();
		for (Candidate candidate : bestPerPair.values()) {
			MatchStream s = candidate.supply();
			MatchStream d = candidate.demand();
			int si = supplyIndex.computeIfAbsent(s.id(), id -> {
				supplies.add(new Supply(id, Math.round(amount(quantifier, s, unit))));
				return supplies.size() - 1;
			});
			int di = demandIndex.computeIfAbsent(d.id(), id -> {
				demands.add(new Demand(id, Math.round(amount(quantifier, d, unit))));
				return demands.size() - 1;
			});
			arcs.add(new Arc(si, di, benefitPerUnit(candidate, objective)));
			arcCandidates.add(candidate);
		}
		return new AllocationPlan(unit, objective, new AllocationProblem(supplies, demands, arcs), arcCandidates);
	}

	private static double amount(CandidateQuantifier quantifier, MatchStream stream, FlowUnit unit) {
		Double amount = quantifier.amount(stream, unit);
		if (amount == null) {
			throw new IllegalStateException("Stream " + stream.id() + " has no amount in " + unit.symbol());
		}
		return amount;
	}

	static long benefitPerUnit(Candidate candidate, Objective objective) {
		Double perUnit = objective == Objective.CO2E ? candidate.figures().netKgCo2ePerUnit()
				: candidate.figures().netNokPerUnit();
		if (perUnit == null) {
			return 0;
		}
		return Math.round(perUnit * (objective == Objective.CO2E ? 1000 : 100));
	}

	public FlowUnit unit() {
		return this.unit;
	}

	public Objective objective() {
		return this.objective;
	}

	public AllocationProblem problem() {
		return this.problem;
	}

	/** Solves the plan and says which candidates carry how much. */
	public Result solve(Allocator allocator) {
		long t0 = System.nanoTime();
		Allocation allocation = allocator.allocate(this.problem);
		long nanos = System.nanoTime() - t0;
		List<Flow> flows = new ArrayList<>();
		for (int i = 0; i < this.arcCandidates.size(); i++) {
			long quantity = allocation.flow(i);
			if (quantity > 0) {
				flows.add(new Flow(this.arcCandidates.get(i), quantity,
						quantity * this.problem.arcs().get(i).benefitPerUnit()));
			}
		}
		return new Result(this.unit, this.objective, allocation, flows, nanos);
	}

	/**
	 * One allocated exchange: whole units per year, and its benefit in grams CO2e or øre.
	 */
	public record Flow(Candidate candidate, long quantity, long benefit) {

		/** The benefit in tonnes CO2e (objective CO2e) or NOK (objective value). */
		public double benefitInDisplayUnit(Objective objective) {
			return objective == Objective.CO2E ? this.benefit / 1_000_000.0 : this.benefit / 100.0;
		}

	}

	/** An allocation of one plan. */
	public record Result(FlowUnit unit, Objective objective, Allocation allocation, List<Flow> flows, long nanos) {

		public Result {
			flows = List.copyOf(flows);
		}

		/**
		 * The total in tonnes CO2e per year (objective CO2e) or NOK per year (objective
		 * value).
		 */
		public double total() {
			return this.objective == Objective.CO2E ? this.allocation.objective() / 1_000_000.0
					: this.allocation.objective() / 100.0;
		}

	}

}
