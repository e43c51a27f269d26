package no.symbiose.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import no.symbiose.engine.symbiosis.AllocationPlan;
import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.engine.symbiosis.CandidateGenerator;
import no.symbiose.engine.symbiosis.CandidateQuantifier;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.MatchResult;
import no.symbiose.engine.symbiosis.MatchSettings;
import no.symbiose.engine.symbiosis.MatchStream;
import no.symbiose.engine.symbiosis.Objective;
import no.symbiose.engine.symbiosis.allocation.Allocation;
import no.symbiose.engine.symbiosis.allocation.GreedyAllocator;
import no.symbiose.engine.symbiosis.allocation.LpAllocationCheck;
import no.symbiose.engine.symbiosis.allocation.MinCostFlowAllocator;

/**
 * The benchmark command (docs/benchmarks.md, "Symbiosis engine"). Prints one Markdown
 * table row per measurement: candidate generation with the spatial index beside all pairs
 * on the same inputs in the same run, allocation by one OR-Tools min-cost flow beside the
 * same solved per component on 2 threads and the greedy baseline, end to end (candidates
 * + allocation plan + solve by components; reading or generating the streams is timed
 * separately), and the LP check of the allocation objective.
 *
 * <pre>
 * SymbiosisBenchmark [all|demo|hotmaps|generated|lp] [--runs 5] [--warmups 2] [--n 100000] [--nearest k]
 *                    [--seed 20261123] [--sample 250] [--lp-n 2000]
 * </pre>
 *
 * Run from the repository root (it reads bench/data and app/src/main/resources/demo).
 */
public final class SymbiosisBenchmark {

	private final KnowledgeBase knowledge = KnowledgeBase.builtIn();

	private final CandidateGenerator generator = new CandidateGenerator(this.knowledge);

	private final CandidateQuantifier quantifier = new CandidateQuantifier(this.knowledge.factors());

	private final int runs;

	private final int warmups;

	/**
	 * The matcher's settings: all demands in reach, or the nearest k per rule (--nearest
	 * k).
	 */
	private MatchSettings settings = MatchSettings.DEFAULT;

	private SymbiosisBenchmark(int runs, int warmups) {
		this.runs = runs;
		this.warmups = warmups;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		String what = "all";
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				options.put(args[i].substring(2), args[++i]);
			}
			else {
				what = args[i];
			}
		}
		int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
		int warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));
		int n = Integer.parseInt(options.getOrDefault("n", "100000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
		int sample = Integer.parseInt(options.getOrDefault("sample", "250"));
		int lpN = Integer.parseInt(options.getOrDefault("lp-n", "2000"));
		int nearest = Integer.parseInt(options.getOrDefault("nearest", "0"));
		SymbiosisBenchmark bench = new SymbiosisBenchmark(runs, warmups);
		bench.settings = MatchSettings.DEFAULT.withNearestPerRule(nearest);
		System.out.printf(
				"# Symbiosis benchmark: %d cores, max heap %d MiB, Java %s, knowledge base %s, nearest per rule %s, load %s%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("java.version"), bench.knowledge.version(), nearest == 0 ? "all" : nearest,
				Timing.load());
		System.out
			.println("| data set | measurement | supplies × demands | pairs checked | candidates | median s | min s "
					+ "| runs | load before → after | note |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		long t0 = System.nanoTime();
		List<HotmapsSite> sites = HotmapsSites.read(HotmapsSites.DEFAULT_FILE);
		bench.note("hotmaps", "read sites", sites.size() + " rows", t0);
		if (what.equals("all") || what.equals("demo")) {
			t0 = System.nanoTime();
			StreamSet demo = DemoStreams.read(DemoStreams.DEFAULT_DIR, DemoStreams.MUNICIPALITIES);
			bench.note("demo", "read streams", demo.supplies().size() + " × " + demo.demands().size(), t0);
			bench.whole(demo);
		}
		if (what.equals("all") || what.equals("hotmaps")) {
			t0 = System.nanoTime();
			StreamSet hotmaps = HotmapsStreams.of(sites);
			bench.note("hotmaps", "derive streams", hotmaps.supplies().size() + " × " + hotmaps.demands().size(), t0);
			bench.whole(hotmaps);
		}
		if (what.equals("all") || what.equals("generated")) {
			t0 = System.nanoTime();
			StreamSet generated = GeneratedStreams.generate(sites, n, n, seed, bench.knowledge);
			bench.note("generated", "generate streams (seed " + seed + ")",
					generated.supplies().size() + " × " + generated.demands().size(), t0);
			bench.generated(generated, sample);
		}
		if (what.equals("all") || what.equals("lp")) {
			bench.lp(GeneratedStreams.generate(sites, lpN, lpN, seed, bench.knowledge));
		}
	}

	/** Candidates, allocation and end to end for a data set small enough to run whole. */
	private void whole(StreamSet set) {
		MatchResult result = generation(set.name(), set.supplies(), set.demands(), this.runs, "");
		allocation(set.name(), result.candidates());
		endToEnd(set.name(), set.supplies(), set.demands());
	}

	/**
	 * The generated set: heat (reach 10–30 km) runs whole; material (reach up to 3 000
	 * km, which covers 98 % of the Hotmaps sites from a typical site) explodes, so a
	 * sample of its supplies runs against all demands and the candidate count is
	 * extrapolated.
	 */
	private void generated(StreamSet set, int sample) {
		if (this.settings.nearestPerRule() > 0) {
			// Bounded per supply, so the whole set runs: heat and material together.
			MatchResult result = generation("generated", set.supplies(), set.demands(), 1, "");
			allocation("generated", result.candidates());
			result = null;
			endToEnd("generated", set.supplies(), set.demands());
			return;
		}
		List<MatchStream> heatSupplies = set.supplies().stream().filter(MatchStream::heat).toList();
		List<MatchStream> heatDemands = set.demands().stream().filter(MatchStream::heat).toList();
		List<MatchStream> materialSupplies = set.supplies().stream().filter(s -> !s.heat()).toList();
		List<MatchStream> materialDemands = set.demands().stream().filter(s -> !s.heat()).toList();
		String heat = "generated, heat part";
		MatchResult result = generation(heat, heatSupplies, heatDemands, 1, "");
		allocation(heat, result.candidates());
		result = null;
		endToEnd(heat, heatSupplies, heatDemands);
		String material = "generated, material part";
		List<MatchStream> sampled = materialSupplies.subList(0, Math.min(sample, materialSupplies.size()));
		double scale = (double) materialSupplies.size() / sampled.size();
		MatchResult sampleResult = generation(material, sampled, materialDemands, 1,
				"sample of %d of %d supplies".formatted(sampled.size(), materialSupplies.size()));
		System.out.printf(
				"| %s | extrapolated to all %d supplies | %d × %d | %.3g | %.3g | | | | | ×%.1f of the sample |%n",
				material, materialSupplies.size(), materialSupplies.size(), materialDemands.size(),
				sampleResult.pairsChecked() * scale, sampleResult.candidates().size() * scale, scale);
	}

	private MatchResult generation(String name, List<MatchStream> supplies, List<MatchStream> demands, int allPairsRuns,
			String note) {
		Timing.Result<MatchResult> index = Timing.measure(this.warmups, this.runs,
				() -> this.generator.generate(supplies, demands, this.settings));
		row(name, "candidates, spatial index", supplies.size() + " × " + demands.size(), index.last().pairsChecked(),
				index.last().candidates().size(), index, note);
		List<String> indexIds = ids(index.last());
		MatchResult indexResult = index.last();
		index = null;
		// All pairs: as often as asked, without warm-up of its own: the index runs before
		// warmed the code it shares.
		Timing.Result<MatchResult> all = Timing.measure(0, allPairsRuns,
				() -> this.generator.generate(supplies, demands, this.settings.allPairs()));
		boolean same = ids(all.last()).equals(indexIds);
		row(name, "candidates, all pairs (baseline)", supplies.size() + " × " + demands.size(),
				all.last().pairsChecked(), all.last().candidates().size(), all,
				(note.isEmpty() ? "" : note + "; ") + (same ? "same candidates, same order" : "DIFFERENT candidates"));
		if (!same) {
			throw new IllegalStateException(name + ": the index and all pairs found different candidates");
		}
		return indexResult;
	}

	private static List<String> ids(MatchResult result) {
		List<String> ids = new ArrayList<>(result.candidates().size());
		for (Candidate c : result.candidates()) {
			ids.add(c.id());
		}
		return ids;
	}

	private void allocation(String name, List<Candidate> candidates) {
		List<AllocationPlan> plans = AllocationPlan.of(candidates, Objective.CO2E, this.quantifier);
		if (plans.isEmpty()) {
			System.out.printf("| %s | allocation | | | | | | | | no candidate has both quantities known and a "
					+ "positive CO2e benefit: nothing to allocate |%n", name);
		}
		for (AllocationPlan plan : plans) {
			String what = name + ", " + plan.unit().symbol();
			String size = plan.problem().supplies().size() + " × " + plan.problem().demands().size();
			int arcs = plan.problem().arcs().size();
			Timing.Result<Allocation> mono = Timing.measure(this.warmups, this.runs,
					() -> MinCostFlowAllocator.monolithic().allocate(plan.problem()));
			Timing.Result<Allocation> comps = Timing.measure(this.warmups, this.runs,
					() -> MinCostFlowAllocator.byComponents(2).allocate(plan.problem()));
			Timing.Result<Allocation> greedy = Timing.measure(this.warmups, this.runs,
					() -> new GreedyAllocator().allocate(plan.problem()));
			long optimum = mono.last().objective();
			if (comps.last().objective() != optimum) {
				throw new IllegalStateException(
						"%s: by components %d ≠ monolithic %d".formatted(what, comps.last().objective(), optimum));
			}
			row(what, "allocation, OR-Tools min-cost flow, monolithic", size, -1, -1, mono,
					"%,d arcs; objective %d g CO2e (%.1f t)".formatted(arcs, optimum, optimum / 1e6));
			row(what, "allocation, min-cost flow by components, 2 threads", size, -1, -1, comps,
					"same objective; %d components; ×%.1f vs monolithic (median)".formatted(comps.last().components(),
							mono.medianSeconds() / comps.medianSeconds()));
			row(what, "allocation, greedy", size, -1, -1, greedy, "objective %d = %.4f of the optimum".formatted(
					greedy.last().objective(), optimum == 0 ? 1.0 : greedy.last().objective() / (double) optimum));
		}
	}

	private void endToEnd(String name, List<MatchStream> supplies, List<MatchStream> demands) {
		Supplier<Long> work = () -> {
			MatchResult result = this.generator.generate(supplies, demands, this.settings);
			long objective = 0;
			for (AllocationPlan plan : AllocationPlan.of(result.candidates(), Objective.CO2E, this.quantifier)) {
				objective += plan.solve(MinCostFlowAllocator.byComponents(2)).allocation().objective();
			}
			return objective;
		};
		Timing.Result<Long> e2e = Timing.measure(this.warmups, this.runs, work);
		row(name, "end to end: candidates + plan + allocation by components", supplies.size() + " × " + demands.size(),
				-1, -1, e2e, "streams in memory (reading/generating them is the separate row)");
	}

	private void lp(StreamSet set) {
		MatchResult result = this.generator.generate(set.supplies(), set.demands(), this.settings);
		for (AllocationPlan plan : AllocationPlan.of(result.candidates(), Objective.CO2E, this.quantifier)) {
			long t0 = System.nanoTime();
			long flow = MinCostFlowAllocator.byComponents(2).allocate(plan.problem()).objective();
			double lp = LpAllocationCheck.optimum(plan.problem());
			double relative = Math.abs(flow - lp) / Math.max(1, Math.abs(lp));
			note("generated " + set.supplies().size() + " × " + set.demands().size() + ", " + plan.unit().symbol(),
					"LP check (GLOP) of the allocation objective",
					"%d arcs: min-cost flow %d, LP %.3f, relative difference %.2e (%s 1e-6)".formatted(
							plan.problem().arcs().size(), flow, lp, relative,
							relative <= 1e-6 ? "within" : "NOT within"),
					t0);
			if (relative > 1e-6) {
				throw new IllegalStateException("The LP optimum differs from the allocation by " + relative);
			}
		}
	}

	private static void row(String name, String what, String size, long pairs, long candidates, Timing.Result<?> timing,
			String note) {
		System.out.printf("| %s | %s | %s | %s | %s | %.3f | %.3f | %d | %s | %s |%n", name, what, size,
				pairs < 0 ? "" : "%,d".formatted(pairs), candidates < 0 ? "" : "%,d".formatted(candidates),
				timing.medianSeconds(), timing.minSeconds(), timing.runs(), timing.load(), note);
	}

	private void note(String name, String what, String note, long t0) {
		System.out.printf("| %s | %s | | | | %.3f | | 1 | %s | %s |%n", name, what, (System.nanoTime() - t0) / 1e9,
				Timing.load(), note);
	}

}
