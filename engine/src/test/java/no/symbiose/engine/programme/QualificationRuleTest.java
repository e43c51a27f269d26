package no.symbiose.engine.programme;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QualificationRuleTest {

	private final QualificationRule rule = new QualificationRule(ProgrammeCriteria.builtIn());

	/** 8 tenants, all with facts, a facilitator, 12 quantified flows, 2 own targets. */
	private static ParkEvidence aParkOfEight(int withClimateAccount) {
		return new ParkEvidence("heroya", 2024, Facilitator.REGISTERED, 8, 8, withClimateAccount, 12, 0, 2);
	}

	private static CriterionResult result(Qualification qualification, String key) {
		return qualification.results().stream().filter(r -> r.criterion().key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void threeOfEightClimateAccountsIsNotEnoughFor75Percent() {
		Qualification qualification = this.rule.evaluate(aParkOfEight(3));

		// 75 % of 8 = 6 tenants needed; 3 have one, 3 more are missing
		CriterionResult climate = result(qualification, "climate-accounts");
		assertThat(climate.outcome()).isEqualTo(Outcome.UNMET);
		assertThat(climate.reason().english())
			.isEqualTo("3 of 8 tenants have a climate account for 2024; 75 % needed (6 of 8): 3 more.");
		assertThat(climate.reason().arguments()).containsExactly("3", "8", "2024", "75", "6", "3");
		assertThat(qualification.qualified()).isFalse();
		assertThat(qualification.notMet()).containsExactly(climate);
	}

	@Test
	void sixOfEightMeetsTheClimateCriterionAndQualifiesAParkThatMeetsTheRest() {
		Qualification qualification = this.rule.evaluate(aParkOfEight(6));

		assertThat(result(qualification, "climate-accounts").outcome()).isEqualTo(Outcome.MET);
		assertThat(result(qualification, "climate-accounts").reason().english())
			.isEqualTo("6 of 8 tenants have a climate account for 2024; 75 % needed.");
		assertThat(qualification.qualified()).isTrue();
	}

	@Test
	void fiveOfSixIsJustAbove75PercentAndFourOfSixJustBelow() {
		// ceil(0.75 x 6) = ceil(4.5) = 5
		assertThat(result(this.rule.evaluate(new ParkEvidence("p", 2024, Facilitator.REGISTERED, 6, 6, 5, 1, 0, 1)),
				"climate-accounts")
			.met()).isTrue();
		assertThat(result(this.rule.evaluate(new ParkEvidence("p", 2024, Facilitator.REGISTERED, 6, 6, 4, 1, 0, 1)),
				"climate-accounts")
			.met()).isFalse();
	}

	@Test
	void completeDataNeedsEveryTenantsFacts() {
		Qualification qualification = this.rule
			.evaluate(new ParkEvidence("p", 2024, Facilitator.REGISTERED, 8, 7, 7, 3, 0, 1));

		CriterionResult complete = result(qualification, "complete-data");
		assertThat(complete.outcome()).isEqualTo(Outcome.UNMET);
		assertThat(complete.reason().english())
			.isEqualTo("7 of 8 tenants have facts for 2024; 100 % needed (8 of 8): 1 more.");
	}

	@Test
	void nationalDefaultsAloneAreNotAdoptedGoals() {
		Qualification qualification = this.rule
			.evaluate(new ParkEvidence("p", 2024, Facilitator.REGISTERED, 2, 2, 2, 3, 0, 0));

		CriterionResult goals = result(qualification, "adopted-goals");
		assertThat(goals.outcome()).isEqualTo(Outcome.UNMET);
		assertThat(goals.reason().key()).isEqualTo("ownTargets.unmet");
		assertThat(qualification.qualified()).isFalse();
	}

	@Test
	void noQuantifiedFlowsMeansNoMaterialFlowAnalysis() {
		CriterionResult mfa = result(
				this.rule.evaluate(new ParkEvidence("p", 2024, Facilitator.REGISTERED, 2, 2, 2, 0, 0, 1)),
				"material-flow-analysis");

		assertThat(mfa.outcome()).isEqualTo(Outcome.UNMET);
		assertThat(mfa.reason().english())
			.isEqualTo("0 material flows with a quantity in tonnes for 2024; 1 needed: 1 more.");
	}

	@Test
	void namedFlowsWithoutQuantitiesAreSaidToLackThem() {
		CriterionResult mfa = result(
				this.rule.evaluate(new ParkEvidence("p", 2024, Facilitator.REGISTERED, 2, 2, 2, 0, 16, 1)),
				"material-flow-analysis");

		assertThat(mfa.outcome()).isEqualTo(Outcome.UNMET);
		assertThat(mfa.reason().key()).isEqualTo("materialFlows.unmetUnquantified");
		assertThat(mfa.reason().english()).isEqualTo(
				"0 material flows with a quantity in tonnes for 2024; 1 needed: 1 more; 16 flows are registered without a quantity.");
	}

	@Test
	void aParkWithoutTenantsOrOrganisationIsUnknownNotGuessedAndNotQualified() {
		Qualification qualification = this.rule
			.evaluate(new ParkEvidence("p", 2024, Facilitator.UNKNOWN, 0, 0, 0, 0, 0, 1));

		assertThat(result(qualification, "facilitator").outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result(qualification, "climate-accounts").outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result(qualification, "complete-data").outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result(qualification, "material-flow-analysis").outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result(qualification, "adopted-goals").outcome()).isEqualTo(Outcome.MET);
		assertThat(qualification.qualified()).isFalse();
	}

	@Test
	void severalOwnersWithoutAFacilitatorIsUnmet() {
		assertThat(result(this.rule.evaluate(new ParkEvidence("p", 2024, Facilitator.NONE, 1, 1, 1, 1, 0, 1)),
				"facilitator")
			.outcome()).isEqualTo(Outcome.UNMET);
	}

	@Test
	void evidenceCannotCountMoreAccountsThanTenantsWithFacts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ParkEvidence("p", 2024, Facilitator.REGISTERED, 8, 5, 6, 0, 0, 0))
			.withMessageContaining("6 tenants with a climate account is not between 0 and the 5 with facts");
	}

}
