package no.symbiose.app.registry;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.e2e.WebFixture;
import no.symbiose.app.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
		mvc.perform(get("/companies").param("q", "tomat").param("park", WebFixture.PARK_KEY).with(user("e2e-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString(WebFixture.GREENHOUSE_NAME),
					not(containsString(WebFixture.SMELTER_NAME)), containsString("1 bedrift funnet"))));
	}

	@Test
	void answersHtmxSearchWithTheResultsTableOnly() throws Exception {
		mvc.perform(get("/companies").param("q", "smelteverk").header("HX-Request", "true").with(user("e2e-admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"company-results\""),
					containsString(WebFixture.SMELTER_NAME))));
	}

	@Test
	void showsTheCompanysIdentityFactsAndStreamsWithTheirSources() throws Exception {
		mvc.perform(get("/companies/" + WebFixture.SMELTER_KEY).with(user("e2e-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("999000017"), containsString("24.10"),
					containsString("Produksjon av jern og stål"), containsString("Overskuddsvarme fra ovnsgass"),
					containsString("100102"), containsString("Flygeaske"), containsString("E2E-fixture: målt 2023"),
					containsString("125\u00A0000\u00A0t CO₂e"), containsString("Noen tall kan være skjult"))));
	}

	@Test
	void answersAnUnknownCompanyWithNotFound() throws Exception {
		mvc.perform(get("/companies/e2e-no-such-company").with(user("e2e-admin")).accept("text/html"))
			.andExpect(status().isNotFound());
	}

	@Test
	void treatsNoLoginAsAnonymousAndAnyLoginAsAdministratorUntilTheSecurityBranchLands() {
		assertThat(CompanyPageController.viewer(null).role()).isEqualTo(Role.ANONYMOUS);
		assertThat(CompanyPageController.viewer(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))).role()).isEqualTo(Role.ANONYMOUS);
		assertThat(CompanyPageController.viewer(UsernamePasswordAuthenticationToken.authenticated("kari", null,
				AuthorityUtils.createAuthorityList("ROLE_USER"))).role()).isEqualTo(Role.NATIONAL_ADMIN);
	}

}
