package no.symbiose.app.api;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import no.symbiose.app.FuzzChecks;
import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the JSON API fuzz test found: a NUL character (U+0000) in a body, a path variable
 * or a query parameter, and a date beyond year 9999, reached PostgreSQL, which refuses
 * them (a 500). Now each is a 400 naming the field, and nothing is written.
 */
@IntegrationTest
class UnstorableValueApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void refusesANulInABodyTextAndNamesTheField() throws Exception {
		String admin = new RegistryFixtures(this.jdbc).admin();
		FuzzChecks checks = new FuzzChecks(this.jdbc, this.transactions);
		String before = checks.checksum();

		this.mvc
			.perform(put("/api/v1/parks/t-nul").with(httpBasic(admin, RegistryFixtures.PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"a\\u0000b\", \"kind\": \"industripark\", \"countyNumber\": \"40\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].value").value("a\uFFFDb"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("contains a null character (character code 0), which cannot be stored"));

		assertThat(FuzzChecks.changedTables(before, checks.checksum())).isEmpty();
	}

	/**
	 * Spring Security's firewall refuses an encoded NUL in the path before any
	 * controller; {@code NulParameterGuard} would name the variable otherwise.
	 */
	@Test
	void refusesANulInAPathVariable() throws Exception {
		this.mvc.perform(get(URI.create("/api/v1/parks/hero%00ya"))).andExpect(status().isBadRequest());
	}

	@Test
	void refusesATenancyBeyondYear9999() throws Exception {
		String admin = new RegistryFixtures(this.jdbc).admin();
		FuzzChecks checks = new FuzzChecks(this.jdbc, this.transactions);
		String before = checks.checksum();

		this.mvc
			.perform(put("/api/v1/companies/t-far").with(httpBasic(admin, RegistryFixtures.PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Far AS\", \"parkKey\": \"heroya\", \"tenancyFrom\": \"+999795929-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tenancyFrom"))
			.andExpect(jsonPath("$.errors[0].message").value("must be a date like 2024-01-01"));

		assertThat(FuzzChecks.changedTables(before, checks.checksum())).isEmpty();
	}

	@Test
	void refusesANulInAQueryParameter() throws Exception {
		String admin = new RegistryFixtures(this.jdbc).admin();

		this.mvc
			.perform(get(URI.create("/api/v1/goals/entries?indicator=co2%00"))
				.with(httpBasic(admin, RegistryFixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indicator"));
	}

}
