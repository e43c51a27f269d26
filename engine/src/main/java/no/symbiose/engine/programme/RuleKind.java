package no.symbiose.engine.programme;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a criterion is judged, and what its parameter means.
 * <ul>
 * <li>{@code facilitator}: the park has a facilitator organisation; no parameter.</li>
 * <li>{@code climate_account_share}: at least this share (0–1] of the year's tenants have
 * a climate account for the year.</li>
 * <li>{@code facts_share}: at least this share (0–1] of the year's tenants have yearly
 * facts for the year (1 = every tenant).</li>
 * <li>{@code material_flow_analysis}: at least this many material flows with a quantity
 * in tonnes for the year (a whole number &ge; 1).</li>
 * <li>{@code adopted_targets}: the park has adopted at least this many targets of its own
 * (a whole number &ge; 1).</li>
 * </ul>
 */
public enum RuleKind {

	FACILITATOR, CLIMATE_ACCOUNT_SHARE, FACTS_SHARE, MATERIAL_FLOW_ANALYSIS, ADOPTED_TARGETS;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static RuleKind parse(String key) {
		for (RuleKind kind : values()) {
			if (kind.key().equals(key)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("rule \"%s\" is not one of %s".formatted(key,
				Arrays.stream(values()).map(RuleKind::key).collect(Collectors.joining(", "))));
	}

	/** Whether the parameter is a share (0–1]; else a whole count &ge; 1, or none. */
	boolean isShare() {
		return this == CLIMATE_ACCOUNT_SHARE || this == FACTS_SHARE;
	}

}
