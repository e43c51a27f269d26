package no.symbiose.app.goals;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API of a park's targets: login to read, the park's facilitator to set, 400 with
 * fields.
 */
@IntegrationTest
class ParkTargetsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Row park;

	String facilitator;

	@BeforeEach
	void givenAParkWithItsFacilitator() {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		this.park = registry.aPark();
		this.facilitator = registry.facilitator(this.park);
	}

	@Test
	void aVisitorMustLogInToReadATarget() throws Exception {
		this.mvc.perform(get("/api/v1/goals/parks/" + this.park.key() + "/targets"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theFacilitatorSetsATargetAndReadsItBack() throws Exception {
		this.mvc
			.perform(put("/api/v1/goals/parks/" + this.park.key() + "/targets/land-use")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "absolute", "value": 93, "baselineYear": 2024, "baselineValue": 81}""")
				.with(user(this.facilitator).roles("PARK_FACILITATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.origin").value("park"))
			.andExpect(jsonPath("$.targetValue").value(93.0))
			.andExpect(jsonPath("$.baselineValue").value(81.0));

		this.mvc
			.perform(get("/api/v1/goals/parks/" + this.park.key() + "/targets")
				.with(user(this.facilitator).roles("PARK_FACILITATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.indicator == 'land-use')].origin").value("park"))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].origin").value("national"))
			.andExpect(jsonPath("$[?(@.indicator == 'co2-emissions')].targetValue").value(-0.5));
	}

	@Test
	void aBadTargetIsA400NamingTheField() throws Exception {
		this.mvc
			.perform(put("/api/v1/goals/parks/" + this.park.key() + "/targets/co2-emissions")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "relative_change", "value": -1.5, "baselineYear": 2023, "baselineValue": 100}""")
				.with(user(this.facilitator).roles("PARK_FACILITATOR"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
	}

}
