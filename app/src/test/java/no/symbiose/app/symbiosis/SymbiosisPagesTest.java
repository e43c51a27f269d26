package no.symbiose.app.symbiosis;

import java.nio.charset.StandardCharsets;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages show what the API shows and no more: a company reporter's opportunities page,
 * its map data and its company page never name the anonymous counterpart, not even in an
 * attribute. Given: the steelworks and cement works of
 * {@link SymbiosisCandidatesApiTest}.
 */
@IntegrationTest
class SymbiosisPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures registry;

	Row steelworks;

	Row cementWorks;

	String steelReporter;

	@BeforeEach
	void givenASteelworksAndACementWorks() {
		SymbiosisFixtures fixtures = new SymbiosisFixtures(this.jdbc);
		this.registry = fixtures.registry();
		this.steelworks = fixtures.aCompanyAt("Sideståleverk", 59.10, 9.60);
		this.cementWorks = fixtures.aCompanyAt("Sidesementfabrikk", 59.19, 9.60);
		fixtures.slag(this.steelworks, 2000, "private");
		fixtures.clinkerNeed(this.cementWorks, 1500, "private");
		this.steelReporter = this.registry.reporter(this.steelworks);
	}

	@Test
	void theReportersPagesDescribeTheCounterpartButNeverNameIt() throws Exception {
		String list = page(get("/muligheter").param("company", this.steelworks.key()), this.steelReporter,
				"company_reporter");
		String company = page(get("/companies/" + this.steelworks.key()), this.steelReporter, "company_reporter");

		for (String html : new String[] { list, company }) {
			assertThat(html).contains("En bedrift i Telemark (10 km unna)", "Sideståleverk")
				.doesNotContain("Sidesementfabrikk")
				.doesNotContain(this.cementWorks.key())
				.doesNotContain("Hemmelig klinkerbehov");
		}
		assertThat(list).contains("id=\"candidate-lines\"", "data-symbiose-map", "Slagg til sementproduksjon");
		assertThat(company).contains("Muligheter for symbiose");
	}

	@Test
	void anAdministratorSeesBothNamesOnTheOpportunitiesPage() throws Exception {
		String html = page(get("/muligheter").param("company", this.cementWorks.key()), this.registry.admin(),
				"national_admin");

		assertThat(html).contains("Sideståleverk", "Sidesementfabrikk", "Hemmelig klinkerbehov");
	}

	@Test
	void aFilterValueThatIsNotANumberIsSaidOnThePageAndLeftOut() throws Exception {
		String html = page(get("/muligheter").param("company", this.cementWorks.key()).param("minNet", "mye"),
				this.registry.admin(), "national_admin");

		assertThat(html).contains("«mye» er ikke et tall, så filteret er ikke brukt", "aria-invalid=\"true\"")
			.contains("Sideståleverk");
	}

	@Test
	void theOpportunitiesPageSpeaksEnglishWhenAsked() throws Exception {
		String html = page(get("/muligheter").param("lang", "en").param("company", this.steelworks.key()),
				this.steelReporter, "company_reporter");

		assertThat(html).contains("A company in Telemark (10 km away)", "Slag to cement production",
				"1,500 t/yr can be exchanged");
	}

	@Test
	void theKnowledgeBaseIsPublicAndOnlyAdministratorsSeeTheRuleForm() throws Exception {
		String anonymous = this.mvc.perform(get("/kunnskapsbase"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String admin = page(get("/kunnskapsbase"), this.registry.admin(), "national_admin");

		assertThat(anonymous).contains("slag-to-cement").doesNotContain("add-rule-form");
		assertThat(admin).contains("add-rule-form");
	}

	@Test
	void theAllocationIsNeverWorseThanBestFirstAndShowsOnlyWhatTheViewerMaySee() throws Exception {
		this.mvc
			.perform(get("/api/v1/symbiosis/allocation").param("county", "40")
				.with(httpBasic(this.registry.admin(), RegistryFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.objective").value("co2e"))
			.andExpect(jsonPath("$.parts[0].kind").value("material"))
			.andExpect(result -> {
				String json = result.getResponse().getContentAsString();
				for (String part : new String[] { "0", "1" }) {
					double optimal = com.jayway.jsonpath.JsonPath.read(json, "$.parts[" + part + "].optimal.total");
					double greedy = com.jayway.jsonpath.JsonPath.read(json, "$.parts[" + part + "].greedy.total");
					assertThat(optimal).isGreaterThanOrEqualTo(greedy - 1e-9);
				}
			});

		String reporters = this.mvc
			.perform(get("/api/v1/symbiosis/allocation").with(httpBasic(this.steelReporter, RegistryFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(reporters).contains("\"candidateId\":\"a-").doesNotContain("Sidesementfabrikk");
		String page = this.mvc.perform(get("/muligheter/allokering"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Optimal fordeling", "Beste først");
	}

	private String page(MockHttpServletRequestBuilder request, String username, String role) throws Exception {
		return this.mvc.perform(request.with(user(username).roles(role.toUpperCase(java.util.Locale.ROOT))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
