package no.symbiose.app.symbiosis;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a person narrows the candidates to. Company and park match only a side the viewer
 * sees by name, so a filter can never tell a company reporter who an anonymous
 * counterpart is; county matches either side, as the county of an anonymous counterpart
 * is shown anyway.
 *
 * @param company company key
 * @param park park key: a side whose company is an active tenant of it
 * @param county county number
 * @param rule rule id
 * @param kind {@code material} or {@code heat}
 * @param minNetTonnesCo2e net t CO2e avoided per year at least (unknown figures fall out)
 */
public record CandidateFilter(@Nullable String company, @Nullable String park, @Nullable String county,
		@Nullable String rule, @Nullable String kind, @Nullable Double minNetTonnesCo2e, Sort sort) {

	public static final CandidateFilter NONE = new CandidateFilter(null, null, null, null, null, null, Sort.RANK);

	/** How the list is ordered: the engine's ranking, net CO2e or distance. */
	public enum Sort {

		RANK, NET, DISTANCE;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Sort fromKey(@Nullable String key) {
			for (Sort sort : values()) {
				if (sort.key().equals(key)) {
					return sort;
				}
			}
			return RANK;
		}

	}

	public CandidateFilter {
		company = blankToNull(company);
		park = blankToNull(park);
		county = blankToNull(county);
		rule = blankToNull(rule);
		kind = blankToNull(kind);
	}

	public static CandidateFilter ofCompany(String companyKey) {
		return new CandidateFilter(companyKey, null, null, null, null, null, Sort.RANK);
	}

	public static CandidateFilter ofPark(String parkKey) {
		return new CandidateFilter(null, parkKey, null, null, null, null, Sort.RANK);
	}

	static CandidateFilter of(@Nullable String company, @Nullable String park, @Nullable String county,
			@Nullable String rule, @Nullable String kind, @Nullable Double minNetTonnesCo2e, @Nullable String sort) {
		return new CandidateFilter(company, park, county, rule, kind, minNetTonnesCo2e, Sort.fromKey(sort));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
