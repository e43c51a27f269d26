package no.symbiose.app.symbiosis.pipeline;

import java.util.Optional;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import no.symbiose.app.symbiosis.MatchRun;
import no.symbiose.app.symbiosis.MatchedStream;
import no.symbiose.app.symbiosis.SymbiosisMatching;
import no.symbiose.engine.symbiosis.Candidate;
import no.symbiose.engine.symbiosis.CandidateFigures;

/**
 * Creates synergies from the engine's current run, so a synergy keeps the candidate's
 * quantity and net CO2e. A pair the engine does not propose (a facilitator's own idea, or
 * a candidate gone since the streams changed) is still found by
 * {@link JdbcCandidateLookup}, without figures.
 */
@Primary
@Component
class EngineCandidateLookup implements CandidateLookup {

	private final SymbiosisMatching matching;

	private final JdbcCandidateLookup fallback;

	EngineCandidateLookup(SymbiosisMatching matching, JdbcCandidateLookup fallback) {
		this.matching = matching;
		this.fallback = fallback;
	}

	@Override
	public Optional<CandidateSnapshot> find(String candidateId) {
		MatchRun run = this.matching.current();
		Optional<Candidate> found = run.candidate(candidateId);
		if (found.isEmpty()) {
			return this.fallback.find(candidateId);
		}
		Candidate candidate = found.get();
		MatchedStream supply = run.stream(candidate.supply().id());
		MatchedStream demand = run.stream(candidate.demand().id());
		if (supply.streamId() == null) {
			return this.fallback.find(candidateId);
		}
		CandidateFigures figures = candidate.figures();
		boolean known = figures.quantity() != null && !figures.upperBound();
		String title = supply.stream().name() + " → "
				+ (demand.streamId() == null ? demand.companyName() : demand.stream().name());
		return Optional.of(new CandidateSnapshot(supply.streamId(), demand.streamId(), supply.companyId(),
				demand.companyId(), candidate.rule().id(), title, known ? figures.quantity() : null,
				known ? figures.unit().symbol() : null, known ? figures.netTonnesCo2e() : null));
	}

}
