package no.symbiose.engine.programme;

import org.jspecify.annotations.Nullable;

/**
 * One qualification criterion of the programme.
 *
 * @param key stable key, lower case with hyphens
 * @param parameter a share (0–1] for the share rules, a whole count &ge; 1 for the count
 * rules, none for {@code facilitator}; see {@link RuleKind}
 * @param source the document and section it comes from
 */
public record Criterion(String key, String nameNb, String nameEn, RuleKind rule, @Nullable Double parameter,
		String source) {

	public Criterion {
		if (!key.matches("[a-z0-9][a-z0-9-]{1,62}")) {
			throw new IllegalArgumentException(
					"key \"%s\" is not lower case letters, digits and hyphens".formatted(key));
		}
		for (String[] text : new String[][] { { "name_nb", nameNb }, { "name_en", nameEn }, { "source", source } }) {
			if (text[1].isBlank()) {
				throw new IllegalArgumentException(text[0] + " is empty");
			}
		}
		if (rule == RuleKind.FACILITATOR) {
			if (parameter != null) {
				throw new IllegalArgumentException("rule facilitator takes no parameter, got " + parameter);
			}
		}
		else if (parameter == null) {
			throw new IllegalArgumentException("rule %s needs a parameter".formatted(rule.key()));
		}
		else if (rule.isShare() && !(parameter > 0 && parameter <= 1)) {
			throw new IllegalArgumentException(
					"rule %s needs a share above 0 and at most 1, got %s".formatted(rule.key(), parameter));
		}
		else if (!rule.isShare() && (parameter < 1 || parameter != Math.rint(parameter))) {
			throw new IllegalArgumentException(
					"rule %s needs a whole number of at least 1, got %s".formatted(rule.key(), parameter));
		}
	}

	/** The parameter of a share rule as a share; of a count rule as a count. */
	double requiredParameter() {
		if (this.parameter == null) {
			throw new IllegalStateException("criterion %s has no parameter".formatted(this.key));
		}
		return this.parameter;
	}

}
