package no.symbiose.app.symbiosis;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which candidates, and how much of them. Given: a steelworks with a private
 * slag stream (2 000 t/yr) and, about 10 km north, a cement works with a private need for
 * clinker (1 500 t/yr), both in Porsgrunn, Telemark; the steelworks is a tenant of a
 * park. The rule slag-to-cement joins them: candidate
 * {@code s<slag>>d<need>:slag-to-cement}.
 */
@IntegrationTest
class SymbiosisCandidatesApiTest {

	private static final String RULE = "slag-to-cement";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SymbiosisFixtures fixtures;

	RegistryFixtures registry;

	Row park;

	Row steelworks;

	Row cementWorks;

	long slag;

	long clinkerNeed;

	String candidateId;

	String cementName;

	String steelName;

	@BeforeEach
	void givenASteelworksWhoseSlagTheCementWorksCouldUse() {
		this.fixtures = new SymbiosisFixtures(this.jdbc);
		this.registry = this.fixtures.registry();
		this.park = this.registry.aPark();
		this.steelworks = this.fixtures.aCompanyAt("Testståleverk", 59.10, 9.60);
		this.jdbc.sql("insert into tenancy (company_id, park_id, valid_from) values (:c, :p, date '2024-01-01')")
			.param("c", this.steelworks.id())
			.param("p", this.park.id())
			.update();
		this.cementWorks = this.fixtures.aCompanyAt("Testsementfabrikk", 59.19, 9.60);
		this.slag = this.fixtures.slag(this.steelworks, 2000, "private");
		this.clinkerNeed = this.fixtures.clinkerNeed(this.cementWorks, 1500, "private");
		this.candidateId = "s" + this.slag + ">d" + this.clinkerNeed + ":" + RULE;
		this.cementName = this.fixtures.nameOf(this.cementWorks);
		this.steelName = this.fixtures.nameOf(this.steelworks);
	}

	@Test
	void reporterSeesTheCounterpartAnonymouslyWithItsCountyDistanceAndQuantity() throws Exception {
		String reporter = this.registry.reporter(this.steelworks);

		String body = candidatesOf(this.steelworks, reporter);

		assertThat(body).contains("En bedrift i Telemark (10 km unna)")
			.contains("\"quantity\":1500.0")
			.contains("\"quantityTonnesPerYear\":1500.0")
			.contains(this.steelName)
			.doesNotContain(this.cementName)
			.doesNotContain(this.cementWorks.key())
			.doesNotContain("Hemmelig klinkerbehov")
			.doesNotContain(">d" + this.clinkerNeed)
			.doesNotContain("\"municipalityNumber\":\"4001\",\"countyNumber\":\"40\",\"countyName\":\"Telemark\","
					+ "\"ewcCode\":null,\"materialClass\":\"cement_and_clinker\"");
	}

	@Test
	void theCounterpartIsNamedOnlyOnceBothSidesOptedIn() throws Exception {
		String reporter = this.registry.reporter(this.steelworks);
		long synergy = this.fixtures.synergy(this.steelworks, this.slag, this.cementWorks, this.clinkerNeed, RULE, true,
				false);
		assertThat(candidatesOf(this.steelworks, reporter)).doesNotContain(this.cementName);

		this.jdbc.sql("update synergy set demand_opt_in_at = now() where id = :id").param("id", synergy).update();

		String body = candidatesOf(this.steelworks, reporter);
		assertThat(body).contains(this.cementName)
			.contains("\"id\":\"" + this.candidateId + "\"")
			.contains("\"synergyId\":" + synergy);
	}

	@Test
	void aFilterByTheAnonymousCounterpartsKeyFindsNothing() throws Exception {
		String reporter = this.registry.reporter(this.steelworks);

		String body = body(get("/api/v1/symbiosis/candidates").param("company", this.cementWorks.key()), reporter);

		assertThat(body).contains("\"totalItems\":0");
	}

	@Test
	void anUnrelatedReporterSeesNothingOfTheseCompanies() throws Exception {
		String reporter = this.registry.reporter(this.registry.aCompany());

		String body = body(get("/api/v1/symbiosis/candidates").param("rule", RULE).param("size", "500"), reporter);

		assertThat(body).doesNotContain(this.steelName).doesNotContain(this.cementName).doesNotContain("Hemmelig");
		expectStatus(get("/api/v1/symbiosis/candidates/" + this.candidateId), reporter, 404);
	}

	@Test
	void anonymousVisitorsSeeOnlyCandidatesBetweenTwoPublicStreams() throws Exception {
		assertThat(candidatesOf(this.steelworks, null)).contains("\"totalItems\":0");

		long publicSlag = this.fixtures.slag(this.steelworks, 800, "public");
		long publicNeed = this.fixtures.clinkerNeed(this.cementWorks, 600, "public");

		String body = candidatesOf(this.steelworks, null);
		assertThat(body).contains("\"id\":\"s" + publicSlag + ">d" + publicNeed + ":" + RULE + "\"")
			.contains(this.cementName)
			.doesNotContain(">d" + this.clinkerNeed + ":");
	}

	@Test
	void countyOfficerSeesCandidatesTouchingTheirCountyWithBothNamesButNotPrivateStreamNames() throws Exception {
		String telemark = this.registry.countyOfficer("40");
		String oslo = this.registry.countyOfficer("03");

		String body = candidatesOf(this.steelworks, telemark);
		assertThat(body).contains(this.candidateId).contains(this.cementName).doesNotContain("Hemmelig");
		assertThat(candidatesOf(this.steelworks, oslo)).contains("\"totalItems\":0");
	}

	@Test
	void facilitatorOfTheSuppliersParkSeesTheCandidateAndItsTenantsStreamName() throws Exception {
		String facilitator = this.registry.facilitator(this.park);

		String list = body(get("/api/v1/symbiosis/candidates").param("park", this.park.key()), facilitator);
		String body = body(get("/api/v1/symbiosis/candidates/" + this.candidateId), facilitator);

		assertThat(list).contains(this.candidateId);
		assertThat(body).contains(this.candidateId)
			.contains(this.cementName)
			.contains("Hemmelig slaggstrøm")
			.doesNotContain("Hemmelig klinkerbehov");
		expectStatus(get("/api/v1/symbiosis/candidates/" + this.candidateId),
				this.registry.facilitator(this.registry.aPark()), 404);
	}

	@Test
	void nationalAdminSeesEverythingOfTheCandidate() throws Exception {
		String admin = this.registry.admin();

		String body = body(get("/api/v1/symbiosis/candidates/" + this.candidateId), admin);

		assertThat(body).contains(this.steelName, this.cementName, "Hemmelig slaggstrøm", "Hemmelig klinkerbehov");
	}

	@Test
	void explanationIsRenderedInBokmalAndInEnglish() throws Exception {
		String admin = this.registry.admin();

		String bokmal = body(get("/api/v1/symbiosis/candidates/" + this.candidateId), admin);
		String english = body(get("/api/v1/symbiosis/candidates/" + this.candidateId).header("Accept-Language", "en"),
				admin);

		// 1 500 t is the smaller of supply (2 000) and demand (1 500)
		assertThat(bokmal).contains("1\u00a0500 t/år kan utveksles", "Regel: Slagg til sementproduksjon",
				"\"name\":\"Slagg til sementproduksjon\"");
		assertThat(english).contains("1,500 t/yr can be exchanged", "Rule: Slag to cement production",
				"\"name\":\"Slag to cement production\"");
	}

	private String candidatesOf(Row company, String username) throws Exception {
		return body(get("/api/v1/symbiosis/candidates").param("county", "40").param("rule", RULE).param("size", "500"),
				username);
	}

	private String body(MockHttpServletRequestBuilder request, String username) throws Exception {
		if (username != null) {
			request.with(httpBasic(username, RegistryFixtures.PASSWORD));
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void expectStatus(MockHttpServletRequestBuilder request, String username, int expected) throws Exception {
		this.mvc.perform(request.with(httpBasic(username, RegistryFixtures.PASSWORD)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is(expected));
	}

}
