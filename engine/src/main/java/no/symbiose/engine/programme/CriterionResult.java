package no.symbiose.engine.programme;

/** One criterion judged for a park and year. */
public record CriterionResult(Criterion criterion, Outcome outcome, Reason reason) {

	public boolean met() {
		return this.outcome == Outcome.MET;
	}

}
