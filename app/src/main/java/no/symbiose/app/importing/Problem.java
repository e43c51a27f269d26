package no.symbiose.app.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An import error before its message is resolved: a message key and its arguments. */
record Problem(long row, @Nullable String column, @Nullable String value, String messageKey, List<Object> arguments) {

	static Problem of(long row, @Nullable String column, @Nullable String value, String messageKey,
			Object... arguments) {
		return new Problem(row, column, value, messageKey, List.of(arguments));
	}

}
