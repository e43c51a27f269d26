package no.symbiose.app.symbiosis.pipeline;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.symbiosis.pipeline.SynergyMissions.CountyMission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mission count: synergies in operation per county, against the goal of two. Other
 * tests share the database, so each test compares the counts before and after its own
 * synergies.
 */
@IntegrationTest
class SynergyMissionsTest {

	@Autowired
	SynergyMissions missions;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SynergyFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new SynergyFixtures(this.jdbc);
		// earlier tests may have left synergies in operation in Møre og Romsdal (15)
		this.jdbc.sql("""
				update synergy set state = 'ended' where state = 'in_operation' and (supply_company_id in
				(select id from company where municipality_number = '1506') or demand_company_id in
				(select id from company where municipality_number = '1506'))""").update();
	}

	@Test
	void listsAll15CountiesWithTheirCounts() {
		assertThat(this.missions.realisedByCounty()).hasSize(15)
			.extracting(CountyMission::countyNumber)
			.contains("03", "40", "46", "18", "15");
	}

	@Test
	void twoSynergiesInOperationInOneCountyMeetTheMission() {
		Map<String, CountyMission> before = byCounty();
		assertThat(before.get("15").realised()).as("Møre og Romsdal starts without any").isZero();
		Row molde1 = this.fixtures.companyAt("1506", 62.74, 7.16);
		Row molde2 = this.fixtures.companyAt("1506", 62.73, 7.18);

		this.fixtures.synergy(molde1, molde2, "in_operation");
		assertThat(byCounty().get("15")).extracting(CountyMission::realised, CountyMission::met)
			.containsExactly(1L, false);

		this.fixtures.synergy(molde2, molde1, "in_operation");
		// ones not (or no longer) in operation do not count
		this.fixtures.synergy(molde1, molde2, "agreed");
		this.fixtures.synergy(molde1, molde2, "ended");
		assertThat(byCounty().get("15")).extracting(CountyMission::realised, CountyMission::met)
			.containsExactly(2L, true);
	}

	@Test
	void aSynergyBetweenTwoCountiesCountsInBoth() throws Exception {
		Map<String, CountyMission> before = byCounty();
		Row oslo = this.fixtures.companyAt("0301", 59.91, 10.75);
		Row rana = this.fixtures.companyAt("1833", 66.31, 14.14);

		this.fixtures.synergy(oslo, rana, "in_operation");

		Map<String, CountyMission> after = byCounty();
		assertThat(after.get("03").realised() - before.get("03").realised()).isOne();
		assertThat(after.get("18").realised() - before.get("18").realised()).isOne();
		assertThat(after.get("40").realised()).isEqualTo(before.get("40").realised());
		this.mvc.perform(get("/api/v1/synergies/missions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(15))
			.andExpect(jsonPath("$[?(@.countyNumber == '03')].realised").value((int) after.get("03").realised()))
			.andExpect(jsonPath("$[0].companyKey").doesNotExist());
	}

	private Map<String, CountyMission> byCounty() {
		return this.missions.realisedByCounty()
			.stream()
			.collect(Collectors.toMap(CountyMission::countyNumber, Function.identity()));
	}

}
