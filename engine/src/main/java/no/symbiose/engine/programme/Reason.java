package no.symbiose.engine.programme;

import java.util.List;

/**
 * Why a criterion is met, unmet or unknown, and what is missing.
 *
 * @param key the message key under {@code programme.reason.} (the app shows it in bokmål
 * or English with the arguments)
 * @param arguments the message's arguments, already written out (years as years, shares
 * as whole percent)
 * @param english the same sentence in English, for the API and logs
 */
public record Reason(String key, List<String> arguments, String english) {

	public Reason {
		arguments = List.copyOf(arguments);
	}

}
