package no.symbiose.app.symbiosis.pipeline;

import java.util.Optional;

/**
 * Finds what a synergy is created from: the candidate with this id (see
 * {@code Candidate.id()}: {@code s<stream id>>d<stream id>:<rule id>}, or
 * {@code ...>c<company id>:...} for a company's implicit demand). The engine-backed
 * implementation will replace {@link JdbcCandidateLookup}.
 */
public interface CandidateLookup {

	Optional<CandidateSnapshot> find(String candidateId);

}
