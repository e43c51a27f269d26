package no.symbiose.engine.symbiosis;

import java.util.List;
import java.util.Map;

/**
 * The candidates of a run, ranked best first, and what the run looked at.
 *
 * @param pairsChecked supply–demand–rule combinations whose distance was measured
 * @param refusals how many of those failed, by reason
 */
public record MatchResult(List<Candidate> candidates, long pairsChecked,
		Map<CandidateQuantifier.Refusal, Long> refusals) {

	public MatchResult {
		candidates = List.copyOf(candidates);
		refusals = Map.copyOf(refusals);
	}

}
