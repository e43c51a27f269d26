package no.symbiose.app.security;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RegistryFixtures(this.jdbc);
	}

	@Test
	void nationalAdminLogsInThroughTheFormAndIsSeenAsNationalAdmin() throws Exception {
		String username = this.fixtures.admin();

		MockHttpSession session = logIn(username);

		this.mvc.perform(get("/api/v1/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.role").value("national_admin"));
	}

	@Test
	void countyOfficerIsSeenWithTheirCounty() throws Exception {
		String username = this.fixtures.countyOfficer("40");

		this.mvc.perform(get("/api/v1/me").session(logIn(username)))
			.andExpect(jsonPath("$.role").value("county_officer"))
			.andExpect(jsonPath("$.countyNumber").value("40"));
	}

	@Test
	void parkFacilitatorIsSeenWithTheirPark() throws Exception {
		Row park = this.fixtures.aPark();
		String username = this.fixtures.facilitator(park);

		this.mvc.perform(get("/api/v1/me").session(logIn(username)))
			.andExpect(jsonPath("$.role").value("park_facilitator"))
			.andExpect(jsonPath("$.parkKey").value(park.key()));
	}

	@Test
	void companyReporterIsSeenWithTheirCompany() throws Exception {
		Row company = this.fixtures.aCompany();
		String username = this.fixtures.reporter(company);

		this.mvc.perform(get("/api/v1/me").session(logIn(username)))
			.andExpect(jsonPath("$.role").value("company_reporter"))
			.andExpect(jsonPath("$.companyKey").value(company.key()));
	}

	@Test
	void demoAdministratorCanLogInWithTheDemoPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("admin").password("demo")).andExpect(authenticated());
	}

	@Test
	void wrongPasswordFailsAndReturnsToTheLoginPage() throws Exception {
		String username = this.fixtures.admin();

		this.mvc.perform(formLogin("/login").user(username).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fiveWrongPasswordsLockTheUsernameEvenForTheRightOneAndSayWhy() throws Exception {
		String username = this.fixtures.admin();
		String other = this.fixtures.admin();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong" + i))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin("/login").user(username).password(RegistryFixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/api/v1/companies").with(httpBasic(username, RegistryFixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/login?locked"))
			.andExpect(content().string(containsString("For mange feil passord for dette brukernavnet.")));
		this.mvc.perform(formLogin("/login").user(other).password(RegistryFixtures.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void disabledUserCannotLogIn() throws Exception {
		String username = this.fixtures.admin();
		this.jdbc.sql("update app_user set enabled = false where username = :u").param("u", username).update();

		this.mvc.perform(formLogin("/login").user(username).password(RegistryFixtures.PASSWORD))
			.andExpect(unauthenticated());
	}

	@Test
	void loginPageIsBokmalWithLabelledFieldsAndCsrfToken() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"nb\"")))
			.andExpect(content().string(containsString("for=\"username\">Brukernavn</label>")))
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void anonymousApiCallToAProtectedResourceGets401ProblemNotARedirect() throws Exception {
		this.mvc.perform(get("/api/v1/companies"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Innlogging kreves"))
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	@Test
	void the401ProblemIsInEnglishWhenAskedFor() throws Exception {
		this.mvc.perform(get("/api/v1/companies").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Login required"));
	}

	@Test
	void anonymousMayListParks() throws Exception {
		this.mvc.perform(get("/api/v1/parks")).andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorOfAProtectedPageIsSentToLogin() throws Exception {
		this.mvc.perform(get("/import")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void wrongBasicCredentialsGet401Problem() throws Exception {
		this.mvc.perform(get("/api/v1/companies").with(httpBasic("nobody", "nothing")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void machineClientWithBasicAuthWritesWithoutCsrfTokenAndGetsNoSession() throws Exception {
		String username = this.fixtures.admin();
		String parkKey = RegistryFixtures.unique("t-basic-");

		MvcResult result = this.mvc
			.perform(put("/api/v1/parks/" + parkKey).with(httpBasic(username, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Basic park", "kind": "industripark", "countyNumber": "40"}"""))
			.andExpect(status().isCreated())
			.andReturn();

		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void browserSessionWriteWithoutCsrfTokenIsForbidden() throws Exception {
		MockHttpSession session = logIn(this.fixtures.admin());

		this.mvc
			.perform(put("/api/v1/parks/" + RegistryFixtures.unique("t-csrf-")).session(session)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "No token", "kind": "industripark", "countyNumber": "40"}"""))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void browserSessionWriteWithAHeaderNotMatchingTheCookieIsForbidden() throws Exception {
		MockHttpSession session = logIn(this.fixtures.admin());

		this.mvc
			.perform(put("/api/v1/parks/" + RegistryFixtures.unique("t-csrf-")).session(session)
				.cookie(new Cookie("XSRF-TOKEN", "one"))
				.header("X-XSRF-TOKEN", "another")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Forged", "kind": "industripark", "countyNumber": "40"}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void countyOfficerMayReadButNotWrite() throws Exception {
		String username = this.fixtures.countyOfficer("40");

		this.mvc.perform(get("/api/v1/companies").with(httpBasic(username, RegistryFixtures.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/parks/" + RegistryFixtures.unique("t-county-"))
				.with(httpBasic(username, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Not mine", "kind": "industripark", "countyNumber": "40"}"""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Ingen tilgang"));
	}

	private MockHttpSession logIn(String username) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(username).password(RegistryFixtures.PASSWORD))
			.andExpect(authenticated().withUsername(username))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
