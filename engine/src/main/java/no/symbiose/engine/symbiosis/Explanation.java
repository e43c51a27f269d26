package no.symbiose.engine.symbiosis;

import java.util.List;

/**
 * The reasoning behind a candidate's figures, one step per line, each a message key with
 * its arguments so that the app can say it in bokmål or English
 * ({@code i18n/rules*.properties}, keys {@code symbiosis.explain.*}).
 */
public record Explanation(List<Step> steps) {

	public Explanation {
		steps = List.copyOf(steps);
	}

	/** One line: a message key and the values it shows, already rounded for people. */
	public record Step(String key, List<Object> args) {

		public Step {
			if (!key.startsWith("symbiosis.explain.")) {
				throw new IllegalArgumentException("Explanation key %s is not a symbiosis.explain key".formatted(key));
			}
			args = List.copyOf(args);
		}

	}

}
