package no.symbiose.app.symbiosis;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.AllocationProblems.Built;
import no.symbiose.app.symbiosis.AllocationProblems.Objective;
import no.symbiose.app.symbiosis.AllocationProblems.Option;
import no.symbiose.engine.symbiosis.allocation.Allocation;
import no.symbiose.engine.symbiosis.allocation.Allocator;
import no.symbiose.engine.symbiosis.allocation.GreedyAllocator;
import no.symbiose.engine.symbiosis.allocation.MinCostFlowAllocator;

/**
 * The global allocation of the candidates a viewer may see in a scope: each supply's
 * tonnes or MWh go where they avoid most CO2e (or earn most), solved exactly as a
 * min-cost flow and, for comparison, greedily (best arc first), so people see what
 * optimisation adds.
 */
@Service
class SymbiosisAllocation {

	private final CandidateViews candidates;

	private final Allocator optimal = MinCostFlowAllocator.byComponents(2);

	private final Allocator greedy = new GreedyAllocator();

	SymbiosisAllocation(CandidateViews candidates) {
		this.candidates = candidates;
	}

	/**
	 * @param total t CO2e or NOK per year
	 */
	record Flow(String candidateId, long quantity, double total) {
	}

	record Result(String method, double total, int components, List<Flow> flows) {
	}

	/**
	 * One problem (material in t/yr, or heat in MWh/yr).
	 *
	 * @param gainPercent how much more the optimum gives than greedy, null when greedy
	 * gives nothing
	 */
	record Part(String kind, String unit, int supplies, int demands, int arcs, Result optimal, Result greedy,
			@Nullable Double gainPercent) {
	}

	/**
	 * @param totalUnit {@code t CO2e/yr} or {@code NOK/yr}
	 */
	record AllocationView(String objective, String totalUnit, List<Part> parts) {
	}

	AllocationView allocate(Viewer viewer, @Nullable String objectiveKey, @Nullable String county,
			@Nullable String park) {
		Objective objective = Objective.fromKey(objectiveKey);
		CandidateFilter scope = new CandidateFilter(null, park, county, null, null, null, CandidateFilter.Sort.RANK);
		List<Option> material = new ArrayList<>();
		List<Option> heat = new ArrayList<>();
		for (CandidateViews.Seen seen : this.candidates.seen(viewer, scope)) {
			Option option = Option.of(seen.candidate(), seen.shownId());
			if (option != null) {
				(seen.candidate().figures().isHeat() ? heat : material).add(option);
			}
		}
		List<Part> parts = new ArrayList<>();
		parts.add(part("material", "t/yr", AllocationProblems.build(material, objective), objective));
		parts.add(part("heat", "MWh/yr", AllocationProblems.build(heat, objective), objective));
		return new AllocationView(objective.key(), objective == Objective.CO2E ? "t CO2e/yr" : "NOK/yr", parts);
	}

	private Part part(String kind, String unit, Built built, Objective objective) {
		Result optimal = result(built, this.optimal.allocate(built.problem()), objective);
		Result greedy = result(built, this.greedy.allocate(built.problem()), objective);
		Double gain = greedy.total() > 0 ? (optimal.total() - greedy.total()) * 100 / greedy.total() : null;
		return new Part(kind, unit, built.problem().supplies().size(), built.problem().demands().size(),
				built.problem().arcs().size(), optimal, greedy, gain);
	}

	private static Result result(Built built, Allocation allocation, Objective objective) {
		List<Flow> flows = new ArrayList<>();
		for (int i = 0; i < built.arcOptions().size(); i++) {
			long flow = allocation.flow(i);
			if (flow > 0) {
				long benefit = flow * built.problem().arcs().get(i).benefitPerUnit();
				flows.add(new Flow(built.arcOptions().get(i).id(), flow, objective.toDisplay(benefit)));
			}
		}
		flows.sort(java.util.Comparator.comparingDouble(Flow::total).reversed());
		return new Result(allocation.method(), objective.toDisplay(allocation.objective()), allocation.components(),
				flows);
	}

}
