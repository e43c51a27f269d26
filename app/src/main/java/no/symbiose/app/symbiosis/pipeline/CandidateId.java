package no.symbiose.app.symbiosis.pipeline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A candidate's id taken apart: {@code s12>d34:ash-to-cement} is supply stream 12, demand
 * stream 34, rule {@code ash-to-cement}; {@code s12>c7:ash-to-cement} has the implicit
 * demand of company 7 instead of a demand stream. Rule ids follow
 * {@code symbiosis_rule.rule_id}.
 */
record CandidateId(long supplyStreamId, @Nullable Long demandStreamId, @Nullable Long demandCompanyId, String ruleId) {

	private static final Pattern FORMAT = Pattern
		.compile("s(\\d{1,18})>(?:d(\\d{1,18})|c(\\d{1,18})):([a-z0-9][a-z0-9-]{0,79})");

	CandidateId {
		if ((demandStreamId == null) == (demandCompanyId == null)) {
			throw new IllegalArgumentException("A candidate has either a demand stream or a demand company");
		}
	}

	static Optional<CandidateId> parse(@Nullable String id) {
		Matcher m = (id == null) ? null : FORMAT.matcher(id.strip());
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		return Optional
			.of(new CandidateId(Long.parseLong(m.group(1)), (m.group(2) == null) ? null : Long.parseLong(m.group(2)),
					(m.group(3) == null) ? null : Long.parseLong(m.group(3)), m.group(4)));
	}

	@Override
	public String toString() {
		return "s" + this.supplyStreamId + ">"
				+ ((this.demandStreamId != null) ? "d" + this.demandStreamId : "c" + this.demandCompanyId) + ":"
				+ this.ruleId;
	}

}
