package no.symbiose.app.goals;

import java.nio.charset.StandardCharsets;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The goals API: the nation and a county are public, a park needs a login, bad scopes are
 * problems. Given: a park whose one tenant (since 2020) emitted 100 t CO2e in 2023 and 90
 * t in 2025, so the target is 50 t, the trajectory in 2025 100 − 50 × 2/7 = 85.71 t (at
 * risk, 4.29 t behind) and the gap 40 t.
 */
@IntegrationTest
class GoalApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures registry;

	Row park;

	String admin;

	@BeforeEach
	void givenAParkBehindItsEmissionsTarget() {
		this.registry = new RegistryFixtures(this.jdbc);
		this.park = this.registry.aPark();
		Row tenant = this.registry.aTenantOf(this.park);
		this.jdbc.sql("update tenancy set valid_from = date '2020-01-01' where company_id = :c")
			.param("c", tenant.id())
			.update();
		this.registry.facts(tenant, 2023, "public", 100);
		this.registry.facts(tenant, 2025, "public", 90);
		this.jdbc.sql("update yearly_facts set electricity_mwh = 0 where company_id = :c")
			.param("c", tenant.id())
			.update();
		this.admin = this.registry.admin();
	}

	@Test
	void aParksFollowUpGivesValuesTargetAndStatus() throws Exception {
		this.mvc
			.perform(get("/api/v1/goals/follow-up").param("park", this.park.key())
				.with(user(this.admin).roles("NATIONAL_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].status").value("at_risk"))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].targetValue").value(50.0))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].baseline.value").value(100.0))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].latest.year").value(2025))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].expectedValue")
				.value(hasItem(closeTo(85.714, 0.001))))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].values.length()").value(2))
			// a county-level mission is not a park's
			.andExpect(jsonPath("$[*].indicator").value(not(hasItem("realised-symbioses-per-county"))));
	}

	@Test
	void aParksGapGivesTheEmissionsGap() throws Exception {
		this.mvc
			.perform(get("/api/v1/goals/gap").param("park", this.park.key())
				.with(httpBasic(this.admin, RegistryFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].gap").value(40.0))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].pipeline.length()").value(5))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].pipelineTonnesCo2ePerYear").value(0.0))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].remaining").value(40.0))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].missing[0]").value("no-candidates"));
	}

	@Test
	void theDashboardsShowTheGap() throws Exception {
		String park = this.mvc
			.perform(get("/mal/park/" + this.park.key()).with(user(this.admin).roles("NATIONAL_ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace('\u00a0', ' ');
		assertThat(park)
			.contains("id=\"goals-gap\"", "<caption>Hva som kan lukke utslippsgapet, i tonn CO2e per år</caption>")
			.contains("90 t CO2e (2025)", "50 t CO2e (2030)", ">40 t CO2e<");
		this.mvc.perform(get("/mal"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"goals-gap\"")));
	}

	@Test
	void theNationAndACountyArePublic() throws Exception {
		this.mvc.perform(get("/api/v1/goals/follow-up"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].indicator").value(hasItem("realised-symbioses-per-county")))
			.andExpect(jsonPath("$[*].indicator").value(hasItem("ccs-cooperating-parks")));
		this.mvc.perform(get("/api/v1/goals/follow-up").param("county", "40"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].indicator").value(hasItem("co2-emissions")))
			// a nation-level target is not a county's
			.andExpect(jsonPath("$[*].indicator").value(not(hasItem("ccs-cooperating-parks"))));
		this.mvc.perform(get("/api/v1/goals/gap").param("county", "40")).andExpect(status().isOk());
		// a blank park is no park: the nation
		this.mvc.perform(get("/api/v1/goals/gap").param("park", "")).andExpect(status().isOk());
	}

	@Test
	void aParkNeedsALogin() throws Exception {
		this.mvc.perform(get("/api/v1/goals/follow-up").param("park", this.park.key()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/goals/gap").param("park", this.park.key())).andExpect(status().isUnauthorized());
	}

	@Test
	void badScopesAreProblemsNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/goals/follow-up").param("county", "4x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("county"));
		this.mvc
			.perform(get("/api/v1/goals/gap").param("county", "40")
				.param("park", this.park.key())
				.with(user(this.admin).roles("NATIONAL_ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("park"));
		this.mvc
			.perform(
					get("/api/v1/goals/gap").param("park", "Not a key!").with(user(this.admin).roles("NATIONAL_ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("park"));
	}

	@Test
	void anUnknownCountyOrParkIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/goals/gap").param("county", "99"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(get("/api/v1/goals/follow-up").param("park", "no-such-park")
				.with(user(this.admin).roles("NATIONAL_ADMIN")))
			.andExpect(status().isNotFound());
	}

}
