package no.symbiose.engine.symbiosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.GeoPoint;

/**
 * Finds every supply–demand pair that a rule of the knowledge base allows, within the
 * rule's reach, with overlapping quantities, temperatures and seasons, and ranks them.
 *
 * <p>
 * For each rule the demands it accepts are put in a {@link SpatialIndex} sized to the
 * rule's reach; each supply then looks only at the cells around its site, so the work
 * grows with the number of candidates, not with supplies × demands. Streams of one
 * company always meet, at distance 0, even without a location. The result is the same, in
 * the same order, however the work is spread over threads.
 */
public final class CandidateGenerator {

	/**
	 * Known net CO2e first (largest first), then net CO2e per unit, then nearest, then
	 * id.
	 */
	public static final Comparator<Candidate> RANKING = Comparator.comparing(RankKey::of).thenComparing(Candidate::id);

	/**
	 * The ranking's sort key, computed once per candidate instead of once per comparison.
	 */
	private record RankKey(boolean netUnknown, double minusNet, double minusNetPerUnit,
			double distanceKm) implements Comparable<RankKey> {

		static RankKey of(Candidate c) {
			CandidateFigures f = c.figures();
			boolean unknown = f.net() == null || f.upperBound();
			return new RankKey(unknown, unknown ? 0.0 : -f.net().value(),
					f.netKgCo2ePerUnit() == null ? Double.POSITIVE_INFINITY : -f.netKgCo2ePerUnit(), c.distanceKm());
		}

		@Override
		public int compareTo(RankKey o) {
			int c = Boolean.compare(this.netUnknown, o.netUnknown);
			if (c == 0) {
				c = Double.compare(this.minusNet, o.minusNet);
			}
			if (c == 0) {
				c = Double.compare(this.minusNetPerUnit, o.minusNetPerUnit);
			}
			return c != 0 ? c : Double.compare(this.distanceKm, o.distanceKm);
		}

	}

	private record Keyed(RankKey key, Candidate candidate) {
	}

	/**
	 * Sorts by {@link #RANKING}, computing each candidate's key once. Equal keys are rare
	 * (the same figures and distance); they keep their order by id, compared only among
	 * themselves.
	 */
	public static List<Candidate> ranked(List<Candidate> candidates) {
		Keyed[] keyed = new Keyed[candidates.size()];
		for (int i = 0; i < keyed.length; i++) {
			Candidate c = candidates.get(i);
			keyed[i] = new Keyed(RankKey.of(c), c);
		}
		java.util.Arrays.parallelSort(keyed, Comparator.comparing(Keyed::key));
		List<Candidate> sorted = new ArrayList<>(keyed.length);
		int start = 0;
		while (start < keyed.length) {
			int end = start + 1;
			while (end < keyed.length && keyed[end].key().compareTo(keyed[start].key()) == 0) {
				end++;
			}
			if (end - start == 1) {
				sorted.add(keyed[start].candidate());
			}
			else {
				List<Candidate> ties = new ArrayList<>(end - start);
				for (int t = start; t < end; t++) {
					ties.add(keyed[t].candidate());
				}
				ties.sort(Comparator.comparing(Candidate::id));
				sorted.addAll(ties);
			}
			start = end;
		}
		return sorted;
	}

	private final KnowledgeBase knowledge;

	private final CandidateQuantifier quantifier;

	public CandidateGenerator(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
		this.quantifier = new CandidateQuantifier(knowledge.factors());
	}

	public MatchResult generate(List<MatchStream> supplies, List<MatchStream> demands, MatchSettings settings) {
		List<RuleDemands> perRule = new ArrayList<>();
		for (SymbiosisRule rule : this.knowledge.rules()) {
			RuleDemands ruleDemands = RuleDemands.of(rule, demands, settings.spatialIndex(),
					settings.nearestPerRule() > 0);
			if (ruleDemands != null) {
				perRule.add(ruleDemands);
			}
		}
		AtomicLongArray counts = new AtomicLongArray(CandidateQuantifier.Refusal.values().length + 1);
		IntStream indices = IntStream.range(0, supplies.size());
		if (settings.parallel()) {
			indices = indices.parallel();
		}
		List<Candidate> all = indices.mapToObj(i -> candidatesOf(supplies.get(i), perRule, settings, counts))
			.flatMap(List::stream)
			.toList();
		all = ranked(all);
		Map<CandidateQuantifier.Refusal, Long> refusals = new EnumMap<>(CandidateQuantifier.Refusal.class);
		for (CandidateQuantifier.Refusal refusal : CandidateQuantifier.Refusal.values()) {
			long n = counts.get(refusal.ordinal());
			if (n > 0) {
				refusals.put(refusal, n);
			}
		}
		return new MatchResult(all, counts.get(counts.length() - 1), refusals);
	}

	private List<Candidate> candidatesOf(MatchStream supply, List<RuleDemands> perRule, MatchSettings settings,
			AtomicLongArray counts) {
		if (supply.side() != MatchSide.SUPPLY) {
			throw new IllegalArgumentException("Stream %s is a demand, not a supply".formatted(supply.id()));
		}
		List<Candidate> found = new ArrayList<>();
		long[] checked = new long[1];
		for (RuleDemands rd : perRule) {
			SymbiosisRule rule = rd.rule;
			if (!acceptsSupply(rule, supply)) {
				continue;
			}
			for (int i : rd.byCompany.getOrDefault(supply.company(), new int[0])) {
				checked[0]++;
				assess(supply, rd.demands.get(i), rule, 0, found, counts);
			}
			GeoPoint at = supply.location();
			if (at == null) {
				continue;
			}
			double reach = rule.reachKm();
			if (settings.nearestPerRule() > 0) {
				int[] nearest = rd.index != null
						? rd.index.nearest(at, reach, settings.nearestPerRule(),
								i -> !rd.located.get(i).company().equals(supply.company()))
						: nearestByScan(rd.located, supply, at, reach, settings.nearestPerRule());
				for (int i : nearest) {
					MatchStream demand = rd.located.get(i);
					checked[0]++;
					double km = at.distanceKmTo(demand.location());
					if (km <= reach) {
						assess(supply, demand, rule, km, found, counts);
					}
					else {
						counts.incrementAndGet(CandidateQuantifier.Refusal.TOO_FAR.ordinal());
					}
				}
			}
			else if (rd.index != null) {
				rd.index.within(at, reach, i -> {
					MatchStream demand = rd.located.get(i);
					if (!demand.company().equals(supply.company())) {
						checked[0]++;
						double km = at.distanceKmTo(demand.location());
						if (km <= reach) {
							assess(supply, demand, rule, km, found, counts);
						}
						else {
							counts.incrementAndGet(CandidateQuantifier.Refusal.TOO_FAR.ordinal());
						}
					}
				});
			}
			else {
				for (MatchStream demand : rd.located) {
					if (!demand.company().equals(supply.company())) {
						checked[0]++;
						double km = at.distanceKmTo(demand.location());
						if (km <= reach) {
							assess(supply, demand, rule, km, found, counts);
						}
						else {
							counts.incrementAndGet(CandidateQuantifier.Refusal.TOO_FAR.ordinal());
						}
					}
				}
			}
		}
		counts.addAndGet(counts.length() - 1, checked[0]);
		List<Candidate> kept = onePerPair(found);
		if (settings.maxCandidatesPerSupply() > 0 && kept.size() > settings.maxCandidatesPerSupply()) {
			return List.copyOf(ranked(kept).subList(0, settings.maxCandidatesPerSupply()));
		}
		return kept;
	}

	private void assess(MatchStream supply, MatchStream demand, SymbiosisRule rule, double km, List<Candidate> found,
			AtomicLongArray counts) {
		CandidateQuantifier.Assessment assessment = this.quantifier.assess(supply, demand, rule, km);
		if (assessment instanceof CandidateQuantifier.Accepted accepted) {
			found.add(accepted.candidate());
		}
		else if (assessment instanceof CandidateQuantifier.Refused refused) {
			counts.incrementAndGet(refused.refusal().ordinal());
		}
	}

	/**
	 * One candidate per supply–demand pair. Where several rules join the pair, the rules
	 * of the receiver's NACE activity win; among those left, the best by net CO2e per
	 * unit (then rule id), and the explanation names the other uses.
	 */
	private static List<Candidate> onePerPair(List<Candidate> found) {
		if (found.size() < 2) {
			return found;
		}
		Map<String, List<Candidate>> byDemand = new java.util.LinkedHashMap<>();
		for (Candidate candidate : found) {
			byDemand.computeIfAbsent(candidate.demand().id(), k -> new ArrayList<>()).add(candidate);
		}
		if (byDemand.size() == found.size()) {
			return found;
		}
		List<Candidate> kept = new ArrayList<>(byDemand.size());
		for (List<Candidate> same : byDemand.values()) {
			if (same.size() == 1) {
				kept.add(same.get(0));
				continue;
			}
			List<Candidate> receiving = same.stream().filter(c -> c.rule().receives(c.demand().nace())).toList();
			List<Candidate> pool = receiving.isEmpty() ? same : receiving;
			int mostSpecific = pool.stream().mapToInt(c -> specificity(c.rule(), c.demand())).max().orElse(0);
			Candidate best = ranked(
					pool.stream().filter(c -> specificity(c.rule(), c.demand()) == mostSpecific).toList())
				.get(0);
			List<Candidate> others = same.stream().filter(c -> c != best).toList();
			List<Explanation.Step> steps = new ArrayList<>(best.explanation().steps());
			steps.add(new Explanation.Step("symbiosis.explain.otherUses", List.of(
					others.stream().map(c -> c.rule().nameNb()).collect(java.util.stream.Collectors.joining("; ")),
					others.stream().map(c -> c.rule().nameEn()).collect(java.util.stream.Collectors.joining("; ")))));
			kept.add(new Candidate(best.supply(), best.demand(), best.rule(), best.distanceKm(), best.mode(),
					best.flags(), best.figures(), new Explanation(steps)));
		}
		return kept;
	}

	/**
	 * Whether the rule takes this supply. A product is offered only under rules that name
	 * no EWC codes: rules with EWC codes describe waste and side streams (ash, scrap,
	 * plastics for recycling), and a product such as PVC or fertiliser is not waste;
	 * rules without them describe products of value to others (CO2, oxygen, algae,
	 * biochar).
	 */
	static boolean acceptsSupply(SymbiosisRule rule, MatchStream supply) {
		if (rule.kind() == RuleKind.HEAT) {
			return supply.heat();
		}
		if (supply.direction() == no.symbiose.engine.registry.StreamDirection.PRODUCT
				&& !rule.supply().ewcPrefixes().isEmpty()) {
			return false;
		}
		return !supply.heat() && rule.supply().accepts(supply.material(), supply.ewc());
	}

	/**
	 * How closely the rule names the demand: 2 by its EWC code, 1 by its class as the
	 * first (main) class the rule takes, 0 otherwise.
	 */
	static int specificity(SymbiosisRule rule, MatchStream demand) {
		if (demand.ewc() != null) {
			for (String prefix : rule.demand().ewcPrefixes()) {
				if (demand.ewc().code().startsWith(prefix)) {
					return 2;
				}
			}
		}
		return demand.material() != null && demand.material() == rule.demand().firstClass() ? 1 : 0;
	}

	static boolean acceptsDemand(SymbiosisRule rule, MatchStream demand) {
		if (demand.side() != MatchSide.DEMAND) {
			throw new IllegalArgumentException("Stream %s is a supply, not a demand".formatted(demand.id()));
		}
		if (demand.isImplicit()) {
			return rule.receives(demand.nace());
		}
		if (rule.kind() == RuleKind.HEAT) {
			// A declared heat need says how hot, not what for: a heat rule for a named
			// activity applies when the receiver works in it, a rule naming no activity
			// always.
			return demand.heat() && (rule.receivingNacePrefixes().isEmpty() || rule.receives(demand.nace()));
		}
		return !demand.heat() && rule.demand().accepts(demand.material(), demand.ewc());
	}

	/**
	 * The all-pairs baseline of a nearest search: measure every demand, keep the k
	 * nearest.
	 */
	private static int[] nearestByScan(List<MatchStream> located, MatchStream supply, GeoPoint at, double reach,
			int k) {
		return SpatialIndex.nearestAmong(located.stream().map(MatchStream::location).toList(), at, reach, k,
				i -> !located.get(i).company().equals(supply.company()));
	}

	/**
	 * The demands one rule accepts: all by company, those with a site also in an index.
	 */
	private static final class RuleDemands {

		final SymbiosisRule rule;

		final List<MatchStream> demands;

		final Map<CompanyKey, int[]> byCompany;

		final List<MatchStream> located;

		final @Nullable SpatialIndex index;

		private RuleDemands(SymbiosisRule rule, List<MatchStream> demands, boolean spatialIndex, boolean nearest) {
			this.rule = rule;
			this.demands = demands;
			Map<CompanyKey, List<Integer>> companies = new HashMap<>();
			List<MatchStream> withSite = new ArrayList<>();
			for (int i = 0; i < demands.size(); i++) {
				MatchStream demand = demands.get(i);
				companies.computeIfAbsent(demand.company(), k -> new ArrayList<>()).add(i);
				if (demand.location() != null) {
					withSite.add(demand);
				}
			}
			this.byCompany = new HashMap<>();
			companies.forEach((k, v) -> this.byCompany.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
			this.located = withSite;
			double reach = rule.reachKm();
			// A nearest search walks out shell by shell, so its cells are a fraction of
			// the reach.
			double cellKm = nearest ? Math.max(25, Math.min(250, reach / 16)) : reach;
			this.index = spatialIndex && !withSite.isEmpty()
					? new SpatialIndex(withSite.stream().map(MatchStream::location).toList(), reach, cellKm) : null;
		}

		static @Nullable RuleDemands of(SymbiosisRule rule, List<MatchStream> demands, boolean spatialIndex,
				boolean nearest) {
			List<MatchStream> accepted = demands.stream().filter(d -> acceptsDemand(rule, d)).toList();
			return accepted.isEmpty() ? null : new RuleDemands(rule, accepted, spatialIndex, nearest);
		}

	}

}
