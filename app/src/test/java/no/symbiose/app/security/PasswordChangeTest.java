package no.symbiose.app.security;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /konto/passord}: a refused change says why and leaves the stored hash as it was;
 * an accepted one lets the new password in and keeps the old one out.
 */
@IntegrationTest
class PasswordChangeTest {

	private static final String STRONG = "slagg og fjernvarme i Grenland";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginThrottle throttle;

	String username;

	MockHttpSession session;

	@BeforeEach
	void aReporterLoggedIn() throws Exception {
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		this.username = fixtures.reporter(fixtures.aCompany());
		this.session = logIn(this.username, RegistryFixtures.PASSWORD);
	}

	@Test
	void theFormExplainsTheRules() throws Exception {
		this.mvc.perform(get("/konto/passord").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("minst 12 tegn")))
			.andExpect(content().string(containsString("autocomplete=\"new-password\"")));
	}

	@Test
	void aWrongCurrentPasswordAWeakOneAndAMismatchAreEachExplainedAndNothingChanges() throws Exception {
		String before = hash();

		this.mvc
			.perform(post("/konto/passord").session(this.session)
				.with(csrf())
				.param("current", "not my password")
				.param("password", "password1234")
				.param("repeat", "password12345"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Nåværende passord er feil.")))
			.andExpect(content().string(containsString("Passordet er for lett å gjette")))
			.andExpect(content().string(containsString("De to nye passordene er ikke like.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(not(containsString("password1234"))));

		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void aStrongPasswordReplacesTheOldOne() throws Exception {
		this.mvc
			.perform(post("/konto/passord").session(this.session)
				.with(csrf())
				.param("current", RegistryFixtures.PASSWORD)
				.param("password", STRONG)
				.param("repeat", STRONG))
			.andExpect(redirectedUrl("/konto/passord"));

		this.mvc.perform(formLogin("/login").user(this.username).password(STRONG))
			.andExpect(authenticated().withUsername(this.username));
		this.mvc.perform(formLogin("/login").user(this.username).password(RegistryFixtures.PASSWORD))
			.andExpect(unauthenticated());
	}

	@Test
	void guessingTheCurrentPasswordHereCountsAsFailedLoginsAndLocks() throws Exception {
		String before = hash();
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			this.mvc.perform(post("/konto/passord").session(this.session)
				.with(csrf())
				.param("current", "guess " + i)
				.param("password", STRONG)
				.param("repeat", STRONG));
		}

		this.mvc
			.perform(post("/konto/passord").session(this.session)
				.with(csrf())
				.param("current", RegistryFixtures.PASSWORD)
				.param("password", STRONG)
				.param("repeat", STRONG))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sperret")));

		assertThat(hash()).isEqualTo(before);
		assertThat(this.throttle.locked(this.username)).isTrue();
	}

	@Test
	void withoutACsrfTokenNothingChanges() throws Exception {
		String before = hash();

		this.mvc
			.perform(post("/konto/passord").session(this.session)
				.param("current", RegistryFixtures.PASSWORD)
				.param("password", STRONG)
				.param("repeat", STRONG))
			.andExpect(status().isForbidden());

		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void anonymousIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/konto/passord")).andExpect(status().is3xxRedirection());
	}

	private String hash() {
		return this.jdbc.sql("select password_hash from app_user where username = :username")
			.param("username", this.username)
			.query(String.class)
			.single();
	}

	private MockHttpSession logIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(authenticated().withUsername(username))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
