package no.symbiose.engine.registry;

/**
 * A registry value broke a rule; see {@link no.symbiose.engine.rules.RuleViolation} for
 * the key and arguments. Unit rules ({@code units.*}) throw the base type, since
 * {@code units} must not depend on {@code registry}.
 */
public class RuleViolation extends no.symbiose.engine.rules.RuleViolation {

	private static final long serialVersionUID = 1L;

	public RuleViolation(String rule, String message, Object... arguments) {
		super(rule, message, arguments);
	}

}
