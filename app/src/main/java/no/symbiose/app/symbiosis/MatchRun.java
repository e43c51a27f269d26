package no.symbiose.app.symbiosis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.MatchResult;

/**
 * One run of the engine over the whole registry: every candidate, ranked, the streams
 * behind them by id, and where each company's and county's candidates are in the ranking
 * ({@link CandidateIndex}). Nothing here is filtered for a viewer yet: callers must do
 * that.
 */
public record MatchRun(KnowledgeBase knowledge, MatchResult result, Map<String, MatchedStream> streams,
		Instant computedAt, Duration took, CandidateIndex index) {

	public MatchRun(KnowledgeBase knowledge, MatchResult result, Map<String, MatchedStream> streams, Instant computedAt,
			Duration took) {
		this(knowledge, result, streams, computedAt, took, CandidateIndex.of(result.candidates(), streams));
	}

	public List<Candidate> candidates() {
		return this.result.candidates();
	}

	public Optional<Candidate> candidate(String id) {
		return candidates().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public MatchedStream stream(String id) {
		MatchedStream stream = this.streams.get(id);
		if (stream == null) {
			throw new IllegalStateException("Stream " + id + " is not part of this run");
		}
		return stream;
	}

}
