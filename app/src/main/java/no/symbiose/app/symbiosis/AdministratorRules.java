package no.symbiose.app.symbiosis;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.SymbiosisRule;

/**
 * Rules administrators add are stored as the map of their {@code knowledge-base.csv}
 * columns (jsonb), and read by the same engine code as the built-in rules.
 */
final class AdministratorRules {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AdministratorRules() {
	}

	static SymbiosisRule fromJson(String json) {
		Map<String, String> columns = JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
		return KnowledgeBase.rule(columns, SymbiosisRule.Origin.ADMINISTRATOR);
	}

	static String toJson(Map<String, String> columns) {
		return JSON.writeValueAsString(columns);
	}

}
