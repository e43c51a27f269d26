package no.symbiose.app.symbiosis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import no.symbiose.engine.symbiosis.AllocationPlan;
import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.engine.symbiosis.CandidateQuantifier;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.Objective;
import no.symbiose.engine.symbiosis.allocation.GreedyAllocator;
import no.symbiose.engine.symbiosis.allocation.MinCostFlowAllocator;

/** The command line's allocation: optimal and greedy side by side, written as CSV. */
final class Allocations {

	private Allocations() {
	}

	static MatchCommand.AllocationSummary writeAllocation(Path file, List<Candidate> candidates,
			KnowledgeBase knowledge, String objectiveKey, Map<String, String> names) throws IOException {
		Objective objective = Objective.fromKey(objectiveKey);
		List<AllocationPlan> plans = AllocationPlan.of(candidates, objective,
				new CandidateQuantifier(knowledge.factors()));
		StringBuilder summary = new StringBuilder();
		String unit = objective == Objective.CO2E ? "t CO2e/yr" : "NOK/yr";
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			csv.printRecord("method", "candidate_id", "supply_company", "supply_stream", "demand_company",
					"demand_stream", "rule_id", "quantity", "unit",
					objective == Objective.CO2E ? "t_co2e_per_yr" : "nok_per_yr");
			if (plans.isEmpty()) {
				summary.append("Allocation: no candidate has both quantities known, so there is nothing to allocate.");
			}
			for (AllocationPlan plan : plans) {
				AllocationPlan.Result optimal = plan.solve(MinCostFlowAllocator.byComponents(2));
				AllocationPlan.Result greedy = plan.solve(new GreedyAllocator());
				for (AllocationPlan.Result result : List.of(optimal, greedy)) {
					String method = result == optimal ? "optimal" : "greedy";
					for (AllocationPlan.Flow flow : result.flows()) {
						Candidate c = flow.candidate();
						csv.printRecord(method, c.id(), names.getOrDefault(c.supply().company().value(), ""),
								c.supply().name(), names.getOrDefault(c.demand().company().value(), ""),
								c.demand().name(), c.rule().id(), flow.quantity(), plan.unit().symbol(),
								MatchCommand.round(flow.benefitInDisplayUnit(objective), 3));
					}
				}
				double gain = greedy.total() == 0 ? 0 : (optimal.total() - greedy.total()) / greedy.total() * 100;
				summary.append(String.format(Locale.ROOT,
						"Allocation (%s, %s): optimal %.1f %s over %d exchanges (%d components, %d ms); greedy %.1f %s (optimal +%.1f %%)%n",
						objective.key(), plan.unit().symbol(), optimal.total(), unit, optimal.flows().size(),
						optimal.allocation().components(), optimal.nanos() / 1_000_000, greedy.total(), unit, gain));
			}
		}
		return new MatchCommand.AllocationSummary(summary.toString().strip());
	}

}
