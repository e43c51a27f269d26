package no.symbiose.app.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code symbiose user add|password} on the test's own database: a user made here logs
 * in; a weak password, a missing or unknown scope, or a taken username is refused with
 * the reason and leaves no row.
 */
@IntegrationTest
class UserCommandTest {

	private static final String STRONG = "korrekt hest batteri stift";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aFacilitatorMadeOnTheCommandLineLogsInWithTheirPark() throws Exception {
		RegistryFixtures.Row park = new RegistryFixtures(this.jdbc).aPark();
		String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);

		Result result = run(STRONG + "\n", "user", "add", username, "--role", "park_facilitator", "--park", park.key(),
				"--name", "Kari Nordmann");

		assertThat(result.code()).as(result.err()).isZero();
		assertThat(result.out()).contains("Created " + username + " (park_facilitator)");
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, STRONG)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("park_facilitator"))
			.andExpect(jsonPath("$.parkKey").value(park.key()));
		assertThat(this.jdbc.sql("""
				select actor from audit_log where table_name = 'app_user' and record_key = :username""")
			.param("username", username)
			.query(String.class)
			.single()).startsWith("symbiose user (");
	}

	@Test
	void aWeakPasswordIsRefusedWithTheReasonAndNoUserIsMade() {
		String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);

		Result result = run("password1234\n", "user", "add", username, "--role", "national_admin");

		assertThat(result.code()).isEqualTo(UserCommand.FAILED);
		assertThat(result.err()).contains("the password is refused; nothing changed", "too easy to guess");
		assertThat(count(username)).isZero();
	}

	@Test
	void aRoleWithoutItsScopeOrWithAnUnknownOneIsRefused() {
		String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);

		Result noPark = run(STRONG + "\n", "user", "add", username, "--role", "park_facilitator");
		Result unknownPark = run(STRONG + "\n", "user", "add", username, "--role", "park_facilitator", "--park",
				"no-such-park");
		Result wrongScope = run(STRONG + "\n", "user", "add", username, "--role", "county_officer", "--park", "x");
		Result unknownRole = run(STRONG + "\n", "user", "add", username, "--role", "superuser");

		assertThat(noPark.code()).isEqualTo(UserCommand.USAGE);
		assertThat(noPark.err()).contains("park_facilitator needs --park");
		assertThat(unknownPark.code()).isEqualTo(UserCommand.FAILED);
		assertThat(unknownPark.err()).contains("there is no park no-such-park");
		assertThat(wrongScope.err()).contains("county_officer takes --county, not --park");
		assertThat(unknownRole.err()).contains("unknown role superuser");
		assertThat(count(username)).isZero();
	}

	@Test
	void aTakenUsernameIsRefusedAndAForgottenPasswordCanBeSetAnew() throws Exception {
		String username = new RegistryFixtures(this.jdbc).admin();

		Result again = run(STRONG + "\n", "user", "add", username, "--role", "national_admin");
		Result reset = run(STRONG + "\n", "user", "password", username);

		assertThat(again.code()).isEqualTo(UserCommand.FAILED);
		assertThat(again.err()).contains("exists already");
		assertThat(reset.code()).as(reset.err()).isZero();
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, STRONG))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, RegistryFixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPasswordOnTheCommandLineIsNotAnOption() {
		Result result = run("", "user", "add", "someone", "--role", "national_admin", "--password", STRONG);

		assertThat(result.code()).isEqualTo(UserCommand.USAGE);
		assertThat(result.err()).contains("unexpected argument --password");
	}

	private long count(String username) {
		return this.jdbc.sql("select count(*) from app_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private Result run(String stdin, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.datasource.url=" + jdbcUrl());
		all.add("--spring.datasource.username=postgres");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = UserCommand.main(all.toArray(String[]::new),
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private String jdbcUrl() {
		try {
			return this.dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Result(int code, String out, String err) {
	}

}
