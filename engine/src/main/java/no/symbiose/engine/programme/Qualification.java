package no.symbiose.engine.programme;

import java.util.List;

/**
 * A park's qualification for one year: qualified only when every criterion is met. An
 * unknown criterion is not met: a park is not qualified on data nobody has.
 *
 * @param results every criterion in the order of the criteria file
 */
public record Qualification(String parkKey, int year, List<CriterionResult> results) {

	public Qualification {
		results = List.copyOf(results);
		if (results.isEmpty()) {
			throw new IllegalArgumentException("a qualification needs at least one criterion");
		}
	}

	public boolean qualified() {
		return this.results.stream().allMatch(CriterionResult::met);
	}

	/** The criteria not met, unmet first, then unknown. */
	public List<CriterionResult> notMet() {
		return this.results.stream()
			.filter(result -> !result.met())
			.sorted((a, b) -> a.outcome().compareTo(b.outcome()))
			.toList();
	}

}
