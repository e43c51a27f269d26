package no.symbiose.app.symbiosis;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The double-blind opt-in as the two companies live it in the opportunities list: each
 * sees the other anonymously, each presses "Vis interesse", and only then are both named.
 * Given a steelworks with private slag and a cement works 10 km away with a private
 * clinker need.
 */
@IntegrationTest
class DoubleBlindOptInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures registry;

	SymbiosisFixtures fixtures;

	Row steelworks;

	Row cementWorks;

	String steelReporter;

	String cementReporter;

	/**
	 * Each test's quantities differ, so its candidate is told apart from earlier tests'
	 * ones.
	 */
	private static final java.util.concurrent.atomic.AtomicInteger RUN = new java.util.concurrent.atomic.AtomicInteger();

	int slagTonnes;

	int needTonnes;

	@BeforeEach
	void givenTwoCompaniesThatDoNotKnowEachOther() {
		int run = RUN.incrementAndGet();
		this.slagTonnes = 2300 + run;
		this.needTonnes = 1200 + run;
		this.fixtures = new SymbiosisFixtures(this.jdbc);
		this.registry = this.fixtures.registry();
		// each test's pair 10 km apart, and 55 km or more from other tests' companies
		double latitude = 61.0 + run * 0.5;
		this.steelworks = this.fixtures.aCompanyAt("Blindståleverk", latitude, 9.60);
		this.cementWorks = this.fixtures.aCompanyAt("Blindsementfabrikk", latitude + 0.09, 9.60);
		this.fixtures.slag(this.steelworks, this.slagTonnes, "private");
		this.fixtures.clinkerNeed(this.cementWorks, this.needTonnes, "private");
		this.steelReporter = this.registry.reporter(this.steelworks);
		this.cementReporter = this.registry.reporter(this.cementWorks);
	}

	@Test
	void bothAreNamedOnlyAfterEachHasShownInterest() throws Exception {
		String cementName = this.fixtures.nameOf(this.cementWorks);
		String steelName = this.fixtures.nameOf(this.steelworks);
		// the steelworks sees "a company 10 km away" and shows interest
		String steelSees = candidates(this.steelReporter);
		assertThat(steelSees).contains("En bedrift i").contains("10 km unna").doesNotContain(cementName);
		String synergyUrl = showInterest(this.steelReporter, shownId(steelSees));
		assertThat(candidates(this.steelReporter)).doesNotContain(cementName);
		assertThat(candidates(this.cementReporter)).doesNotContain(steelName);
		// the cement works shows interest in the same candidate, seen from its side
		String second = showInterest(this.cementReporter, shownId(candidates(this.cementReporter)));
		assertThat(second).isEqualTo(synergyUrl);
		// now both are named, to each other
		assertThat(candidates(this.steelReporter)).contains(cementName);
		assertThat(candidates(this.cementReporter)).contains(steelName);
	}

	@Test
	void anAdministratorFollowsTheCandidateUpFromTheList() throws Exception {
		String admin = this.registry.admin();
		String candidate = null;
		for (tools.jackson.databind.JsonNode item : JSON.readTree(candidates(admin)).get("items")) {
			if (item.toString().contains(this.steelworks.key()) && item.toString().contains(this.cementWorks.key())) {
				candidate = item.get("id").asString();
			}
		}
		assertThat(candidate).as("the administrator sees the pair by name").startsWith("s");

		String location = this.mvc
			.perform(post("/muligheter/folg-opp").param("candidateId", candidate)
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).startsWith("/samarbeid/");
		long id = Long.parseLong(location.substring("/samarbeid/".length()));
		assertThat(
				this.jdbc.sql("select state from synergy where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("identified");
	}

	@Test
	void anotherCompanyCannotUseATokenItWasNotShown() throws Exception {
		String token = shownId(candidates(this.steelReporter));
		String stranger = this.registry.reporter(this.registry.aCompany());
		long before = synergies();

		this.mvc
			.perform(post("/muligheter/interesse").param("candidateId", token)
				.with(user(stranger).roles("COMPANY_REPORTER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(synergies()).isEqualTo(before);
	}

	private String showInterest(String username, String shownId) throws Exception {
		String location = this.mvc
			.perform(post("/muligheter/interesse").param("candidateId", shownId)
				.with(user(username).roles("COMPANY_REPORTER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/samarbeid/");
		return location;
	}

	private String candidates(String username) throws Exception {
		return this.mvc
			.perform(get("/api/v1/symbiosis/candidates").param("rule", "slag-to-cement")
				.param("size", "500")
				.with(httpBasic(username, RegistryFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The anonymous id of the candidate between this test's two companies (other tests
	 * leave companies at the same place in the shared database, so it is told by its
	 * quantities).
	 */
	private String shownId(String body) {
		String id = idWithin15Km(body);
		assertThat(id).as("the id a company is shown").startsWith("a-");
		return id;
	}

	private String idWithin15Km(String body) {
		for (tools.jackson.databind.JsonNode item : JSON.readTree(body).get("items")) {
			if (item.get("distanceKm").asDouble() < 15) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("No candidate within 15 km in " + body);
	}

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private long synergies() {
		return this.jdbc.sql("select count(*) from synergy").query(Long.class).single();
	}

}
