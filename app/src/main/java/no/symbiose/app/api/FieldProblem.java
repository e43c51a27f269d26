package no.symbiose.app.api;

import no.symbiose.engine.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with one input field. The message is a key under
 * {@code problem.field.*} in the messages files, or an engine rule's key, rendered in the
 * request's language when the problem is answered.
 */
public record FieldProblem(String field, @Nullable Object value, String messageKey, Object... arguments) {

	public static FieldProblem of(String field, @Nullable Object value, String messageKey, Object... arguments) {
		return new FieldProblem(field, value, messageKey, arguments);
	}

	/** A broken engine rule: its key names the text in {@code rules*.properties}. */
	public static FieldProblem of(String field, @Nullable Object value, RuleViolation violation) {
		return new FieldProblem(field, value, violation.rule(), violation.arguments().toArray());
	}

}
