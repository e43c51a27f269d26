package no.symbiose.engine.symbiosis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.units.Celsius;

/**
 * What can feed what: the rules of {@code knowledge-base.csv} with the factors of
 * {@code factors.csv}, both versioned files in this package (see docs/knowledge-base.md).
 * Administrators add rules of their own on top of the built-in ones with
 * {@link #withRules(List)}.
 */
public final class KnowledgeBase {

	private static final String RULES_FILE = "knowledge-base.csv";

	private static final String FACTORS_FILE = "factors.csv";

	private final String version;

	private final Map<String, SymbiosisRule> rules;

	private final FactorTable factors;

	public KnowledgeBase(String version, List<SymbiosisRule> rules, FactorTable factors) {
		this.version = version;
		this.factors = factors;
		Map<String, SymbiosisRule> byId = new LinkedHashMap<>();
		for (SymbiosisRule rule : rules) {
			if (byId.put(rule.id(), rule) != null) {
				throw new IllegalArgumentException("Rule %s is defined twice".formatted(rule.id()));
			}
			for (String key : new String[] { rule.avoidedFactor(), rule.disposalFactor(), rule.valueFactor() }) {
				if (key != null && !factors.contains(key)) {
					throw new IllegalArgumentException(
							"Rule %s refers to factor %s, which factors.csv does not have".formatted(rule.id(), key));
				}
			}
		}
		this.rules = Collections.unmodifiableMap(byId);
	}

	/** The knowledge base shipped with the engine. */
	public static KnowledgeBase builtIn() {
		try (Reader rules = resource(RULES_FILE); Reader factors = resource(FACTORS_FILE)) {
			return parse(rules, factors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reader resource(String name) {
		InputStream in = KnowledgeBase.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("The engine jar lacks " + name);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	public static KnowledgeBase parse(Reader rulesCsv, Reader factorsCsv) {
		FactorTable factors = FactorTable.parse(factorsCsv);
		KnowledgeBaseCsv file = KnowledgeBaseCsv.read(rulesCsv, RULES_FILE);
		List<SymbiosisRule> rules = new ArrayList<>();
		for (KnowledgeBaseCsv.Row row : file.rows()) {
			try {
				rules.add(rule(row, SymbiosisRule.Origin.BUILT_IN));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"%s record %d: %s".formatted(RULES_FILE, row.line(), ex.getMessage()), ex);
			}
		}
		return new KnowledgeBase(file.version(), rules, factors);
	}

	/**
	 * Reads rules in the column layout of {@code knowledge-base.csv}, for example those
	 * an administrator uploads; each row is one rule.
	 */
	public static List<SymbiosisRule> parseRules(Reader rulesCsv, SymbiosisRule.Origin origin) {
		KnowledgeBaseCsv file = KnowledgeBaseCsv.read(rulesCsv, RULES_FILE);
		List<SymbiosisRule> rules = new ArrayList<>();
		for (KnowledgeBaseCsv.Row row : file.rows()) {
			try {
				rules.add(rule(row, origin));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Record %d: %s".formatted(row.line(), ex.getMessage()), ex);
			}
		}
		return rules;
	}

	/** Builds one rule from the column values of {@code knowledge-base.csv}. */
	public static SymbiosisRule rule(Map<String, String> columns, SymbiosisRule.Origin origin) {
		return rule(new KnowledgeBaseCsv.Row(RULES_FILE, 0, columns), origin);
	}

	private static SymbiosisRule rule(KnowledgeBaseCsv.Row row, SymbiosisRule.Origin origin) {
		Map<TransportMode, Double> distances = new EnumMap<>(TransportMode.class);
		for (TransportMode mode : TransportMode.values()) {
			Double km = row.optionalNumber("max_km_" + mode.key());
			if (km != null) {
				distances.put(mode, km);
			}
		}
		Double demandTemperature = row.optionalNumber("demand_temperature_c");
		return new SymbiosisRule(row.required("rule_id"), RuleKind.fromKey(row.required("kind")), row.text("name_nb"),
				row.text("name_en"), selector(row, "supply"), selector(row, "demand"), row.list("receiving_nace"),
				row.text("receiving_nb"), row.text("receiving_en"), row.text("replaces_nb"), row.text("replaces_en"),
				row.optional("avoided_factor"), row.optional("disposal_factor"), row.optional("value_factor"),
				row.text("pretreatment_nb"), row.text("pretreatment_en"),
				demandTemperature == null ? null : Celsius.of(demandTemperature), distances, row.text("source"),
				origin);
	}

	private static StreamSelector selector(KnowledgeBaseCsv.Row row, String side) {
		List<MaterialClass> classes = new ArrayList<>();
		for (String key : row.list(side + "_classes")) {
			try {
				classes.add(MaterialClass.fromKey(key));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("%s_classes: \"%s\" is not a material class".formatted(side, key),
						ex);
			}
		}
		return new StreamSelector(classes, row.list(side + "_ewc"));
	}

	/**
	 * A knowledge base with these rules added; an added rule may not reuse a built-in id.
	 */
	public KnowledgeBase withRules(List<SymbiosisRule> extra) {
		List<SymbiosisRule> all = new ArrayList<>(this.rules.values());
		all.addAll(extra);
		return new KnowledgeBase(this.version, all, this.factors);
	}

	public String version() {
		return this.version;
	}

	public List<SymbiosisRule> rules() {
		return List.copyOf(this.rules.values());
	}

	public Optional<SymbiosisRule> rule(String id) {
		return Optional.ofNullable(this.rules.get(id));
	}

	public FactorTable factors() {
		return this.factors;
	}

}
