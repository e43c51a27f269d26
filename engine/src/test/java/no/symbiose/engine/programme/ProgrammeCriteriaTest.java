package no.symbiose.engine.programme;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProgrammeCriteriaTest {

	private static final String HEADER = "# version: t-1\nkey,name_nb,name_en,rule,parameter,source\n";

	private static ProgrammeCriteria parse(String csv) {
		return ProgrammeCriteria.parse(new StringReader(csv));
	}

	@Test
	void theBuiltInCriteriaHoldTheFiveRulesWithTheirParameters() {
		ProgrammeCriteria criteria = ProgrammeCriteria.builtIn();

		assertThat(criteria.version()).isNotBlank();
		assertThat(criteria.criteria()).extracting(Criterion::key)
			.containsExactly("facilitator", "climate-accounts", "material-flow-analysis", "adopted-goals",
					"complete-data");
		assertThat(criteria.criterion("climate-accounts").orElseThrow().parameter()).isEqualTo(0.75);
		assertThat(criteria.criterion("complete-data").orElseThrow().parameter()).isEqualTo(1.0);
		assertThat(criteria.criterion("facilitator").orElseThrow().parameter()).isNull();
		assertThat(criteria.criteria()).allSatisfy(criterion -> assertThat(criterion.source()).startsWith("002 "));
	}

	@Test
	void aShareAboveOneRefusesTheFileNamingTheRecord() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> parse(HEADER + "facilitator,F,F,facilitator,,doc\nshare,S,S,climate_account_share,75,doc\n"))
			.withMessageContaining("record 2")
			.withMessageContaining("share above 0 and at most 1, got 75.0");
	}

	@Test
	void anUnknownRuleRefusesTheFile() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + "x1,X,X,vibes,,doc\n"))
			.withMessageContaining("record 1")
			.withMessageContaining("rule \"vibes\" is not one of facilitator, climate_account_share");
	}

	@Test
	void aCountRuleNeedsAWholeNumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(HEADER + "mfa,M,M,material_flow_analysis,0.5,doc\n"))
			.withMessageContaining("whole number of at least 1, got 0.5");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + "mfa,M,M,material_flow_analysis,,doc\n"))
			.withMessageContaining("needs a parameter");
	}

	@Test
	void aFacilitatorRuleTakesNoParameterAndEveryRowNeedsASource() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + "f1,F,F,facilitator,1,doc\n"))
			.withMessageContaining("takes no parameter");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + "f1,F,F,facilitator,,\n"))
			.withMessageContaining("source is empty");
	}

	@Test
	void keysAreUniqueAndTheVersionLineComesFirst() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(HEADER + "f1,F,F,facilitator,,doc\nf1,G,G,facilitator,,doc\n"))
			.withMessageContaining("record 2: criterion key f1 appears twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("key,name_nb,name_en,rule,parameter,source\nf1,F,F,facilitator,,doc\n"))
			.withMessageContaining("must start with a line \"# version: ...\"");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(HEADER + "f1,F,F,facilitator\n"))
			.withMessageContaining("record 1: 4 fields, the header has 6");
	}

}
