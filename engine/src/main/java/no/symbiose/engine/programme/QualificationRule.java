package no.symbiose.engine.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * Qualifies a park for the programme from its evidence, criterion by criterion (method in
 * {@code docs/programme.md}). A share rule needs at least {@code ceil(share × tenants)}
 * tenants: 75 % of 8 tenants is 6. A year without tenants leaves the tenant rules
 * unknown.
 */
public final class QualificationRule {

	private final ProgrammeCriteria criteria;

	public QualificationRule(ProgrammeCriteria criteria) {
		this.criteria = criteria;
	}

	public Qualification evaluate(ParkEvidence evidence) {
		List<CriterionResult> results = new ArrayList<>();
		for (Criterion criterion : this.criteria.criteria()) {
			results.add(judge(criterion, evidence));
		}
		return new Qualification(evidence.parkKey(), evidence.year(), results);
	}

	static CriterionResult judge(Criterion criterion, ParkEvidence evidence) {
		return switch (criterion.rule()) {
			case FACILITATOR -> facilitator(criterion, evidence.facilitator());
			case CLIMATE_ACCOUNT_SHARE -> share(criterion, evidence, evidence.tenantsWithClimateAccount(),
					"climateAccounts", "have a climate account");
			case FACTS_SHARE -> share(criterion, evidence, evidence.tenantsWithFacts(), "facts", "have facts");
			case MATERIAL_FLOW_ANALYSIS -> count(criterion, evidence, evidence.quantifiedMaterialFlows(),
					"materialFlows", "material flows with a quantity in tonnes");
			case ADOPTED_TARGETS -> count(criterion, evidence, evidence.ownTargets(), "ownTargets",
					"targets adopted by the park itself (national defaults do not count)");
		};
	}

	private static CriterionResult facilitator(Criterion criterion, Facilitator facilitator) {
		return switch (facilitator) {
			case REGISTERED -> new CriterionResult(criterion, Outcome.MET, new Reason("facilitator.registered",
					List.of(), "The park has a registered facilitator organisation."));
			case NONE -> new CriterionResult(criterion, Outcome.UNMET, new Reason("facilitator.none", List.of(),
					"The park has several owners and no facilitator organisation; one must be registered."));
			case UNKNOWN -> new CriterionResult(criterion, Outcome.UNKNOWN, new Reason("facilitator.unknown", List.of(),
					"Neither the park's organisation model nor a facilitator is registered."));
		};
	}

	private static CriterionResult share(Criterion criterion, ParkEvidence evidence, int with, String key,
			String what) {
		String year = Integer.toString(evidence.year());
		String percent = percent(criterion.requiredParameter());
		if (evidence.tenants() == 0) {
			return new CriterionResult(criterion, Outcome.UNKNOWN, new Reason(key + ".noTenants", List.of(year),
					"The park has no tenants registered for %s.".formatted(year)));
		}
		// The small tolerance keeps 0.75 × 8 = 6 from becoming 7 by rounding error.
		int needed = (int) Math.ceil(criterion.requiredParameter() * evidence.tenants() - 1e-9);
		List<String> arguments = List.of(Integer.toString(with), Integer.toString(evidence.tenants()), year, percent,
				Integer.toString(needed), Integer.toString(Math.max(0, needed - with)));
		String sentence = "%d of %d tenants %s for %s; %s %% needed".formatted(with, evidence.tenants(), what, year,
				percent);
		if (with >= needed) {
			return new CriterionResult(criterion, Outcome.MET, new Reason(key + ".met", arguments, sentence + "."));
		}
		return new CriterionResult(criterion, Outcome.UNMET, new Reason(key + ".unmet", arguments,
				sentence + " (%d of %d): %d more.".formatted(needed, evidence.tenants(), needed - with)));
	}

	private static CriterionResult count(Criterion criterion, ParkEvidence evidence, int count, String key,
			String what) {
		String year = Integer.toString(evidence.year());
		int needed = (int) criterion.requiredParameter();
		if (criterion.rule() == RuleKind.MATERIAL_FLOW_ANALYSIS && evidence.tenants() == 0) {
			return new CriterionResult(criterion, Outcome.UNKNOWN, new Reason(key + ".noTenants", List.of(year),
					"The park has no tenants registered for %s.".formatted(year)));
		}
		List<String> arguments = List.of(Integer.toString(count), Integer.toString(needed), year);
		String sentence = "%d %s for %s; %d needed".formatted(count, what, year, needed);
		if (count >= needed) {
			return new CriterionResult(criterion, Outcome.MET, new Reason(key + ".met", arguments, sentence + "."));
		}
		int unquantified = criterion.rule() == RuleKind.MATERIAL_FLOW_ANALYSIS ? evidence.materialFlowsWithoutQuantity()
				: 0;
		if (unquantified > 0) {
			return new CriterionResult(criterion, Outcome.UNMET,
					new Reason(key + ".unmetUnquantified",
							List.of(Integer.toString(count), Integer.toString(needed), year,
									Integer.toString(unquantified)),
							sentence + ": %d more; %d flows are registered without a quantity."
								.formatted(needed - count, unquantified)));
		}
		return new CriterionResult(criterion, Outcome.UNMET,
				new Reason(key + ".unmet", arguments, sentence + ": %d more.".formatted(needed - count)));
	}

	/** A share as whole percent where it is one (0.75 → "75"), else one decimal. */
	static String percent(double share) {
		double percent = share * 100;
		long whole = Math.round(percent);
		return Math.abs(percent - whole) < 1e-9 ? Long.toString(whole)
				: String.format(java.util.Locale.ROOT, "%.1f", percent);
	}

}
