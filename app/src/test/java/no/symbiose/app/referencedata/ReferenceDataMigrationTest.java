package no.symbiose.app.referencedata;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import no.symbiose.app.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts from shared/data/README.md: the shipped files arrive whole in the database. */
@IntegrationTest

class ReferenceDataMigrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTheFifteenCountiesAndTheirMunicipalitiesOf2024() {
		assertThat(count("select count(*) from county")).isEqualTo(15);
		assertThat(count("select count(*) from municipality")).isEqualTo(357);
		assertThat(count("select count(*) from municipality where county_number = '46'")).isEqualTo(43);
	}

	@Test
	void loadsTheListOfWasteWithNorwaysNationalOffshoreCodes() {
		// 842 EU entries + 8 national 1650xx entries; 20 chapters; 111 EU + 1 national
		// sub-chapters
		assertThat(count("select count(*) from ewc_code where level = 3")).isEqualTo(842 + 8);
		assertThat(count("select count(*) from ewc_code where level = 1")).isEqualTo(20);
		assertThat(count("select count(*) from ewc_code where level = 2")).isEqualTo(111 + 1);
		assertThat(jdbc.sql("select title_nb from ewc_code where code = '100102'").query(String.class).single())
			.containsIgnoringCase("flygeaske");
	}

	@Test
	void loadsBothNaceVersions() {
		assertThat(count("select count(*) from nace_code where version = 'SN2007'")).isEqualTo(1816);
		assertThat(count("select count(*) from nace_code where version = 'SN2025'")).isEqualTo(1783);
	}

	@Test
	void loadsEmissionFactorsWithTheirSources() {
		// 86 rows of emission_factors.csv and hydrogen, added by migration V5
		assertThat(count("select count(*) from emission_factor")).isEqualTo(87);
		assertThat(count("select count(*) from emission_factor where source is null or source = ''")).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
