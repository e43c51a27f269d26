package no.symbiose.app.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The access matrix: every route of the application (every pattern × HTTP method the
 * running context maps) against every role, with the answer each role must get, from
 * {@code src/test/resources/access-matrix.csv}. A route without a row, or a row without a
 * route, fails the build, so a new endpoint cannot ship without a decided rule. See
 * {@code docs/security.md} for the roles and how to add a row.
 *
 * <p>
 * The fixture: park P in Telemark with tenants A, B and C, park Q in Nordland; company A
 * has private facts (a figure no one else may read) and a private stream (a name no one
 * else may read). Reporters of A and B, facilitators of P and Q, a county officer of
 * Telemark and a national administrator ask. Path variables are filled from
 * {@link #variables}: P's key for a park, A's key for a company, A's private year and
 * stream, a synergy and a free plot of A and P.
 *
 * <p>
 * Unsafe requests (POST, PUT, PATCH, DELETE) carry a valid CSRF token and an empty body
 * ({@code {}} for JSON, no fields for forms, an empty file for uploads), so that
 * authorisation is decided but nothing valid is sent. Each runs in a transaction that is
 * rolled back, and every table's row count and checksum are compared before and after: no
 * case may change data, whatever it answers.
 */
@IntegrationTest
class AccessMatrixTest {

	static final String MATRIX = "access-matrix.csv";

	static final String MATRIX_PATH = "app/src/test/resources/" + MATRIX;

	/**
	 * Routes the framework brings, not the application; they are public in
	 * {@code SecurityConfiguration.PUBLIC_STATIC} and carry no registry data.
	 */
	static final Map<String, String> IGNORED = Map.of("/error",
			"Spring Boot's error page, rendered for answers of other routes", "org.springdoc",
			"springdoc's OpenAPI document and Swagger UI (/api/v1/openapi, /api/v1/docs): the API's description, public");

	/** The roles in the column order of the matrix. */
	enum Asker {

		ANONYMOUS("anonymous"), REPORTER_A("reporter-A"), REPORTER_B("reporter-B"), FACILITATOR_P("facilitator-P"),
		FACILITATOR_Q("facilitator-Q"), COUNTY_OFFICER("county-officer"), ADMIN("admin");

		final String column;

		Asker(String column) {
			this.column = column;
		}

		/** May this role read A's private facts and streams? */
		boolean maySeeSecretsOfA() {
			return this == REPORTER_A || this == FACILITATOR_P || this == ADMIN;
		}

		/**
		 * May this role read P's goal entries (its facilitator, the officer of its
		 * county, reporters of its tenants, the administrator)?
		 */
		boolean mayReadEntriesOfP() {
			return this != ANONYMOUS && this != FACILITATOR_Q;
		}

	}

	/** What a role gets; see docs/security.md. */
	enum Outcome {

		/** 2xx, or a redirect that is the page's normal answer. */
		OK,
		/** Anonymous: a page redirects to /login, the API answers 401. */
		LOGIN,
		/** 403: the role may see the thing but not do this. */
		FORBIDDEN,
		/** 404: the role may not know the thing exists, or it does not. */
		HIDDEN,
		/**
		 * 400, 409 or 422 (or a page that shows the form's problems): authorisation
		 * passed, the empty request was refused.
		 */
		REFUSED;

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		static @Nullable Outcome of(String key) {
			return Arrays.stream(values()).filter(o -> o.key().equals(key.strip())).findFirst().orElse(null);
		}

		static String keys() {
			return Arrays.stream(values()).map(Outcome::key).collect(Collectors.joining("|"));
		}

	}

	/** One handler mapping: a pattern and one HTTP method. */
	record Route(String method, String pattern, HandlerMethod handler) {

		String name() {
			return this.method + " " + this.pattern;
		}

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

		boolean isUnsafe() {
			return !Set.of("GET", "HEAD", "OPTIONS").contains(this.method);
		}

	}

	/** One line of the matrix. */
	record Line(int number, String method, String pattern, Map<Asker, Outcome> expected, String query) {

		String name() {
			return this.method + " " + this.pattern;
		}

	}

	/** An answer, classified; {@code detail} says what was seen. */
	record Answer(@Nullable Outcome outcome, String detail, String body) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformTransactionManager transactions;

	/** The secret figure of A's private facts of 2024, t CO2e. */
	static final double SECRET_EMISSIONS_T_CO2E = 48213.7;

	/** 48213.7 written any way a page, JSON, CSV or an account may write it. */
	static final Pattern SECRET_FIGURE = Pattern.compile("(?<!\\d)48[\\s\\u00a0\\u202f.,']?213([.,]7)?(?!\\d)");

	String secretStreamName;

	String secretStreamKey;

	/** The evidence of P's goal entry: shown only to who may read P's entries. */
	String entryEvidence;

	Map<Asker, @Nullable String> users = new LinkedHashMap<>();

	Map<String, String> variables = new LinkedHashMap<>();

	List<String> tables;

	/**
	 * Send as a machine client: HTTP Basic, no session, no CSRF token (the first filter
	 * chain of SecurityConfiguration).
	 */
	boolean machineClient;

	/** The matrix's lines by route name ("GET /parks/{key}"). */
	Map<String, Line> matrix = new LinkedHashMap<>();

	/**
	 * Path variables that name one of A's confidential things, and a value naming none:
	 * swapped in to check that a 403 does not tell a role what a 404 would have hidden.
	 */
	static final Map<String, String> PRIVATE_VARIABLES = Map.of("/api/v1/companies/{companyKey}/facts/{year}", "1999",
			"{streamKey}", "matrix-no-such-stream", "/api/v1/synergies/{id}", "987654321", "/samarbeid/{id}",
			"987654321", "/api/v1/symbiosis/candidates/{id}", "s0>d0:matrix-none", "{candidate}", "s0>d0:matrix-none",
			"/api/v1/goals/entries/{id}", "987654321", "/mal/park/{park}/registreringer/{id}", "987654321");

	@BeforeEach
	void givenParksPAndQCompaniesAAndBAndOneUserPerRole() {
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		Row parkP = fixtures.aPark();
		Row parkQ = parkInNordland();
		Row companyA = fixtures.aTenantOf(parkP);
		Row companyB = fixtures.aTenantOf(parkP);
		Row companyC = fixtures.aTenantOf(parkP);
		fixtures.facts(companyA, 2023, "park", 5100);
		fixtures.facts(companyA, 2024, "private", SECRET_EMISSIONS_T_CO2E);
		fixtures.facts(companyB, 2024, "public", 1000);
		this.secretStreamKey = RegistryFixtures.unique("secret-");
		this.secretStreamName = RegistryFixtures.unique("Hemmelig slagg ");
		long secretStream = stream(companyA, this.secretStreamKey, "side_stream", this.secretStreamName, "slag",
				"private");
		long demand = stream(companyC, RegistryFixtures.unique("need-"), "input", "Tilslag", "other", "park");
		long synergy = this.jdbc.sql("""
				insert into synergy (supply_stream_id, demand_stream_id, supply_company_id, demand_company_id, rule_id,
				title, state, expected_quantity, expected_unit, expected_t_co2e)
				values (:supply, :demand, :a, :c, 'matrix-rule', 'Slagg → tilslag', 'identified', 400, 't/yr', 100)
				returning id""")
			.param("supply", secretStream)
			.param("demand", demand)
			.param("a", companyA.id())
			.param("c", companyC.id())
			.query(Long.class)
			.single();
		long plot = this.jdbc.sql("""
				insert into land_plot (park_id, label, area_daa, zoning_status, source)
				values (:p, 'Tomt M1', 12.5, 'zoned', 'matrix') returning id""")
			.param("p", parkP.id())
			.query(Long.class)
			.single();
		this.entryEvidence = RegistryFixtures.unique("Styreprotokoll ");
		// a recorded goal value of P: read with access to P, written by its facilitator
		long goalEntry = this.jdbc.sql("""
				insert into goal_entry (indicator_key, unit, scope_level, park_id, year, value, title, evidence,
				    event_date, recorded_by)
				values ('spin-offs', 'count', 'park', :p, 2024, 2, 'Nyetableringer', :evidence,
				    date '2024-12-31', 'matrix') returning id""")
			.param("p", parkP.id())
			.param("evidence", this.entryEvidence)
			.query(Long.class)
			.single();

		this.users.put(Asker.ANONYMOUS, null);
		this.users.put(Asker.REPORTER_A, fixtures.reporter(companyA));
		this.users.put(Asker.REPORTER_B, fixtures.reporter(companyB));
		this.users.put(Asker.FACILITATOR_P, fixtures.facilitator(parkP));
		this.users.put(Asker.FACILITATOR_Q, fixtures.facilitator(parkQ));
		this.users.put(Asker.COUNTY_OFFICER, fixtures.countyOfficer("40"));
		this.users.put(Asker.ADMIN, fixtures.admin());

		// By variable name; "prefix{name}" applies to patterns starting with the prefix
		// and wins over the name alone (the longest match wins).
		this.variables.put("{parkKey}", parkP.key());
		this.variables.put("{park}", parkP.key());
		this.variables.put("/parks/{key}", parkP.key());
		this.variables.put("{companyKey}", companyA.key());
		this.variables.put("{company}", companyA.key());
		this.variables.put("/companies/{key}", companyA.key());
		this.variables.put("{companyB}", companyB.key());
		this.variables.put("{year}", "2024");
		this.variables.put("{streamKey}", this.secretStreamKey);
		this.variables.put("{indicator}", "co2-emissions");
		this.variables.put("{table}", "streams");
		this.variables.put("{file}", "streams.csv");
		this.variables.put("{ruleId}", "matrix-no-such-rule");
		this.variables.put("/api/v1/synergies/{id}", String.valueOf(synergy));
		this.variables.put("/samarbeid/{id}", String.valueOf(synergy));
		this.variables.put("/api/v1/accounts/land/plots/{id}", String.valueOf(plot));
		this.variables.put("/regnskap/areal/tomter/{id}", String.valueOf(plot));
		this.variables.put("/api/v1/symbiosis/candidates/{id}", candidateOf(companyA));
		this.variables.put("{candidate}", this.variables.get("/api/v1/symbiosis/candidates/{id}"));
		this.variables.put("/api/v1/goals/entries/{id}", String.valueOf(goalEntry));
		this.variables.put("/mal/park/{park}/registreringer/{id}", String.valueOf(goalEntry));
		this.variables.put("{county}", "40");

		this.tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = 'public'"
					+ " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1")
			.query(String.class)
			.list();
	}

	@TestFactory
	Stream<DynamicNode> everyRouteAgainstEveryRole() {
		long started = System.nanoTime();
		List<Route> routes = routes();
		List<Line> lines = readMatrix();
		Map<String, Line> byRoute = this.matrix;
		lines.forEach(line -> byRoute.put(line.name(), line));
		Set<String> routeNames = routes.stream().map(Route::name).collect(Collectors.toSet());

		List<DynamicNode> nodes = new ArrayList<>();
		nodes.add(DynamicTest.dynamicTest("every route has a row and every row a route", () -> {
			List<String> problems = new ArrayList<>();
			for (Route route : routes) {
				if (!byRoute.containsKey(route.name())) {
					problems.add(missingRow(route));
				}
			}
			for (Line line : lines) {
				if (!routeNames.contains(line.name())) {
					problems.add("%s line %d: %s is no route of the application any more; delete the line, or correct"
						.formatted(MATRIX_PATH, line.number(), line.name())
							+ " its method and pattern to the mapping's own (as in @GetMapping/@RequestMapping)");
				}
			}
			if (!problems.isEmpty()) {
				fail(problems.size() + " route(s) and matrix rows disagree:\n\n" + String.join("\n\n", problems));
			}
		}));
		nodes.add(DynamicTest.dynamicTest("the leak check finds A's secrets where they may be seen", () -> {
			String facts = perform(Asker.ADMIN, HttpMethod.GET,
					"/api/v1/companies/" + this.variables.get("{company}") + "/facts/2024", null)
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(leaks(facts)).as("A's private facts as the administrator reads them").isNotEmpty();
			String page = perform(Asker.REPORTER_A, HttpMethod.GET, "/companies/" + this.variables.get("{company}"),
					null)
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(leaks(page)).as("A's company page as A's reporter sees it").contains(this.secretStreamName);
		}));
		nodes.add(DynamicTest.dynamicTest("exports of every table show A's secrets to no one else", () -> {
			for (no.symbiose.app.importing.Table table : no.symbiose.app.importing.Table.values()) {
				for (Asker asker : Asker.values()) {
					if (asker.maySeeSecretsOfA() || asker == Asker.ANONYMOUS) {
						continue;
					}
					String csv = perform(asker, HttpMethod.GET, "/api/v1/export/" + table.key() + ".csv", null)
						.getResponse()
						.getContentAsString(StandardCharsets.UTF_8);
					assertThat(leaks(csv)).as("%s.csv exported by %s", table.key(), asker.column).isEmpty();
				}
			}
			String adminsFacts = perform(Asker.ADMIN, HttpMethod.GET, "/api/v1/export/yearly_facts.csv", null)
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(leaks(adminsFacts)).as("yearly_facts.csv as the administrator exports it").isNotEmpty();
		}));
		for (Route route : routes) {
			Line line = byRoute.get(route.name());
			if (line == null) {
				continue;
			}
			List<DynamicTest> cases = new ArrayList<>();
			for (Asker asker : Asker.values()) {
				Outcome expected = line.expected().get(asker);
				cases.add(DynamicTest.dynamicTest(route.name() + " as " + asker.column + " → " + expected.key(),
						() -> check(route, line, asker, expected)));
			}
			nodes.add(DynamicContainer.dynamicContainer(route.name(), cases));
		}
		// The API's other door: programs with HTTP Basic, stateless, without CSRF. The
		// same rules, so the same matrix; checked for two roles that write and one that
		// sees little.
		for (Route route : routes) {
			Line line = byRoute.get(route.name());
			if (line == null || !route.isApi()) {
				continue;
			}
			List<DynamicTest> cases = new ArrayList<>();
			for (Asker asker : List.of(Asker.REPORTER_B, Asker.FACILITATOR_P, Asker.ADMIN)) {
				Outcome expected = line.expected().get(asker);
				cases.add(DynamicTest
					.dynamicTest(route.name() + " as " + asker.column + " over HTTP Basic → " + expected.key(), () -> {
						this.machineClient = true;
						try {
							check(route, line, asker, expected);
						}
						finally {
							this.machineClient = false;
						}
					}));
			}
			nodes.add(DynamicContainer.dynamicContainer(route.name() + " over HTTP Basic", cases));
		}
		nodes.add(DynamicTest.dynamicTest("summary",
				() -> System.out.printf(
						"Access matrix: %d routes, %d rows, %d cases (%d roles) + %d over HTTP Basic, %d ms%n",
						routes.size(), lines.size(), routes.size() * Asker.values().length, Asker.values().length,
						routes.stream().filter(Route::isApi).count() * 3,
						Duration.ofNanos(System.nanoTime() - started).toMillis())));
		return nodes.stream();
	}

	private void check(Route route, Line line, Asker asker, Outcome expected) throws Exception {
		String uri = uri(route, line.query());
		Map<String, String> before = route.isUnsafe() ? checksums() : Map.of();
		Answer answer = route.isUnsafe() ? inRolledBackTransaction(() -> answer(route, asker, uri))
				: answer(route, asker, uri);
		if (route.isUnsafe()) {
			Map<String, String> after = checksums();
			List<String> changed = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
			assertThat(changed).as("tables changed by %s as %s (%s)", route.name(), asker.column, uri).isEmpty();
		}
		if (!asker.maySeeSecretsOfA()) {
			assertThat(leaks(answer.body(), uri))
				.as("%s as %s (%s) must not show A's private figure or stream: %s", route.name(), asker.column, uri,
						answer.detail())
				.isEmpty();
		}
		if (!asker.mayReadEntriesOfP()) {
			assertThat(answer.body())
				.as("%s as %s (%s) must not show P's goal entry: %s", route.name(), asker.column, uri, answer.detail())
				.doesNotContain(this.entryEvidence);
		}
		if (answer.outcome() == null) {
			fail("%s as %s (%s) answered %s, which is no answer of the matrix (%s)", route.name(), asker.column, uri,
					answer.detail(), Outcome.keys());
		}
		assertThat(answer.outcome().key())
			.as("%s as %s (%s) answered %s; %s line %d expects %s", route.name(), asker.column, uri, answer.detail(),
					MATRIX_PATH, line.number(), expected.key())
			.isEqualTo(expected.key());
		if (expected == Outcome.FORBIDDEN && !maySee(route, asker)) {
			String none = uriOfNothing(route, line.query());
			if (!none.equals(uri)) {
				Answer nothing = route.isUnsafe() ? inRolledBackTransaction(() -> answer(route, asker, none))
						: answer(route, asker, none);
				assertThat(nothing.outcome())
					.as("%s as %s: 403 for %s but %s for %s, which names nothing: the 403 tells the role that what"
							+ " it may not see exists; answer both alike (404, or the refusal an unknown id gets)",
							route.name(), asker.column, uri, nothing.detail(), none)
					.isEqualTo(Outcome.FORBIDDEN);
			}
		}
	}

	/**
	 * May the role see the thing the route acts on? What the matrix says of the nearest
	 * GET of one thing at or above the pattern ({@code /samarbeid/{id}} for
	 * {@code /samarbeid/{id}/state}); none (a thing named in the query): no.
	 */
	private boolean maySee(Route route, Asker asker) {
		return this.matrix.values()
			.stream()
			.filter(line -> line.method().equals("GET") && line.pattern().contains("{")
					&& (route.pattern() + "/").startsWith(line.pattern() + "/"))
			.max(Comparator.comparingInt(line -> line.pattern().length()))
			.map(line -> line.expected().get(asker) == Outcome.OK)
			.orElse(false);
	}

	/** The request with A's confidential things swapped for ones that do not exist. */
	private String uriOfNothing(Route route, String query) {
		Map<String, String> real = new LinkedHashMap<>(this.variables);
		try {
			this.variables.putAll(PRIVATE_VARIABLES);
			return uri(route, query);
		}
		finally {
			this.variables.clear();
			this.variables.putAll(real);
		}
	}

	/** The request as the role sends it, and what came back, classified. */
	private Answer answer(Route route, Asker asker, String uri) throws Exception {
		MvcResult result;
		try {
			result = perform(asker, HttpMethod.valueOf(route.method()), uri, route);
		}
		catch (Exception ex) {
			// MockMvc rethrows what no handler answered: a 500 in a real server.
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			return new Answer(null, "500 (unhandled " + cause + ")", "");
		}
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		String body = text(response);
		String detail = status + (response.getRedirectedUrl() == null ? "" : " → " + response.getRedirectedUrl());
		if (status >= 300 && status < 400) {
			return redirect(asker, result, detail, body);
		}
		Outcome outcome = switch (status) {
			case 401 -> route.isApi() ? Outcome.LOGIN : null;
			case 403 -> Outcome.FORBIDDEN;
			case 404 -> Outcome.HIDDEN;
			case 400, 409, 422 -> Outcome.REFUSED;
			default -> status >= 200 && status < 300 ? Outcome.OK : null;
		};
		return new Answer(outcome, detail, body);
	}

	/**
	 * A page's redirect: to the login page; back with a refusal in the flash (a form that
	 * was refused, the way the pages' post/redirect/get says it); or on, followed once as
	 * a browser would, so a redirect to a synergy the role may not see reads as hidden.
	 */
	private Answer redirect(Asker asker, MvcResult result, String detail, String body) throws Exception {
		String location = String.valueOf(result.getResponse().getRedirectedUrl());
		if (location.matches("(https?://[^/]+)?/login(\\?.*)?")) {
			return new Answer(Outcome.LOGIN, detail, body);
		}
		FlashMap flash = result.getFlashMap();
		String flashed = flash.values().stream().map(String::valueOf).collect(Collectors.joining(" "));
		for (String forbiddenKey : List.of("synergies.forbidden", "accounts.land.plot.forbidden")) {
			if (flashed.contains(this.messages.getMessage(forbiddenKey, null, Locale.forLanguageTag("nb")))) {
				return new Answer(Outcome.FORBIDDEN, detail + " (flash: " + forbiddenKey + ")", body + flashed);
			}
		}
		if (flash.containsKey("problems") || flash.containsKey("refused")) {
			return new Answer(Outcome.REFUSED, detail + " (flash: " + flashed + ")", body + flashed);
		}
		var follow = MockMvcRequestBuilders.get(location);
		if (!flash.isEmpty()) {
			follow.flashAttrs(flash);
		}
		MvcResult next = this.mvc.perform(as(asker, follow)).andReturn();
		int status = next.getResponse().getStatus();
		String after = detail + " → " + status;
		String text = body + flashed + text(next.getResponse());
		return new Answer(
				status == 404 ? Outcome.HIDDEN : status == 403 ? Outcome.FORBIDDEN : status < 400 ? Outcome.OK : null,
				after, text);
	}

	private MvcResult perform(Asker asker, HttpMethod method, String uri, @Nullable Route route) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (route != null && route.isUnsafe() && takesFile(route.handler())) {
			request = MockMvcRequestBuilders.multipart(method, uri)
				.file(new MockMultipartFile("file", "tom.csv", "text/csv", new byte[0]));
		}
		else {
			request = MockMvcRequestBuilders.request(method, uri);
			if (route != null && route.isUnsafe()) {
				if (takesJson(route.handler())) {
					request.contentType(MediaType.APPLICATION_JSON).content("{}");
				}
				else if (!"DELETE".equals(route.method())) {
					request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
				}
			}
		}
		if (route != null && route.isUnsafe() && !this.machineClient) {
			request.with(csrf());
		}
		if (route != null && route.isApi()) {
			request.accept(MediaType.APPLICATION_JSON, MediaType.ALL);
		}
		MvcResult result = this.mvc.perform(as(asker, request)).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			// Streamed downloads (exports, templates) are written after the handler
			// returns.
			result = this.mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
		}
		return result;
	}

	private AbstractMockHttpServletRequestBuilder<?> as(Asker asker, AbstractMockHttpServletRequestBuilder<?> request) {
		String username = this.users.get(asker);
		if (username == null) {
			return request;
		}
		String role = switch (asker) {
			case REPORTER_A, REPORTER_B -> "COMPANY_REPORTER";
			case FACILITATOR_P, FACILITATOR_Q -> "PARK_FACILITATOR";
			case COUNTY_OFFICER -> "COUNTY_OFFICER";
			case ADMIN -> "NATIONAL_ADMIN";
			case ANONYMOUS -> throw new IllegalStateException();
		};
		request.with(this.machineClient ? httpBasic(username, RegistryFixtures.PASSWORD) : user(username).roles(role));
		return request;
	}

	private static boolean takesJson(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
	}

	private static boolean takesFile(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters())
			.anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
	}

	/** The body as text, or empty for binary downloads (PDF, XLSX). */
	private static String text(MockHttpServletResponse response) throws IOException {
		String type = response.getContentType();
		if (type != null && (type.contains("pdf") || type.contains("spreadsheet") || type.contains("octet"))) {
			return "";
		}
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<String> leaks(String text) {
		return leaks(text, "");
	}

	/**
	 * What of A's secrets the text shows; the stream's key counts only when the request
	 * did not name it itself (a 404 may echo the key asked for).
	 */
	private List<String> leaks(String text, String uri) {
		List<String> found = new ArrayList<>();
		Matcher figure = SECRET_FIGURE.matcher(text);
		if (figure.find()) {
			found.add(figure.group());
		}
		for (String secret : List.of(this.secretStreamName, this.secretStreamKey)) {
			if (text.contains(secret) && !uri.contains(secret)) {
				found.add(secret);
			}
		}
		return found;
	}

	private <T> T inRolledBackTransaction(ThrowingSupplier<T> work) throws Exception {
		Object[] result = new Object[1];
		Exception[] thrown = new Exception[1];
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			try {
				result[0] = work.get();
			}
			catch (Exception ex) {
				thrown[0] = ex;
			}
			status.setRollbackOnly();
		});
		if (thrown[0] != null) {
			throw thrown[0];
		}
		@SuppressWarnings("unchecked")
		T answer = (T) result[0];
		return answer;
	}

	interface ThrowingSupplier<T> {

		T get() throws Exception;

	}

	/**
	 * Row count and checksum of every table: the sum of each row's 64-bit hash, which
	 * needs no sort.
	 */
	private Map<String, String> checksums() {
		Map<String, String> sums = new TreeMap<>();
		for (String table : this.tables) {
			sums.put(table, this.jdbc
				.sql("select count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) from " + table + " t")
				.query(String.class)
				.single());
		}
		return sums;
	}

	/** The route's pattern with its variables filled, plus the matrix row's query. */
	private String uri(Route route, String query) {
		String path = fill(route.pattern(), route.pattern());
		return query.isBlank() ? path : path + "?" + fill(route.pattern(), query);
	}

	private String fill(String pattern, String text) {
		Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(text);
		StringBuilder filled = new StringBuilder();
		while (variable.find()) {
			String name = variable.group();
			String value = this.variables.entrySet()
				.stream()
				.filter(e -> e.getKey().endsWith(name) && (e.getKey().equals(name) || pattern.startsWith(e.getKey())))
				.max(Comparator.comparingInt(e -> e.getKey().length()))
				.map(Map.Entry::getValue)
				.orElseThrow(() -> new AssertionError(("%s: no fixture value for %s; add \"%s\" (or \"<pattern up to"
						+ " it>%s\" for this route only) to the variables in AccessMatrixTest.givenParksPAndQ...")
					.formatted(pattern, name, name, name)));
			variable.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		variable.appendTail(filled);
		return filled.toString();
	}

	/** Every pattern × method of the application's handler mappings, minus IGNORED. */
	private List<Route> routes() {
		Set<Route> routes = new LinkedHashSet<>();
		Set<String> ignoredSeen = new LinkedHashSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				HandlerMethod handler = entry.getValue();
				Set<String> patterns = entry.getKey().getPatternValues();
				List<String> ignoredBy = IGNORED.keySet()
					.stream()
					.filter(key -> patterns.contains(key) || handler.getBeanType().getName().startsWith(key))
					.toList();
				if (!ignoredBy.isEmpty()) {
					ignoredSeen.addAll(ignoredBy);
					continue;
				}
				var methods = entry.getKey().getMethodsCondition().getMethods();
				assertThat(methods)
					.as("%s in %s maps every HTTP method; declare the ones it answers", patterns,
							handler.getShortLogMessage())
					.isNotEmpty();
				for (String pattern : patterns) {
					for (var method : methods) {
						routes.add(new Route(method.name(), pattern, handler));
					}
				}
			}
		}
		assertThat(ignoredSeen).as("IGNORED entries that match no route any more: remove them")
			.containsExactlyInAnyOrderElementsOf(IGNORED.keySet());
		return routes.stream().sorted(Comparator.comparing(Route::pattern).thenComparing(Route::method)).toList();
	}

	private List<Line> readMatrix() {
		List<Line> lines = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(MATRIX)) {
			assertThat(in).as(MATRIX_PATH).isNotNull();
			String[] text = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			int columns = 2 + Asker.values().length;
			for (int i = 0; i < text.length; i++) {
				String raw = text[i].strip();
				if (raw.isEmpty() || raw.startsWith("#")) {
					continue;
				}
				String[] cells = raw.split(",", -1);
				if (cells[0].equals("method")) {
					List<String> header = List.of(cells).subList(2, Math.min(cells.length, columns));
					assertThat(header).as("%s header", MATRIX_PATH)
						.containsExactly(Arrays.stream(Asker.values()).map(a -> a.column).toArray(String[]::new));
					continue;
				}
				if (cells.length < columns || cells.length > columns + 1) {
					problems.add("line %d: %d cells, expected method,pattern, one outcome per role (%d) and optionally"
						.formatted(i + 1, cells.length, Asker.values().length) + " a query: " + raw);
					continue;
				}
				Map<Asker, Outcome> expected = new LinkedHashMap<>();
				for (Asker asker : Asker.values()) {
					String cell = cells[2 + asker.ordinal()];
					Outcome outcome = Outcome.of(cell);
					if (outcome == null) {
						problems.add("line %d: '%s' for %s is no outcome; use one of %s".formatted(i + 1, cell,
								asker.column, Outcome.keys()));
					}
					expected.put(asker, outcome);
				}
				Line line = new Line(i + 1, cells[0].strip(), cells[1].strip(), expected,
						cells.length > columns ? cells[columns].strip() : "");
				if (!seen.add(line.name())) {
					problems.add("line %d: a second row for %s".formatted(i + 1, line.name()));
				}
				lines.add(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!problems.isEmpty()) {
			fail(MATRIX_PATH + ":\n" + String.join("\n", problems));
		}
		return lines;
	}

	/**
	 * The failure text for a route without a row: where and how to add it, with what each
	 * role gets now, to be checked against the rules before it is copied.
	 */
	private String missingRow(Route route) {
		StringBuilder now = new StringBuilder(route.method() + "," + route.pattern());
		for (Asker asker : Asker.values()) {
			String cell;
			try {
				String uri = uri(route, "");
				Answer answer = route.isUnsafe() ? inRolledBackTransaction(() -> answer(route, asker, uri))
						: answer(route, asker, uri);
				cell = answer.outcome() == null ? "?" + answer.detail() : answer.outcome().key();
			}
			catch (Throwable ex) {
				cell = "?";
			}
			now.append(',').append(cell);
		}
		return """
				%s (%s) has no row in %s.
				  Add one line: method,pattern,%s[,query] with one of %s per role (docs/security.md says what each means).
				  It answers now: %s
				  Check each answer against the role's rights before you copy it; a data id the role may not see must be hidden (404)."""
			.formatted(route.name(), route.handler().getShortLogMessage(), MATRIX_PATH,
					Arrays.stream(Asker.values()).map(a -> a.column).collect(Collectors.joining(",")), Outcome.keys(),
					now);
	}

	private Row parkInNordland() {
		String key = RegistryFixtures.unique("t-park-q-");
		long id = this.jdbc.sql("""
				insert into park (park_key, name, kind, county_number, municipality_number, lat, lon)
				values (:key, :name, 'industripark', '18', '1804', 67.28, 14.40) returning id""")
			.param("key", key)
			.param("name", "Testpark Q " + key)
			.query(Long.class)
			.single();
		return new Row(id, key);
	}

	private long stream(Row company, String key, String direction, String name, String materialClass,
			String confidentiality) {
		return this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, material_class, quantity, unit,
				confidentiality) values (:c, 2024, :key, :direction, :name, :material, 1000, 't/yr', :confidentiality)
				returning id""")
			.param("c", company.id())
			.param("key", key)
			.param("direction", direction)
			.param("name", name)
			.param("material", materialClass)
			.param("confidentiality", confidentiality)
			.query(Long.class)
			.single();
	}

	/**
	 * The id of a candidate with A's private slag, as the administrator is shown it;
	 * "none" (and a 404 for everyone) when the engine finds none.
	 */
	private String candidateOf(Row company) {
		try {
			String json = this.mvc
				.perform(as(Asker.ADMIN,
						MockMvcRequestBuilders.get("/api/v1/symbiosis/candidates")
							.param("company", company.key())
							.param("size", "1")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
			return id.find() ? id.group(1) : "none";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
