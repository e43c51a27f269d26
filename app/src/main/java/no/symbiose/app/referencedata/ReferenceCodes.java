package no.symbiose.app.referencedata;

import java.util.HashSet;
import java.util.Set;

import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.EwcCatalog;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.MunicipalityNumber;
import no.symbiose.engine.registry.NaceCatalog;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether a code exists in the shipped code lists: counties and municipalities (2024),
 * NACE codes of both versions, and the List of Waste entries (level 3; chapters and
 * sub-chapters are not codes a stream can carry). The one check of reference codes for
 * imports and the write API: {@code requireKnown} breaks rule
 * {@code reference.<list>.unknown} (messages files) as the engine's records break theirs,
 * so callers report both alike. The lists come with a migration and do not change while
 * the app runs, so they are read once, on first use: a few thousand short strings.
 */
@Service
public class ReferenceCodes implements NaceCatalog, EwcCatalog {

	private record Codes(Set<String> counties, Set<String> municipalities, Set<String> naceCodes,
			Set<String> ewcCodes) {
	}

	private final JdbcClient jdbc;

	private volatile @Nullable Codes codes;

	ReferenceCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean contains(CountyNumber county) {
		return codes().counties().contains(county.value());
	}

	public boolean contains(MunicipalityNumber municipality) {
		return codes().municipalities().contains(municipality.value());
	}

	@Override
	public boolean contains(NaceCode code) {
		return codes().naceCodes().contains(code.version().name() + " " + code.code());
	}

	@Override
	public boolean contains(EwcCode code) {
		return codes().ewcCodes().contains(code.code());
	}

	public CountyNumber requireKnown(CountyNumber county) {
		return require(contains(county), county, "reference.county.unknown",
				"County number %s does not exist in the 2024 division", county.value());
	}

	public MunicipalityNumber requireKnown(MunicipalityNumber municipality) {
		return require(contains(municipality), municipality, "reference.municipality.unknown",
				"Municipality number %s does not exist in the 2024 division", municipality.value());
	}

	public NaceCode requireKnown(NaceCode code) {
		return require(contains(code), code, "reference.nace.unknown", "Industry code %s does not exist in %s",
				code.code(), code.version().name());
	}

	public EwcCode requireKnown(EwcCode code) {
		return require(contains(code), code, "reference.ewc.unknown",
				"Waste code %s does not exist in the List of Waste (EWC)", code.display());
	}

	private static <T> T require(boolean known, T code, String rule, String message, Object... arguments) {
		if (!known) {
			throw new RuleViolation(rule, message.formatted(arguments), arguments);
		}
		return code;
	}

	private Codes codes() {
		Codes loaded = this.codes;
		if (loaded == null) {
			loaded = new Codes(set("select county_number from county"),
					set("select municipality_number from municipality"),
					set("select version || ' ' || code from nace_code"),
					set("select code from ewc_code where level = 3"));
			this.codes = loaded;
		}
		return loaded;
	}

	private Set<String> set(String sql) {
		return new HashSet<>(this.jdbc.sql(sql).query(String.class).list());
	}

}
