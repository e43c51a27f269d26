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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/goals/entries}: login to read, the park's facilitator to write, 400 with
 * every field, 409 on a stale version, problem details throughout.
 */
@IntegrationTest
class GoalEntriesApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures registry;

	Row park;

	RequestPostProcessor facilitator;

	@BeforeEach
	void givenAParkWithItsFacilitator() {
		this.registry = new RegistryFixtures(this.jdbc);
		this.park = this.registry.aPark();
		this.facilitator = user(this.registry.facilitator(this.park)).roles("PARK_FACILITATOR");
	}

	private String spinOff(String parkKey) {
		return """
				{"indicator": "spin-offs", "park": "%s", "year": 2025, "value": 2,
				 "title": "To nye selskaper fra pilotlinjen", "evidence": "https://example.no/nyhet",
				 "eventDate": "2025-06-30"}""".formatted(parkKey);
	}

	private long entriesOfPark() {
		return this.jdbc.sql("select count(*) from goal_entry where park_id = :park")
			.param("park", this.park.id())
			.query(Long.class)
			.single();
	}

	private long record() throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/goals/entries").contentType(MediaType.APPLICATION_JSON)
				.content(spinOff(this.park.key()))
				.with(this.facilitator)
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void aVisitorMustLogInToReadEntries() throws Exception {
		this.mvc.perform(get("/api/v1/goals/entries").param("park", this.park.key()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theFacilitatorRecordsAnEntryAndListsIt() throws Exception {
		this.mvc
			.perform(post("/api/v1/goals/entries").contentType(MediaType.APPLICATION_JSON)
				.content(spinOff(this.park.key()))
				.with(this.facilitator)
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/goals/entries/")))
			.andExpect(jsonPath("$.indicator").value("spin-offs"))
			.andExpect(jsonPath("$.goal").value("goal-7-startups"))
			.andExpect(jsonPath("$.unit").value("count"))
			.andExpect(jsonPath("$.level").value("park"))
			.andExpect(jsonPath("$.county").value("40"))
			.andExpect(jsonPath("$.value").value(2.0))
			.andExpect(jsonPath("$.eventDate").value("2025-06-30"))
			.andExpect(jsonPath("$.version").value(0));

		this.mvc
			.perform(get("/api/v1/goals/entries").param("park", this.park.key())
				.param("indicator", "spin-offs")
				.with(this.facilitator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].title").value("To nye selskaper fra pilotlinjen"))
			.andExpect(jsonPath("$.items[0].evidence").value("https://example.no/nyhet"));
	}

	@Test
	void badInputIsA400NamingEveryFieldAndWritesNothing() throws Exception {
		this.mvc
			.perform(post("/api/v1/goals/entries").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"indicator": "spin-offs", "park": "%s", "year": 2025, "value": -1, "title": "",
						 "evidence": "", "eventDate": "2025-06-30"}""".formatted(this.park.key()))
				.with(this.facilitator)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("value"))
			.andExpect(jsonPath("$.errors[0].message").value("Verdien kan ikke være negativ (enhet count)."))
			.andExpect(jsonPath("$.errors[1].field").value("title"))
			.andExpect(jsonPath("$.errors[2].field").value("evidence"));

		this.mvc
			.perform(post("/api/v1/goals/entries").contentType(MediaType.APPLICATION_JSON)
				.content(spinOff(this.park.key()).replace("2025-06-30", "30.06.2025"))
				.with(this.facilitator)
				.with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(entriesOfPark()).isZero();
	}

	@Test
	void aChangeFromAStaleVersionIsA409ThatSaysSo() throws Exception {
		long id = record();
		String change = spinOff(this.park.key()).replace("\"value\": 2", "\"value\": 3")
			.replace("}", ", \"version\": %d}");

		this.mvc
			.perform(put("/api/v1/goals/entries/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(change.formatted(0))
				.with(this.facilitator)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(3.0))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/goals/entries/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(change.formatted(0).replace("\"value\": 3", "\"value\": 7"))
				.with(this.facilitator)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Endret av noen andre"))
			.andExpect(jsonPath("$.detail").value(
					"To nye selskaper fra pilotlinjen er endret siden du leste den. Hent den på nytt og gjør endringen igjen."))
			.andExpect(jsonPath("$.currentVersion").value(1));

		assertThat(this.jdbc.sql("select value from goal_entry where id = :id")
			.param("id", id)
			.query(Double.class)
			.single()).isEqualTo(3.0);
	}

	@Test
	void othersMayNotChangeOrDeleteTheParksEntries() throws Exception {
		long id = record();
		RequestPostProcessor officer = user(this.registry.countyOfficer("40")).roles("COUNTY_OFFICER");
		RequestPostProcessor otherFacilitator = user(this.registry.facilitator(this.registry.aPark()))
			.roles("PARK_FACILITATOR");

		// the county's officer sees it but may not change it
		this.mvc.perform(delete("/api/v1/goals/entries/" + id).with(officer).with(csrf()))
			.andExpect(status().isForbidden());
		// another park's facilitator does not even see it
		this.mvc.perform(delete("/api/v1/goals/entries/" + id).with(otherFacilitator).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", endsWith(String.valueOf(id) + ".")));
		assertThat(entriesOfPark()).isEqualTo(1);

		this.mvc
			.perform(delete("/api/v1/goals/entries/" + id).param("version", "0").with(this.facilitator).with(csrf()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/goals/entries/" + id).with(this.facilitator)).andExpect(status().isNotFound());
		assertThat(entriesOfPark()).isZero();
	}

	@Test
	void aNationalAdministratorRecordsTheNationsEntriesWhichEveryLoggedInUserReads() throws Exception {
		this.jdbc.sql("delete from goal_entry where indicator_key = 'carbon-contracts-pilot'").update();
		this.mvc
			.perform(post("/api/v1/goals/entries").contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"indicator": "carbon-contracts-pilot", "year": 2025, "value": 1,
								 "title": "Pilot for karbondifferansekontrakter", "evidence": "Prop. 1 S (2025–2026), kap. 1400",
								 "eventDate": "2025-10-06"}""")
				.with(user(this.registry.admin()).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("nation"))
			.andExpect(jsonPath("$.park").doesNotExist());

		this.mvc
			.perform(get("/api/v1/goals/entries").param("level", "nation")
				.param("indicator", "carbon-contracts-pilot")
				.with(this.facilitator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].evidence").value("Prop. 1 S (2025–2026), kap. 1400"));
		this.mvc.perform(get("/api/v1/goals/entries").param("level", "planet").with(this.facilitator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void theOpenApiDocumentDescribesTheEntries() throws Exception {
		String document = this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(document).contains("\"/api/v1/goals/entries\"", "\"/api/v1/goals/entries/{id}\"")
			.contains("Record an entry of a recorded indicator at its level");
	}

}
