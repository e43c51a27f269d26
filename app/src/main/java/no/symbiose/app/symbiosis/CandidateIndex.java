package no.symbiose.app.symbiosis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.symbiosis.Candidate;

/**
 * Where each company's and each county's candidates are in a run's ranked list, so that a
 * page about one company, park or county looks at those candidates instead of all of them
 * (a national run has hundreds of thousands). Positions are ascending, so reading them
 * keeps the engine's ranking; a candidate between two sites of one company or county is
 * listed once under it. Each candidate's two streams are kept by position too, so that a
 * scan of all candidates does not look each up by id.
 */
record CandidateIndex(Map<Long, int[]> byCompany, Map<String, int[]> byCounty, Map<String, Long> companyIds,
		@Nullable MatchedStream[] supplies, @Nullable MatchedStream[] demands) {

	static CandidateIndex of(List<Candidate> candidates, Map<String, MatchedStream> streams) {
		Map<Long, List<Integer>> byCompany = new HashMap<>();
		Map<String, List<Integer>> byCounty = new HashMap<>();
		Map<String, Long> companyIds = new HashMap<>();
		MatchedStream[] supplies = new MatchedStream[candidates.size()];
		MatchedStream[] demands = new MatchedStream[candidates.size()];
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			MatchedStream supply = streams.get(candidate.supply().id());
			MatchedStream demand = streams.get(candidate.demand().id());
			if (supply == null || demand == null) {
				continue; // MatchRun.stream refuses these when they are read
			}
			supplies[i] = supply;
			demands[i] = demand;
			add(byCompany, supply.companyId(), i);
			add(byCompany, demand.companyId(), i);
			companyIds.put(supply.companyKey(), supply.companyId());
			companyIds.put(demand.companyKey(), demand.companyId());
			if (supply.countyNumber() != null) {
				add(byCounty, supply.countyNumber(), i);
			}
			if (demand.countyNumber() != null) {
				add(byCounty, demand.countyNumber(), i);
			}
		}
		return new CandidateIndex(arrays(byCompany), arrays(byCounty), Map.copyOf(companyIds), supplies, demands);
	}

	/**
	 * The supply of the candidate at this position, as {@link MatchRun#stream} gives it.
	 */
	MatchedStream supply(MatchRun run, int position) {
		MatchedStream supply = this.supplies[position];
		return supply != null ? supply : run.stream(run.candidates().get(position).supply().id());
	}

	/**
	 * The demand of the candidate at this position, as {@link MatchRun#stream} gives it.
	 */
	MatchedStream demand(MatchRun run, int position) {
		MatchedStream demand = this.demands[position];
		return demand != null ? demand : run.stream(run.candidates().get(position).demand().id());
	}

	/** The positions of the candidates with a side at one of the companies, ascending. */
	int[] ofCompanies(Collection<Long> companyIds) {
		return IntStream
			.concat(IntStream.empty(),
					companyIds.stream().flatMapToInt(id -> IntStream.of(this.byCompany.getOrDefault(id, new int[0]))))
			.sorted()
			.distinct()
			.toArray();
	}

	int[] ofCounty(String countyNumber) {
		return this.byCounty.getOrDefault(countyNumber, new int[0]);
	}

	private static <K> void add(Map<K, List<Integer>> index, K key, int position) {
		List<Integer> positions = index.computeIfAbsent(key, k -> new ArrayList<>());
		if (positions.isEmpty() || positions.get(positions.size() - 1) != position) {
			positions.add(position);
		}
	}

	private static <K> Map<K, int[]> arrays(Map<K, List<Integer>> index) {
		Map<K, int[]> arrays = new HashMap<>();
		index.forEach((key, positions) -> arrays.put(key, positions.stream().mapToInt(Integer::intValue).toArray()));
		return Map.copyOf(arrays);
	}

}
