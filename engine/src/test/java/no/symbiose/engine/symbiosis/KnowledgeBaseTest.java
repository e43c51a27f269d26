package no.symbiose.engine.symbiosis;

import java.io.StringReader;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.symbiose.engine.registry.MaterialClass;

import static no.symbiose.engine.symbiosis.SymbiosisFixtures.reader;
import static no.symbiose.engine.symbiosis.SymbiosisFixtures.testKnowledgeBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KnowledgeBaseTest {

	private static final String HEADER = "rule_id,kind,name_nb,name_en,supply_classes,supply_ewc,demand_classes,"
			+ "demand_ewc,receiving_nace,receiving_nb,receiving_en,replaces_nb,replaces_en,avoided_factor,"
			+ "disposal_factor,value_factor,pretreatment_nb,pretreatment_en,demand_temperature_c,max_km_truck,"
			+ "max_km_rail,max_km_ship,max_km_pipe,source\n";

	@Test
	void readsRulesWithTheirVersionSelectorsAndDistances() {
		KnowledgeBase knowledge = testKnowledgeBase();

		assertThat(knowledge.version()).isEqualTo("test-1");
		SymbiosisRule ash = knowledge.rule("ash-to-cement").orElseThrow();
		assertThat(ash.kind()).isEqualTo(RuleKind.MATERIAL);
		assertThat(ash.supply().classes()).containsExactly(MaterialClass.ASH);
		assertThat(ash.supply().ewcPrefixes()).containsExactly("1001");
		assertThat(ash.maxDistanceKm())
			.isEqualTo(Map.of(TransportMode.TRUCK, 100.0, TransportMode.RAIL, 400.0, TransportMode.SHIP, 1500.0));
		assertThat(ash.reachKm()).isEqualTo(1500.0);
		assertThat(knowledge.rule("heat-to-district-heating").orElseThrow().demandTemperature().value())
			.isEqualTo(70.0);
	}

	@Test
	void refusesARuleThatNamesAFactorTheTableLacks() {
		String rules = "# version: x\n" + HEADER + "r,material,R,R,ash,,ash,,,,,,,avoided.nothing,,,,,,10,,,,test\n";

		assertThatIllegalArgumentException()
			.isThrownBy(() -> KnowledgeBase.parse(new StringReader(rules), reader("test-factors.csv")))
			.withMessageContaining("avoided.nothing");
	}

	@Test
	void refusesAnUnknownMaterialClassAndSaysWhere() {
		String rules = "# version: x\n" + HEADER + "r,material,R,R,unobtainium,,ash,,,,,,,,,,,,,10,,,,test\n";

		assertThatIllegalArgumentException()
			.isThrownBy(() -> KnowledgeBase.parse(new StringReader(rules), reader("test-factors.csv")))
			.withMessageContaining("record 1")
			.withMessageContaining("unobtainium");
	}

	@Test
	void refusesAFileWithoutAVersionLine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KnowledgeBase.parse(new StringReader(HEADER), reader("test-factors.csv")))
			.withMessageContaining("# version:");
	}

	@Test
	void refusesHeatByTruckAndARuleWithoutSource() {
		String truckHeat = "# version: x\n" + HEADER + "h,heat,H,H,,,,,35.3,,,,,,,,,,70,10,,,,test\n";
		String noSource = "# version: x\n" + HEADER + "r,material,R,R,ash,,ash,,,,,,,,,,,,,10,,,,\n";

		assertThatIllegalArgumentException()
			.isThrownBy(() -> KnowledgeBase.parse(new StringReader(truckHeat), reader("test-factors.csv")))
			.withMessageContaining("pipe");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KnowledgeBase.parse(new StringReader(noSource), reader("test-factors.csv")))
			.withMessageContaining("source");
	}

	@Test
	void addsAdministratorsRulesButNotUnderABuiltInId() {
		KnowledgeBase knowledge = testKnowledgeBase();
		SymbiosisRule copy = knowledge.rule("ash-to-cement").orElseThrow();

		assertThatIllegalArgumentException().isThrownBy(() -> knowledge.withRules(java.util.List.of(copy)))
			.withMessageContaining("twice");
	}

}
