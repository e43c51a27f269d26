package no.symbiose.app.importing;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.symbiose.app.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts from app/src/main/resources/demo/README.md: the demo files load whole on first
 * start.
 */
@IntegrationTest
class DemoDataLoaderTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTheEightParksOfTheIndustryParkReport() {
		assertThat(count("select count(*) from park where park_key in ('heroya', 'mo', 'mongstad', 'treklyngen',"
				+ " 'raufoss', 'kongsberg', 'verdal', 'skogmo')"))
			.isEqualTo(8);
		assertThat(count("select count(*) from park where park_key in ('heroya', 'mo', 'mongstad')")).isEqualTo(3);
	}

	@Test
	void loadsAllSixtyThreeNorwegianHotmapsSitesAmongTheCompanies() {
		assertThat(count("select count(*) from company where company_key like 'hotmaps:%'")).isEqualTo(63);
		assertThat(count("select count(*) from company where company_key like 'demo:%' or company_key like 'park:%'"))
			.isEqualTo(73 - 63);
	}

	@Test
	void loadsTheYearlyFactsAndStreams() {
		assertThat(count(
				"select count(*) from yearly_facts x join company c on c.id = x.company_id where c.company_key similar to '(hotmaps|demo|park):%'"))
			.isEqualTo(62);
		assertThat(count(
				"select count(*) from stream x join company c on c.id = x.company_id where c.company_key similar to '(hotmaps|demo|park):%'"))
			.isEqualTo(92);
		// 62 material rows of report 002 + 8 Hotmaps excess-heat rows + 9 + 13 symbiosis
		// rows
		// of 003, 4 of which are excess heat
		assertThat(count(
				"select count(*) from stream x join company c on c.id = x.company_id where c.company_key similar to '(hotmaps|demo|park):%' and x.direction = 'excess_heat'"))
			.isEqualTo(12);
	}

	@Test
	void makesTheNamedEmittersTenantsOfTheirParks() {
		assertThat(jdbc.sql("""
				select p.park_key from tenancy t join park p on p.id = t.park_id join company c on c.id = t.company_id
				where c.company_key = 'hotmaps:742'""").query(String.class).single()).isEqualTo("mo");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
