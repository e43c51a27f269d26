package no.symbiose.engine.symbiosis;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.registry.MaterialClass;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped knowledge base reads, and covers what issue 4 asks it to cover. */
class BuiltInKnowledgeBaseTest {

	private final KnowledgeBase knowledge = KnowledgeBase.builtIn();

	@Test
	void readsWithAVersionAndASourceOnEveryRuleAndFactor() {
		assertThat(this.knowledge.version()).isNotBlank();
		assertThat(this.knowledge.rules()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(this.knowledge.rules()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
		assertThat(this.knowledge.factors().all()).allSatisfy(factor -> assertThat(factor.source()).isNotBlank());
	}

	@Test
	void coversTheStreamFamiliesTheIssueNames() {
		Set<MaterialClass> supplied = this.knowledge.rules()
			.stream()
			.flatMap(rule -> rule.supply().classes().stream())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(MaterialClass.class)));

		assertThat(supplied).contains(MaterialClass.ASH, MaterialClass.SLAG, MaterialClass.GYPSUM,
				MaterialClass.WOOD_RESIDUES, MaterialClass.BIOMASS, MaterialClass.ORGANIC_SLUDGE,
				MaterialClass.FOOD_AND_FEED, MaterialClass.METAL_SCRAP, MaterialClass.PLASTICS, MaterialClass.CO2,
				MaterialClass.HYDROGEN, MaterialClass.OXYGEN, MaterialClass.WATER);
		assertThat(this.knowledge.rules()).filteredOn(rule -> rule.kind() == RuleKind.HEAT)
			.hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void everyHeatRuleTravelsByPipeAndEveryFactorKeyItNamesExists() {
		for (SymbiosisRule rule : this.knowledge.rules()) {
			if (rule.kind() == RuleKind.HEAT) {
				assertThat(rule.maxDistanceKm()).containsOnlyKeys(TransportMode.PIPE);
			}
			for (String key : new String[] { rule.avoidedFactor(), rule.disposalFactor(), rule.valueFactor() }) {
				if (key != null) {
					assertThat(this.knowledge.factors().contains(key)).as(rule.id() + " → " + key).isTrue();
				}
			}
		}
	}

}
