package no.symbiose.engine.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enum keys as written in CSV files: the lower-case constant name, read
 * case-insensitively.
 */
final class Keys {

	private Keys() {
	}

	static String keyOf(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E>> E fromKey(Class<E> type, String key, String rule, String what) {
		String wanted = key.trim();
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(wanted)) {
				return constant;
			}
		}
		String allowed = Arrays.stream(type.getEnumConstants()).map(Keys::keyOf).collect(Collectors.joining(", "));
		throw new RuleViolation(rule, "\"%s\" is not a known %s; allowed: %s".formatted(key, what, allowed), key,
				allowed);
	}

	static String requireNotBlank(String text, String rule, String what) {
		if (text.isBlank()) {
			throw new RuleViolation(rule, "%s must not be blank".formatted(what));
		}
		return text.strip();
	}

	static int requireYear(int year) {
		if (year < 1990 || year > 2100) {
			throw new RuleViolation("registry.year.range", "Year %d is outside 1990–2100".formatted(year),
					String.valueOf(year));
		}
		return year;
	}

}
