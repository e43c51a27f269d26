package no.symbiose.app.api;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with one input field. The message is a key under {@code problem.field.*} in
 * the messages files, rendered in the request's language when the problem is answered.
 */
public record FieldProblem(String field, @Nullable Object value, String messageKey, Object... arguments) {

	public static FieldProblem of(String field, @Nullable Object value, String messageKey, Object... arguments) {
		return new FieldProblem(field, value, messageKey, arguments);
	}

}
