package no.symbiose.engine.symbiosis;

import java.util.Locale;

/**
 * A material rule matches material streams; a heat rule matches excess heat to a heat
 * need.
 */
public enum RuleKind {

	MATERIAL, HEAT;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static RuleKind fromKey(String key) {
		for (RuleKind kind : values()) {
			if (kind.key().equals(key)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Rule kind \"%s\" is neither material nor heat".formatted(key));
	}

}
