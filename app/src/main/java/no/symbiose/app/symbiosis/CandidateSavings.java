package no.symbiose.app.symbiosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.symbiosis.AllocationProblems.Built;
import no.symbiose.app.symbiosis.AllocationProblems.Objective;
import no.symbiose.app.symbiosis.AllocationProblems.Option;
import no.symbiose.engine.symbiosis.allocation.Allocation;
import no.symbiose.engine.symbiosis.allocation.Allocator;
import no.symbiose.engine.symbiosis.allocation.MinCostFlowAllocator;

/**
 * The CO2e the candidates nobody follows up yet could save, for the goals' gap: the
 * candidates the viewer may see with a side in the scope ({@link CandidateViews}), less
 * those already in the pipeline (a synergy exists), allocated as
 * {@link SymbiosisAllocation} does with the objective CO2e, so that a supply's tonnes or
 * MWh are counted once even when several receivers could take them. Not a transaction,
 * for the reason {@link CandidateViews} gives.
 */
@Service
public class CandidateSavings {

	private final CandidateViews candidates;

	private final Allocator optimal = MinCostFlowAllocator.byComponents(2);

	private final SymbiosisMatching matching;

	private final DataVersionCache cache;

	private final JdbcClient jdbc;

	CandidateSavings(CandidateViews candidates, SymbiosisMatching matching, DataVersionCache cache, JdbcClient jdbc) {
		this.candidates = candidates;
		this.matching = matching;
		this.cache = cache;
		this.jdbc = jdbc;
	}

	private record PotentialKey(Viewer.Access viewer, @Nullable String county, @Nullable String park, Locale locale,
			int named, long run) {
	}

	/**
	 * What a potential depends on besides the match run: the companies, the tenancies
	 * (which decide what a viewer sees) and the synergies (which take candidates out). A
	 * change of confidentiality or tenancy also moves the access epoch, so a potential is
	 * never kept across it.
	 */
	private static final String FINGERPRINT = """
			select concat_ws('/',
			  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0) from company),
			  (select count(*) || ':' || coalesce(max(id), 0) from tenancy),
			  (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(id), 0) from synergy),
			  current_date)
			""";

	/**
	 * Which match run the potentials are computed from
	 * ({@link SymbiosisMatching#generation()}), for keys of cached results.
	 */
	public long runGeneration() {
		return this.matching.generation();
	}

	/**
	 * One allocated candidate.
	 *
	 * @param candidateId the id the viewer was shown (an anonymous token when a side is
	 * anonymous)
	 * @param quantity the quantity allocated to it per year, in {@code unit}
	 * @param tonnesCo2ePerYear the net CO2e it saves at that quantity
	 */
	public record Saving(String candidateId, String ruleName, String supply, String demand, long quantity, String unit,
			double tonnesCo2ePerYear) {
	}

	/**
	 * @param candidates candidates outside the pipeline the viewer may see in the scope
	 * @param withFigures of those, the ones with a quantity and a net CO2e per unit,
	 * which the allocation can use
	 * @param allocated the largest savings the allocation gives, as many as asked for,
	 * largest first
	 */
	public record Potential(int candidates, int withFigures, List<Saving> allocated) {

		public Potential {
			allocated = List.copyOf(allocated);
		}

	}

	/**
	 * @param county a county number, or null
	 * @param park a park key, or null; a side matches only where the viewer sees its
	 * company
	 * @param named how many of the largest savings to name ({@link Potential#allocated});
	 * the counts cover all
	 */
	public Potential outsidePipeline(Viewer viewer, @Nullable String county, @Nullable String park, Locale locale,
			int named) {
		// kept per match run while the companies, tenancies and synergies are
		// unchanged: a county's or the nation's scan and allocation of their
		// candidates take seconds, and every import changes the data
		return this.cache.get(new PotentialKey(viewer.access(), county, park, locale, named, runGeneration()),
				() -> this.jdbc.sql(FINGERPRINT).query(String.class).single(),
				() -> compute(viewer, county, park, locale, named));
	}

	private Potential compute(Viewer viewer, @Nullable String county, @Nullable String park, Locale locale, int named) {
		CandidateFilter filter = new CandidateFilter(null, park, county, null, null, null, CandidateFilter.Sort.RANK);
		List<CandidateViews.Seen> seen = this.candidates.seen(viewer, filter);
		List<Option> material = new ArrayList<>();
		List<Option> heat = new ArrayList<>();
		Map<String, Integer> positions = new HashMap<>();
		int outside = 0;
		int withFigures = 0;
		for (int i = 0; i < seen.size(); i++) {
			CandidateViews.Seen one = seen.get(i);
			if (one.synergyId() != null) {
				continue;
			}
			outside++;
			Option option = Option.of(one.candidate(), one.shownId());
			if (option != null && option.netKgCo2ePerUnit() != null) {
				withFigures++;
				positions.put(one.shownId(), i);
				(one.candidate().figures().isHeat() ? heat : material).add(option);
			}
		}
		List<Flow> flows = new ArrayList<>();
		flows.addAll(flows(AllocationProblems.build(material, Objective.CO2E), "t/yr"));
		flows.addAll(flows(AllocationProblems.build(heat, Objective.CO2E), "MWh/yr"));
		// largest first; equal savings in the engine's ranking
		flows.sort(Comparator.comparingDouble(Flow::tonnesCo2ePerYear)
			.reversed()
			.thenComparingInt(flow -> positions.get(flow.candidateId())));
		List<Flow> best = flows.size() <= named ? flows : flows.subList(0, named);
		// only the named candidates are worded: a county has thousands
		List<CandidateView> views = this.candidates.views(seen,
				best.stream().map(flow -> positions.get(flow.candidateId())).toList(), locale);
		List<Saving> savings = new ArrayList<>();
		for (int i = 0; i < best.size(); i++) {
			Flow flow = best.get(i);
			CandidateView view = views.get(i);
			savings.add(new Saving(flow.candidateId(), view.rule().name(), view.supply().who(), view.demand().who(),
					flow.quantity(), flow.unit(), flow.tonnesCo2ePerYear()));
		}
		return new Potential(outside, withFigures, savings);
	}

	private record Flow(String candidateId, long quantity, String unit, double tonnesCo2ePerYear) {
	}

	private List<Flow> flows(Built built, String unit) {
		if (built.problem().arcs().isEmpty()) {
			return List.of();
		}
		Allocation allocation = this.optimal.allocate(built.problem());
		List<Flow> flows = new ArrayList<>();
		for (int i = 0; i < built.arcOptions().size(); i++) {
			long flow = allocation.flow(i);
			if (flow > 0) {
				long benefit = flow * built.problem().arcs().get(i).benefitPerUnit();
				flows.add(new Flow(built.arcOptions().get(i).id(), flow, unit, Objective.CO2E.toDisplay(benefit)));
			}
		}
		return flows;
	}

}
