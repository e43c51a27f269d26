package no.symbiose.engine.rules;

import java.util.Arrays;
import java.util.List;

/**
 * A value broke a domain rule. {@link #rule()} is a stable message key (for example
 * {@code registry.orgNumber.checkDigit}) and {@link #arguments()} fill its {0}, {1}, ...
 * placeholders in {@code app/src/main/resources/i18n/rules*.properties};
 * {@link #getMessage()} is the English text for logs and tests.
 * <p>
 * This base lives below {@code units} and {@code registry} so both can throw it without a
 * package cycle; {@code registry.RuleViolation} is the subclass thrown by registry rules.
 * Catch this type to handle every rule of the engine.
 */
public class RuleViolation extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String rule;

	private final List<Object> arguments;

	public RuleViolation(String rule, String message, Object... arguments) {
		super(message);
		this.rule = rule;
		this.arguments = List.copyOf(Arrays.asList(arguments));
	}

	public String rule() {
		return this.rule;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
