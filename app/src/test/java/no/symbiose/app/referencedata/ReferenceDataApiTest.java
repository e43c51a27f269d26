package no.symbiose.app.referencedata;

import no.symbiose.app.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Counts as in ReferenceDataMigrationTest; the reference API is public. */
@IntegrationTest
class ReferenceDataApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheFifteenCounties() throws Exception {
		this.mvc.perform(get("/api/v1/reference/counties"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(15)));
	}

	@Test
	void listsTheMunicipalitiesOfOneCounty() throws Exception {
		this.mvc.perform(get("/api/v1/reference/municipalities?county=46")).andExpect(jsonPath("$", hasSize(43)));
	}

	@Test
	void findsAWasteCodeWrittenWithSpaces() throws Exception {
		this.mvc.perform(get("/api/v1/reference/ewc?q=10 01 02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].code").value("100102"));
	}

	@Test
	void pagesThroughNaceCodes() throws Exception {
		// 1816 SN2007 entries in pages of 500: 4 pages, the last with 316
		this.mvc.perform(get("/api/v1/reference/nace?version=SN2007&page=3&size=500"))
			.andExpect(jsonPath("$.totalItems").value(1816))
			.andExpect(jsonPath("$.totalPages").value(4))
			.andExpect(jsonPath("$.items", hasSize(316)));
	}

	@Test
	void rejectsAnUnknownNaceVersion() throws Exception {
		this.mvc.perform(get("/api/v1/reference/nace?version=SN1994"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void listsEmissionFactorsWithSources() throws Exception {
		// 86 rows of emission_factors.csv and hydrogen, added by migration V5
		this.mvc.perform(get("/api/v1/reference/emission-factors")).andExpect(jsonPath("$", hasSize(87)));
	}

}
