package no.symbiose.app.symbiosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.SymbiosisRule;

/**
 * Checks a rule an administrator adds, given as the columns of
 * {@code knowledge-base.csv}: first the common mistakes, each with its own message in
 * bokmål and English ({@code problem.field.rule.*}), then the engine itself (building the
 * rule and a knowledge base with it), whose refusal is reported as it says it. Columns
 * left out are empty; unknown columns are refused.
 */
final class RuleColumnsCheck {

	/** The columns of {@code knowledge-base.csv}, in file order. */
	static final List<String> COLUMNS = List.of("rule_id", "kind", "name_nb", "name_en", "supply_classes", "supply_ewc",
			"demand_classes", "demand_ewc", "receiving_nace", "receiving_nb", "receiving_en", "replaces_nb",
			"replaces_en", "avoided_factor", "disposal_factor", "value_factor", "pretreatment_nb", "pretreatment_en",
			"demand_temperature_c", "max_km_truck", "max_km_rail", "max_km_ship", "max_km_pipe", "source");

	private static final List<String> REQUIRED = List.of("rule_id", "kind", "name_nb", "name_en", "source");

	private static final List<String> NUMBERS = List.of("demand_temperature_c", "max_km_truck", "max_km_rail",
			"max_km_ship", "max_km_pipe");

	private RuleColumnsCheck() {
	}

	/** Every column, trimmed, missing ones empty. */
	static Map<String, String> complete(Map<String, String> given) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (String column : COLUMNS) {
			String value = given.get(column);
			columns.put(column, value == null ? "" : value.strip());
		}
		return columns;
	}

	/**
	 * @return the problems, empty when the rule can be added to {@code knowledge}
	 */
	static List<FieldProblem> problems(Map<String, String> given, KnowledgeBase knowledge) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String column : given.keySet()) {
			if (!COLUMNS.contains(column)) {
				problems.add(FieldProblem.of(column, given.get(column), "problem.field.rule.unknownColumn",
						String.join(", ", COLUMNS)));
			}
		}
		Map<String, String> columns = complete(given);
		for (String column : REQUIRED) {
			if (columns.get(column).isEmpty()) {
				problems.add(FieldProblem.of(column, null, "problem.field.required"));
			}
		}
		String id = columns.get("rule_id");
		if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
			problems.add(FieldProblem.of("rule_id", id, "problem.field.rule.id"));
		}
		else if (!id.isEmpty() && knowledge.rule(id).isPresent()) {
			problems.add(FieldProblem.of("rule_id", id, "problem.field.rule.duplicate"));
		}
		String kind = columns.get("kind");
		if (!kind.isEmpty() && !kind.equals("material") && !kind.equals("heat")) {
			problems.add(FieldProblem.of("kind", kind, "problem.field.rule.kind"));
		}
		for (String column : List.of("supply_classes", "demand_classes")) {
			for (String key : list(columns.get(column))) {
				try {
					MaterialClass.fromKey(key);
				}
				catch (RuntimeException ex) {
					problems.add(FieldProblem.of(column, key, "problem.field.rule.materialClass"));
				}
			}
		}
		for (String column : List.of("supply_ewc", "demand_ewc")) {
			for (String prefix : list(columns.get(column))) {
				if (!prefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
					problems.add(FieldProblem.of(column, prefix, "problem.field.rule.ewcPrefix"));
				}
			}
		}
		for (String prefix : list(columns.get("receiving_nace"))) {
			if (!prefix.matches("\\d{2}(\\.\\d{1,3})?")) {
				problems.add(FieldProblem.of("receiving_nace", prefix, "problem.field.rule.nacePrefix"));
			}
		}
		for (String column : List.of("avoided_factor", "disposal_factor", "value_factor")) {
			String factor = columns.get(column);
			if (!factor.isEmpty() && !knowledge.factors().contains(factor)) {
				problems.add(FieldProblem.of(column, factor, "problem.field.rule.unknownFactor"));
			}
		}
		for (String column : NUMBERS) {
			String value = columns.get(column);
			if (!value.isEmpty()) {
				try {
					double number = Double.parseDouble(value);
					if (column.startsWith("max_km_") && !(number > 0)) {
						problems.add(FieldProblem.of(column, value, "problem.field.rule.distance"));
					}
				}
				catch (NumberFormatException ex) {
					problems.add(FieldProblem.of(column, value, "problem.field.type"));
				}
			}
		}
		if (problems.isEmpty()) {
			try {
				knowledge.withRules(List.of(KnowledgeBase.rule(columns, SymbiosisRule.Origin.ADMINISTRATOR)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(FieldProblem.of("rule", null, "problem.field.rule.engine", ex.getMessage()));
			}
		}
		return problems;
	}

	private static List<String> list(String value) {
		return value.isEmpty() ? List.of()
				: java.util.Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
