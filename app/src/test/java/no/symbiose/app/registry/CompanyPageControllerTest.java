package no.symbiose.app.registry;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.e2e.WebFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CompanyPageControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixture() {
		WebFixture.install(jdbc);
	}

	@Test
	void asksForALoginBeforeShowingCompanies() throws Exception {
		mvc.perform(get("/companies")).andExpect(status().is3xxRedirection());
	}

	@Test
	void searchesCompaniesByNameWithinAPark() throws Exception {
		mvc.perform(get("/companies").param("q", "tomat").param("park", WebFixture.PARK_KEY).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString(WebFixture.GREENHOUSE_NAME),
					not(containsString(WebFixture.SMELTER_NAME)), containsString("1 bedrift funnet"))));
	}

	@Test
	void answersHtmxSearchWithTheResultsTableOnly() throws Exception {
		mvc.perform(get("/companies").param("q", "smelteverk").header("HX-Request", "true").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"company-results\""),
					containsString(WebFixture.SMELTER_NAME))));
	}

	@Test
	void showsTheCompanysIdentityFactsAndStreamsWithTheirSources() throws Exception {
		mvc.perform(get("/companies/" + WebFixture.SMELTER_KEY).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("999000010"), containsString("24.10"),
					containsString("Produksjon av jern og stål"), containsString("Overskuddsvarme fra ovnsgass"),
					containsString("100102"), containsString("Flygeaske"), containsString("E2E-fixture: målt 2023"),
					containsString("125\u00A0000\u00A0t CO₂e"), containsString("Noen tall kan være skjult"))));
	}

	@Test
	void answersAnUnknownCompanyWithNotFound() throws Exception {
		mvc.perform(get("/companies/e2e-no-such-company").with(admin()).accept("text/html"))
			.andExpect(status().isNotFound());
	}

	@Test
	void hidesAnotherCompanysPrivateStreamsFromAReporter() throws Exception {
		mvc.perform(get("/companies/" + WebFixture.SMELTER_KEY)
			.with(user(WebFixture.GREENHOUSE_REPORTER).roles("COMPANY_REPORTER")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Overskuddsvarme fra ovnsgass"), not(containsString("Flygeaske")))));
	}

	@Test
	void showsPrivateStreamsToTheNationalAdministrator() throws Exception {
		mvc.perform(get("/companies/" + WebFixture.SMELTER_KEY).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Flygeaske")));
	}

	private static RequestPostProcessor admin() {
		return user(WebFixture.ADMIN).roles("NATIONAL_ADMIN");
	}

}
