package no.symbiose.app.importing;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.EwcCatalog;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.MunicipalityNumber;
import no.symbiose.engine.registry.NaceCatalog;
import no.symbiose.engine.registry.NaceCode;

/**
 * The shipped code lists an import checks against, read once: counties and municipalities (2024), NACE codes
 * of both versions, and the List of Waste entries (level 3; chapters and sub-chapters are not
 * codes a stream can carry). A few thousand short strings.
 */
record ReferenceData(Set<String> counties, Set<String> municipalities, Set<String> naceCodes, Set<String> ewcCodes)
		implements NaceCatalog, EwcCatalog {

	static ReferenceData load(JdbcClient jdbc) {
		return new ReferenceData(new HashSet<>(jdbc.sql("select county_number from county").query(String.class).list()),
				new HashSet<>(jdbc.sql("select municipality_number from municipality").query(String.class).list()),
				new HashSet<>(jdbc.sql("select version || ' ' || code from nace_code").query(String.class).list()),
				new HashSet<>(jdbc.sql("select code from ewc_code where level = 3").query(String.class).list()));
	}

	boolean contains(CountyNumber county) {
		return this.counties.contains(county.value());
	}

	boolean contains(MunicipalityNumber municipality) {
		return this.municipalities.contains(municipality.value());
	}

	@Override
	public boolean contains(NaceCode code) {
		return this.naceCodes.contains(code.version().name() + " " + code.code());
	}

	@Override
	public boolean contains(EwcCode code) {
		return this.ewcCodes.contains(code.code());
	}

}
