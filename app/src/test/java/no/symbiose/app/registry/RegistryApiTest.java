package no.symbiose.app.registry;

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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegistryApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures fixtures;

	String admin;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RegistryFixtures(this.jdbc);
		this.admin = this.fixtures.admin();
	}

	@Test
	void pagesThroughAParksCompanies() throws Exception {
		Row park = this.fixtures.aPark();
		for (int i = 0; i < 5; i++) {
			this.fixtures.aTenantOf(park);
		}

		// 5 tenants in pages of 2: pages 0 and 1 are full, page 2 holds the fifth
		this.mvc.perform(asAdmin(get("/api/v1/companies?park=" + park.key() + "&page=2&size=2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.totalPages").value(3));
	}

	@Test
	void pageSizeDefaultsTo50() throws Exception {
		this.mvc.perform(asAdmin(get("/api/v1/companies"))).andExpect(jsonPath("$.size").value(50));
	}

	@Test
	void rejectsPageSizeAbove500AndNegativePagesAtOnce() throws Exception {
		this.mvc.perform(asAdmin(get("/api/v1/companies?page=-1&size=501")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("page", "size")));
	}

	@Test
	void unknownParkIs404ProblemInBokmal() throws Exception {
		this.mvc.perform(get("/api/v1/parks/finnes-ikke"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Finnes ikke"))
			.andExpect(jsonPath("$.detail").value("Fant ingen park med nøkkelen finnes-ikke."))
			.andExpect(jsonPath("$.instance").value("/api/v1/parks/finnes-ikke"));
	}

	@Test
	void unknownCompanyIs404ProblemInEnglishWhenAskedFor() throws Exception {
		this.mvc.perform(asAdmin(get("/api/v1/companies/test:nobody")).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No company with the key test:nobody."));
	}

	@Test
	void createsAndReadsBackAParkThenItsTenant() throws Exception {
		String parkKey = RegistryFixtures.unique("t-new-");

		this.mvc.perform(asAdmin(put("/api/v1/parks/" + parkKey)).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Ny park", "kind": "industripark", "countyNumber": "40", "municipalityNumber": "4001",
				 "landTotalDaa": 100, "landUsedDaa": 80, "infrastructure": ["quay", "rail"]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.key").value(parkKey))
			.andExpect(jsonPath("$.infrastructure", containsInAnyOrder("quay", "rail")))
			.andExpect(jsonPath("$.version").value(0));

		// 974760673 has a valid mod-11 check digit: weights 3 2 7 6 5 4 3 2 give
		// 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 173,
		// 173 mod 11 = 8, 11 − 8 = 3
		this.mvc.perform(asAdmin(put("/api/v1/companies/974760673")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Ny leietaker AS", "naceVersion": "SN2007", "naceCode": "24.10",
				 "municipalityNumber": "4001", "parkKey": "%s", "tenancyFrom": "2024-01-01"}""".formatted(parkKey)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.orgNumber").value("974760673"));

		this.mvc.perform(get("/api/v1/parks/" + parkKey + "/companies"))
			.andExpect(jsonPath("$[*].key", hasItem("974760673")));
	}

	@Test
	void writesAndDeletesAStream() throws Exception {
		Row company = this.fixtures.aCompany();
		String path = "/api/v1/companies/" + company.key() + "/streams/2024/flue-heat";

		this.mvc.perform(asAdmin(put(path)).contentType(MediaType.APPLICATION_JSON).content("""
				{"direction": "excess_heat", "name": "Røykgass", "heatMedium": "flue_gas", "temperatureC": 180,
				 "quantity": 12000, "unit": "MWh/yr", "availability": "seasonal", "availableMonths": [10, 11, 12, 1],
				 "confidentiality": "park"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.availableMonths", containsInAnyOrder(1, 10, 11, 12)));

		this.mvc.perform(asAdmin(delete(path))).andExpect(status().isNoContent());
		this.mvc.perform(asAdmin(get(path))).andExpect(status().isNotFound());
	}

	@Test
	void listsEveryProblemOfAStreamAtOnceAndWritesNothing() throws Exception {
		Row company = this.fixtures.aCompany();

		this.mvc
			.perform(asAdmin(put("/api/v1/companies/" + company.key() + "/streams/1989/Bad Key"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"direction": "waste", "name": "", "ewcCode": "99 99 99", "unit": "MWh/yr",
						 "availability": "seasonal", "treatmentCode": "R14", "confidentiality": "secret"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("year", "streamKey", "name", "ewcCode", "availableMonths", "treatmentCode",
							"confidentiality")))
			.andExpect(jsonPath("$.errors[?(@.field == 'treatmentCode')].message")
				.value("Behandling «R14» er ikke R1–R13 eller D1–D15 (direktiv 2008/98/EF)"))
			.andExpect(jsonPath("$.errors[?(@.field == 'treatmentCode')].value").value("R14"));

		assertThat(count("select count(*) from stream where company_id = " + company.id())).isZero();
	}

	@Test
	void rejectsExcessHeatWithoutMediumOrMegawattHours() throws Exception {
		Row company = this.fixtures.aCompany();

		this.mvc
			.perform(asAdmin(put("/api/v1/companies/" + company.key() + "/streams/2024/heat"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"direction": "excess_heat", "name": "Varme", "quantity": 5, "unit": "t/yr"}"""))
			.andExpect(status().isBadRequest())
			// an unknown temperature is allowed: the matcher flags it (engine Stream)
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("heatMedium", "unit")));
	}

	@Test
	void badParkChangesNothingAndNamesEveryProblem() throws Exception {
		Row park = this.fixtures.aPark();

		this.mvc.perform(asAdmin(put("/api/v1/parks/" + park.key())).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Omdøpt", "kind": "flyplass", "countyNumber": "40", "municipalityNumber": "0301",
				 "landTotalDaa": 10, "landUsedDaa": 20, "lat": 95, "lon": 10, "infrastructure": ["teleport"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("kind", "municipalityNumber", "landUsedDaa", "lat", "infrastructure")))
			.andExpect(jsonPath("$.detail").value("5 felt er ugyldig; ingenting ble lagret."));

		assertThat(this.jdbc.sql("select name from park where id = :id")
			.param("id", park.id())
			.query(String.class)
			.single()).startsWith("Testpark");
	}

	@Test
	void rejectsABadOrgNumberChecksumAndUnknownNace() throws Exception {
		// 974760674: the check digit should be 3 (see
		// createsAndReadsBackAParkThenItsTenant)
		this.mvc.perform(asAdmin(put("/api/v1/companies/974760674")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Feil AS", "naceVersion": "SN2007", "naceCode": "99.99", "parkKey": "finnes-ikke"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("companyKey", "naceCode", "parkKey", "tenancyFrom")));
		assertThat(count("select count(*) from company where company_key = '974760674'")).isZero();
	}

	@Test
	void staleVersionIsA409ConflictAndKeepsTheNewerChange() throws Exception {
		Row company = this.fixtures.aCompany();
		String path = "/api/v1/companies/" + company.key() + "/facts/2024";
		this.mvc.perform(asAdmin(put(path)).contentType(MediaType.APPLICATION_JSON).content("""
				{"electricityMwh": 100, "version": 0}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0));
		// someone else saves on top of version 0, making it version 1
		this.mvc.perform(asAdmin(put(path)).contentType(MediaType.APPLICATION_JSON).content("""
				{"electricityMwh": 200, "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));

		this.mvc.perform(asAdmin(put(path)).contentType(MediaType.APPLICATION_JSON).content("""
				{"electricityMwh": 300, "version": 0}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentVersion").value(1));

		this.mvc.perform(asAdmin(get(path))).andExpect(jsonPath("$.electricityMwh").value(200.0));
	}

	@Test
	void facilitatorMayEditTheirTenantsButNotOtherCompanies() throws Exception {
		Row park = this.fixtures.aPark();
		Row tenant = this.fixtures.aTenantOf(park);
		Row outsider = this.fixtures.aCompany();
		String facilitator = this.fixtures.facilitator(park);
		String body = """
				{"employees": 12, "confidentiality": "private"}""";

		this.mvc
			.perform(put("/api/v1/companies/" + tenant.key() + "/facts/2024")
				.with(httpBasic(facilitator, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		this.mvc
			.perform(put("/api/v1/companies/" + outsider.key() + "/facts/2024")
				.with(httpBasic(facilitator, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
	}

	@Test
	void reporterMayWriteOwnFactsButNotTheCompanyRecord() throws Exception {
		Row company = this.fixtures.aCompany();
		String reporter = this.fixtures.reporter(company);

		this.mvc
			.perform(put("/api/v1/companies/" + company.key() + "/facts/2024")
				.with(httpBasic(reporter, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"directEmissionsTCo2e\": 42.5}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(put("/api/v1/companies/" + company.key()).with(httpBasic(reporter, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Renamed\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void companyWithAUserCannotBeDeleted() throws Exception {
		Row company = this.fixtures.aCompany();
		this.fixtures.reporter(company);

		this.mvc.perform(asAdmin(delete("/api/v1/companies/" + company.key()))).andExpect(status().isConflict());
	}

	@Test
	void unreadableJsonIsA400Problem() throws Exception {
		this.mvc
			.perform(asAdmin(put("/api/v1/parks/t-broken")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"lat\": \"north\""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void openApiDocumentListsTheParksEndpointAndIsPublic() throws Exception {
		this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Symbiose API"))
			.andExpect(jsonPath("$.paths['/api/v1/parks'].get").exists())
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth").exists());
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(this.admin, RegistryFixtures.PASSWORD));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
