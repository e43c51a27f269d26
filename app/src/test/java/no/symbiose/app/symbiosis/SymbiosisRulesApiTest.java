package no.symbiose.app.symbiosis;

import java.nio.charset.StandardCharsets;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The knowledge base is public to read; only national administrators add rules, and a bad
 * rule is refused with every problem named and nothing stored.
 */
@IntegrationTest
class SymbiosisRulesApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String admin;

	String reporter;

	String ruleId;

	@BeforeEach
	void givenAnAdministratorAndAReporter() {
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		this.admin = fixtures.admin();
		this.reporter = fixtures.reporter(fixtures.aCompany());
		this.ruleId = RegistryFixtures.unique("test-rule-");
	}

	private String rule(String id, String avoidedFactor, String receivingNace) {
		return """
				{"rule_id": "%s", "kind": "material", "name_nb": "Slagg til testformål", "name_en": "Slag to testing",
				 "supply_classes": "slag", "demand_classes": "slag", "receiving_nace": "%s",
				 "receiving_nb": "Testing", "receiving_en": "Testing", "replaces_nb": "pukk", "replaces_en": "gravel",
				 "avoided_factor": "%s", "max_km_truck": "80", "source": "Test, 2026"}""".formatted(id, receivingNace,
				avoidedFactor);
	}

	private long storedRules() {
		return this.jdbc.sql("select count(*) from symbiosis_rule").query(Long.class).single();
	}

	@Test
	void anyoneReadsTheKnowledgeBaseWithVersionRulesAndFactorSources() throws Exception {
		this.mvc.perform(get("/api/v1/symbiosis/rules"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").isNotEmpty())
			.andExpect(jsonPath("$.rules[*].id", hasItem("slag-to-cement")))
			.andExpect(jsonPath("$.factors[0].source").isNotEmpty());
	}

	@Test
	void aReporterMayNotAddARuleAndAnonymousVisitorsMustLogIn() throws Exception {
		long before = storedRules();

		this.mvc
			.perform(post("/api/v1/symbiosis/rules").with(httpBasic(this.reporter, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(rule(this.ruleId, "", "23.51")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/symbiosis/rules").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(rule(this.ruleId, "", "23.51")))
			.andExpect(status().isUnauthorized());

		assertThat(storedRules()).isEqualTo(before);
	}

	@Test
	void aRuleWithAnUnknownFactorAndABadNaceCodeIsRefusedWithBothProblemsAndNothingStored() throws Exception {
		long before = storedRules();

		this.mvc
			.perform(post("/api/v1/symbiosis/rules").with(httpBasic(this.admin, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(rule(this.ruleId, "no.such.factor", "2351")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.containsInAnyOrder("avoided_factor", "receiving_nace")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("er ikke en faktor i kunnskapsbasen")));

		this.mvc
			.perform(post("/api/v1/symbiosis/rules").with(httpBasic(this.admin, RegistryFixtures.PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(rule(this.ruleId, "no.such.factor", "23.51")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("is not a factor of the knowledge base"));
		assertThat(storedRules()).isEqualTo(before);
	}

	@Test
	void aRuleReusingABuiltInIdIsRefused() throws Exception {
		this.mvc
			.perform(post("/api/v1/symbiosis/rules").with(httpBasic(this.admin, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(rule("slag-to-cement", "", "23.51")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rule_id"));
	}

	@Test
	void anAdministratorAddsARuleThatTheEngineThenUsesAndDeletesIt() throws Exception {
		this.mvc
			.perform(post("/api/v1/symbiosis/rules").with(httpBasic(this.admin, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(rule(this.ruleId, "", "23.51")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.origin").value("administrator"));
		this.mvc.perform(get("/api/v1/symbiosis/rules")).andExpect(jsonPath("$.rules[*].id", hasItem(this.ruleId)));

		this.mvc
			.perform(delete("/api/v1/symbiosis/rules/" + this.ruleId)
				.with(httpBasic(this.admin, RegistryFixtures.PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/symbiosis/rules"))
			.andExpect(jsonPath("$.rules[*].id", not(hasItem(this.ruleId))));
	}

	@Test
	void aBuiltInRuleCannotBeDeleted() throws Exception {
		this.mvc
			.perform(delete("/api/v1/symbiosis/rules/slag-to-cement")
				.with(httpBasic(this.admin, RegistryFixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFormReRendersWithTheProblemsAndStoresNothing() throws Exception {
		long before = storedRules();

		String page = this.mvc
			.perform(post("/kunnskapsbase/regler").with(user(this.admin).roles("NATIONAL_ADMIN"))
				.with(csrf())
				.param("rule_id", this.ruleId)
				.param("kind", "material")
				.param("name_nb", "Test")
				.param("name_en", "Test")
				.param("supply_classes", "slag;unobtainium")
				.param("demand_classes", "slag")
				.param("max_km_truck", "50")
				.param("source", "Test"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("id=\"kb-errors\"", "Materialklasser i tilbudet: er ikke en kjent materialklasse",
				"value=\"slag;unobtainium\"");
		assertThat(storedRules()).isEqualTo(before);
	}

}
