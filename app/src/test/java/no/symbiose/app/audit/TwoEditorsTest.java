package no.symbiose.app.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Optimistic locking: two people open the same record, both save; the first change is
 * kept, the second is refused with a conflict that says so, and it is not lost (the page
 * keeps what was typed).
 */
@IntegrationTest
class TwoEditorsTest {

	private static final Pattern SEEN = Pattern.compile("name=\"seen\" value=\"land-use:(-?\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures fixtures;

	Row park;

	Row tenant;

	String facilitator;

	String admin;

	@BeforeEach
	void givenAParkWithATenantsStream() {
		this.fixtures = new RegistryFixtures(this.jdbc);
		this.park = this.fixtures.aPark();
		this.tenant = this.fixtures.aTenantOf(this.park);
		this.fixtures.stream(this.tenant, 2024, "slag", "private");
		this.facilitator = this.fixtures.facilitator(this.park);
		this.admin = this.fixtures.admin();
	}

	@Test
	void theSecondApiWriterOfAStreamGetsA409AndTheFirstChangeIsKept() throws Exception {
		String path = "/api/v1/companies/" + this.tenant.key() + "/streams/2024/slag";
		// both read version 0
		this.mvc.perform(as(this.facilitator, "PARK_FACILITATOR", get(path))).andExpect(jsonPath("$.version").value(0));
		this.mvc.perform(as(this.admin, "NATIONAL_ADMIN", get(path))).andExpect(jsonPath("$.version").value(0));

		this.mvc.perform(as(this.facilitator, "PARK_FACILITATOR", put(path)).content(stream(1500, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(as(this.admin, "NATIONAL_ADMIN", put(path)).content(stream(900, 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Endret av noen andre"))
			.andExpect(jsonPath("$.detail", containsString("er endret siden du leste den")));

		assertThat(this.jdbc.sql("select quantity from stream where company_id = :c and stream_key = 'slag'")
			.param("c", this.tenant.id())
			.query(Double.class)
			.single()).isEqualTo(1500.0);
		// the refused write left nothing in the log either: one change, the first
		assertThat(this.jdbc
			.sql("""
					select count(*) from audit_log where table_name = 'stream' and operation = 'update' and record_key = :key""")
			.param("key", this.tenant.key() + "/2024/slag")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSecondApiWriterOfAParkTargetGetsA409() throws Exception {
		String path = "/api/v1/goals/parks/" + this.park.key() + "/targets/land-use";
		// the park has no own target yet: both saw "none" (-1)
		this.mvc.perform(as(this.facilitator, "PARK_FACILITATOR", put(path)).content("""
				{"kind": "absolute", "value": 93, "version": -1}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));
		this.mvc.perform(as(this.admin, "NATIONAL_ADMIN", put(path)).content("""
				{"kind": "absolute", "value": 95, "version": -1}""")).andExpect(status().isConflict());

		assertThat(targetValue()).isEqualTo(93.0);
	}

	@Test
	void theSecondEditorOfAParkTargetFormIsToldWhatItIsNowAndKeepsWhatTheyTyped() throws Exception {
		// both open the park's goal page while the park follows the national target
		String first = page(this.facilitator, "PARK_FACILITATOR");
		String second = page(this.admin, "NATIONAL_ADMIN");
		assertThat(seen(first)).isEqualTo("-1");
		assertThat(seen(second)).isEqualTo("-1");

		this.mvc.perform(targetForm(this.facilitator, "PARK_FACILITATOR", "93", seen(first)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(targetForm(this.admin, "NATIONAL_ADMIN", "95", seen(second)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"target-conflict\"")))
			.andExpect(content().string(containsString("endret av noen andre")))
			// what it is now, and the typed 95 still in the form, with the new version
			.andExpect(content().string(containsString("Nå: 93 %")))
			.andExpect(content().string(containsString("value=\"95\"")))
			.andExpect(content().string(containsString("value=\"land-use:0\"")));
		assertThat(targetValue()).isEqualTo(93.0);

		// saving again on purpose replaces it
		this.mvc.perform(targetForm(this.admin, "NATIONAL_ADMIN", "95", "0")).andExpect(status().is3xxRedirection());
		assertThat(targetValue()).isEqualTo(95.0);
	}

	private String page(String username, String role) throws Exception {
		return this.mvc.perform(get("/mal/park/" + this.park.key()).with(user(username).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String seen(String page) {
		Matcher matcher = SEEN.matcher(page);
		assertThat(matcher.find()).as("the form carries the version it shows").isTrue();
		return matcher.group(1);
	}

	private MockHttpServletRequestBuilder targetForm(String username, String role, String value, String seen) {
		return post("/mal/park/" + this.park.key() + "/mal").param("indicator", "land-use")
			.param("kind", "absolute")
			.param("value", value)
			.param("seen", "co2-emissions:-1", "land-use:" + seen)
			.with(user(username).roles(role))
			.with(csrf());
	}

	private double targetValue() {
		return this.jdbc.sql("select target_value from park_target where park_id = :p and indicator_key = 'land-use'")
			.param("p", this.park.id())
			.query(Double.class)
			.single();
	}

	private MockHttpServletRequestBuilder as(String username, String role, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles(role)).with(csrf()).contentType(MediaType.APPLICATION_JSON);
	}

	private static String stream(double quantity, int version) {
		return """
				{"direction": "side_stream", "name": "Slagg", "materialClass": "slag", "quantity": %s,
				 "unit": "t/yr", "confidentiality": "private", "version": %d}""".formatted(quantity, version);
	}

}
