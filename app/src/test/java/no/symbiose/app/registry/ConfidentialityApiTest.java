package no.symbiose.app.registry;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Company B, a tenant of a park, has public, park-internal and private facts and streams.
 * Given: A, a company outside the park; C, another tenant of the same park.
 */
@IntegrationTest
class ConfidentialityApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Row park;

	Row companyB;

	String reporterOfA;

	String reporterOfB;

	String reporterOfCoTenant;

	String facilitatorOfPark;

	String admin;

	String countyOfficer;

	@BeforeEach
	void givenCompanyBWithFiguresOfEveryConfidentiality() {
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		this.park = fixtures.aPark();
		this.companyB = fixtures.aTenantOf(this.park);
		Row companyA = fixtures.aCompany();
		Row coTenant = fixtures.aTenantOf(this.park);
		fixtures.facts(this.companyB, 2022, "public", 100);
		fixtures.facts(this.companyB, 2023, "park", 200);
		fixtures.facts(this.companyB, 2024, "private", 300);
		fixtures.stream(this.companyB, 2024, "open-slag", "public");
		fixtures.stream(this.companyB, 2024, "park-slag", "park");
		fixtures.stream(this.companyB, 2024, "secret-slag", "private");
		this.reporterOfA = fixtures.reporter(companyA);
		this.reporterOfB = fixtures.reporter(this.companyB);
		this.reporterOfCoTenant = fixtures.reporter(coTenant);
		this.facilitatorOfPark = fixtures.facilitator(this.park);
		this.admin = fixtures.admin();
		this.countyOfficer = fixtures.countyOfficer("40");
	}

	@Test
	void reporterOfAnotherCompanySeesOnlyBsPublicFactsAndStreams() throws Exception {
		factsOfB(this.reporterOfA).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022)));
		streamsOfB(this.reporterOfA).andExpect(jsonPath("$[*].streamKey", containsInAnyOrder("open-slag")));
	}

	@Test
	void reporterOfAnotherCompanyGets404ForBsPrivateYearAndStreamNot403() throws Exception {
		as(this.reporterOfA, "/companies/" + this.companyB.key() + "/facts/2024").andExpect(status().isNotFound());
		as(this.reporterOfA, "/companies/" + this.companyB.key() + "/streams/2024/secret-slag")
			.andExpect(status().isNotFound());
	}

	@Test
	void anyLoggedInUserSeesBsIdentityBecauseItIsAPublicRegistryFact() throws Exception {
		as(this.reporterOfA, "/companies/" + this.companyB.key()).andExpect(status().isOk())
			.andExpect(jsonPath("$.key").value(this.companyB.key()));
	}

	@Test
	void coTenantSeesParkRowsButNotPrivateOnes() throws Exception {
		factsOfB(this.reporterOfCoTenant).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022, 2023)));
		streamsOfB(this.reporterOfCoTenant)
			.andExpect(jsonPath("$[*].streamKey", containsInAnyOrder("open-slag", "park-slag")));
	}

	@Test
	void companyItselfSeesEverything() throws Exception {
		factsOfB(this.reporterOfB).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022, 2023, 2024)));
	}

	@Test
	void facilitatorOfBsParkSeesEverything() throws Exception {
		factsOfB(this.facilitatorOfPark).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022, 2023, 2024)));
		streamsOfB(this.facilitatorOfPark)
			.andExpect(jsonPath("$[*].streamKey", containsInAnyOrder("open-slag", "park-slag", "secret-slag")));
	}

	@Test
	void nationalAdminSeesEverything() throws Exception {
		factsOfB(this.admin).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022, 2023, 2024)));
		streamsOfB(this.admin)
			.andExpect(jsonPath("$[*].streamKey", containsInAnyOrder("open-slag", "park-slag", "secret-slag")));
	}

	@Test
	void countyOfficerSeesOnlyPublicRows() throws Exception {
		factsOfB(this.countyOfficer).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022)));
	}

	@Test
	void formerTenantLosesSightOfParkRows() throws Exception {
		this.jdbc
			.sql("update tenancy set valid_to = date '2020-12-31', valid_from = date '2020-01-01'"
					+ " where company_id = (select company_id from app_user where username = :u)")
			.param("u", this.reporterOfCoTenant)
			.update();

		factsOfB(this.reporterOfCoTenant).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022)));
	}

	@Test
	void tenancyThatHasNotStartedGivesTheParkNoSight() throws Exception {
		this.jdbc.sql("update tenancy set valid_from = current_date + 365 where company_id = :b")
			.param("b", this.companyB.id())
			.update();

		factsOfB(this.facilitatorOfPark).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022)));
		factsOfB(this.reporterOfCoTenant).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022)));
	}

	@Test
	void facilitatorMayNotDeleteATenantOnlyTheNationalAdministratorMay() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/companies/" + this.companyB.key())
				.with(httpBasic(this.facilitatorOfPark, RegistryFixtures.PASSWORD)))
			.andExpect(status().isForbidden());

		factsOfB(this.admin).andExpect(jsonPath("$[*].year", containsInAnyOrder(2022, 2023, 2024)));
	}

	@Test
	void reporterOfAnotherCompanyMayNotWriteBsFacts() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/companies/" + this.companyB.key() + "/facts/2025")
				.with(httpBasic(this.reporterOfA, RegistryFixtures.PASSWORD))
				.contentType("application/json")
				.content("{\"electricityMwh\": 1}"))
			.andExpect(status().isForbidden());
		this.jdbc.sql("select count(*) from yearly_facts where company_id = :c and year = 2025")
			.param("c", this.companyB.id())
			.query(Long.class)
			.optional()
			.filter(n -> n == 0)
			.orElseThrow();
	}

	private ResultActions factsOfB(String username) throws Exception {
		return as(username, "/companies/" + this.companyB.key() + "/facts").andExpect(status().isOk());
	}

	private ResultActions streamsOfB(String username) throws Exception {
		return as(username, "/companies/" + this.companyB.key() + "/streams?year=2024").andExpect(status().isOk());
	}

	private ResultActions as(String username, String path) throws Exception {
		return this.mvc.perform(get("/api/v1" + path).with(httpBasic(username, RegistryFixtures.PASSWORD)));
	}

}
