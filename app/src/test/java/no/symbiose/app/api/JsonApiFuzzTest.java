package no.symbiose.app.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriUtils;

import no.symbiose.app.FuzzChecks;
import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Fuzz test of the JSON API's input: request bodies, path variables and query parameters
 * of the registry (parks, companies, yearly facts, streams), synergies, goal entries,
 * park targets, symbiosis rules, free plots and programme decisions, through the whole
 * Spring MVC stack and its security filters, as a national administrator over HTTP Basic
 * (a machine client), so that validation is what is fuzzed, not access control.
 * <p>
 * For every request: no exception escapes MockMvc (which a server answers 500), no 5xx; a
 * 4xx of an API handler is a problem detail with a readable detail, and readable field
 * messages where it lists them; a refused request changed no table. Every request runs in
 * a transaction that is rolled back.
 * <p>
 * An input whose last byte is even is a request written out ({@code PUT /api/v1/parks/x}
 * on the first line, the body after it), as the seeds in
 * {@code JsonApiFuzzTestInputs/requests/} are; an odd one builds a request from the
 * endpoints below, their records' fields and values of each field's kind.
 */
@IntegrationTest
public class JsonApiFuzzTest {

	/** What a written-out request may ask: the fuzzed API, nothing slow or unrelated. */
	static final List<String> PREFIXES = List.of("/api/v1/parks", "/api/v1/companies", "/api/v1/synergies",
			"/api/v1/goals/entries", "/api/v1/goals/parks/", "/api/v1/symbiosis/rules", "/api/v1/symbiosis/candidates",
			"/api/v1/accounts/land/plots", "/api/v1/programme/parks/");

	static final String PASSWORD = "fuzz-pw";

	/** An endpoint: method, path with {variables}, query parameters, body type. */
	record Endpoint(HttpMethod method, String path, List<String> query, @Nullable Type body) {
	}

	static final List<Endpoint> ENDPOINTS = endpoints();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JsonMapper json;

	FuzzChecks checks;

	/** One administrator per test JVM: regression mode makes a test instance per seed. */
	static String admin;

	Map<String, List<String>> pathValues;

	/** The request being checked, for the messages of failed checks. */
	String what = "";

	/** Its path, query and body: what a message may quote. */
	String input = "";

	@BeforeEach
	public void setUp() {
		this.checks = new FuzzChecks(this.jdbc, this.transactions);
		if (admin == null) {
			// bcrypt at cost 4, so that Basic authentication costs a millisecond, not 80
			admin = RegistryFixtures.unique("fuzz-admin-");
			this.jdbc
				.sql("insert into app_user (username, password_hash, display_name, role)"
						+ " values (:u, :h, :u, 'national_admin')")
				.param("u", admin)
				.param("h", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD))
				.update();
		}
		this.pathValues = Map.of("park", List.of("heroya", "mo", "fuzz-park", "HERØYA", "a%2Fb", ".."), "company",
				List.of("hotmaps:741", "park:heroya", "974760673", "fuzz:company", "x"), "year",
				List.of("2024", "2014", "1899", "32768", "-1", "abc", "2024.5"), "stream",
				List.of("salts", "minerals", "fuzz-stream"), "id", ids(), "indicator",
				List.of("co2-emissions", "land-use", "reuse-recycling-rate", "symbiosis-monitoring", "nope"), "rule",
				List.of("fuzz-rule", "x"));
	}

	private List<String> ids() {
		List<String> ids = new ArrayList<>(List.of("0", "-1", "9223372036854775807", "9223372036854775808", "abc"));
		for (String table : List.of("synergy", "goal_entry", "land_plot")) {
			this.jdbc.sql("select id::text from " + table + " order by id desc limit 2")
				.query(String.class)
				.list()
				.forEach(ids::add);
		}
		return ids;
	}

	@FuzzTest(maxDuration = "30s")
	public void requests(FuzzedDataProvider data) throws Exception {
		boolean written = data.remainingBytes() == 0 || (data.consumeByte() & 1) == 0;
		MockHttpServletRequestBuilder request = written ? written(data.consumeRemainingAsBytes()) : built(data);
		if (request == null) {
			return;
		}
		request.with(httpBasic(admin, PASSWORD));
		String what = this.what;
		MvcResult result = this.checks.inRolledBackTransaction(what, new FuzzChecks.Outcome<MvcResult>() {
			@Override
			public MvcResult run() {
				try {
					return JsonApiFuzzTest.this.mvc.perform(request).andReturn();
				}
				catch (Exception ex) {
					// MockMvc rethrows what no handler answered: a server's 500
					throw new AssertionError(what + ": unhandled, a server answers 500", ex);
				}
			}

			@Override
			public boolean refused(MvcResult answer) {
				return answer.getResponse().getStatus() >= 400;
			}
		});
		check(what, result);
	}

	private void check(String what, MvcResult result) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(status).as("%s answered %d: %s", what, status, body).isLessThan(500);
		assertThat(status).as("%s: the administrator was not authenticated", what).isNotEqualTo(401);
		boolean apiHandler = result.getHandler() instanceof HandlerMethod handler
				&& handler.getBeanType().isAnnotationPresent(RestController.class);
		if (status < 400 || !apiHandler) {
			return;
		}
		assertThat(response.getContentType()).as("%s %d: content type", what, status)
			.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = this.json.readTree(body);
		String detail = problem.path("detail").asString("");
		FuzzChecks.assertReadable(what + " " + status + " detail", detail, this.input);
		JsonNode errors = problem.path("errors");
		if (status == 400 && errors.isArray()) {
			assertThat(errors.size()).as("%s: a 400 with an empty errors list", what).isPositive();
		}
		for (JsonNode error : errors) {
			String message = error.path("message").asString(error.path("message_en").asString(""));
			FuzzChecks.assertReadable(what + " field " + error.path("field").asString(""), message,
					error.path("value").isString() ? error.path("value").asString() : error.path("value").toString());
		}
	}

	/** {@code METHOD /path?query} on the first line, the JSON body after it. */
	private @Nullable MockHttpServletRequestBuilder written(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		int lineEnd = text.indexOf('\n');
		String first = (lineEnd < 0) ? text : text.substring(0, lineEnd);
		String body = (lineEnd < 0) ? "" : text.substring(lineEnd + 1);
		String[] parts = first.strip().split(" ", 2);
		if (parts.length < 2 || PREFIXES.stream().noneMatch(parts[1]::startsWith)) {
			return null;
		}
		HttpMethod method = switch (parts[0]) {
			case "GET" -> HttpMethod.GET;
			case "PUT" -> HttpMethod.PUT;
			case "POST" -> HttpMethod.POST;
			case "PATCH" -> HttpMethod.PATCH;
			case "DELETE" -> HttpMethod.DELETE;
			default -> null;
		};
		URI uri;
		try {
			uri = new URI(parts[1].strip());
		}
		catch (URISyntaxException ex) {
			// no server passes such a request line to the application
			return null;
		}
		if (method == null || uri.getRawPath() == null || uri.getRawPath().contains("..")) {
			return null;
		}
		this.what = method + " " + uri + " " + body.length() + " chars";
		this.input = UriUtils.decode(uri.toString(), StandardCharsets.UTF_8) + " " + body;
		return MockMvcRequestBuilders.request(method, uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** A request to one of the endpoints, its variables, parameters and body fuzzed. */
	private MockHttpServletRequestBuilder built(FuzzedDataProvider data) {
		Endpoint endpoint = data.pickValue(ENDPOINTS);
		StringBuilder path = new StringBuilder();
		String template = endpoint.path();
		int at = 0;
		while (true) {
			int open = template.indexOf('{', at);
			if (open < 0) {
				path.append(template.substring(at));
				break;
			}
			int close = template.indexOf('}', open);
			path.append(template, at, open);
			String name = template.substring(open + 1, close);
			String value = data.consumeInt(0, 4) == 0 ? data.consumeString(20)
					: data.pickValue(this.pathValues.get(name));
			path.append(value.isEmpty() ? "x" : UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
			at = close + 1;
		}
		List<String> query = new ArrayList<>();
		for (String parameter : endpoint.query()) {
			if (data.consumeBoolean()) {
				query.add(parameter + "="
						+ UriUtils.encodeQueryParam(queryValue(data, parameter), StandardCharsets.UTF_8));
			}
		}
		URI uri = URI.create(path + (query.isEmpty() ? "" : "?" + String.join("&", query)));
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), uri);
		request.header("Accept-Language", data.pickValue(List.of("nb", "en", "nn", "de", "*", "")));
		if (endpoint.body() != null) {
			String contentType = switch (data.consumeInt(0, 15)) {
				case 0 -> "text/plain";
				case 1 -> "application/json;charset=ISO-8859-1";
				case 2 -> "application/xml";
				default -> "application/json";
			};
			String body = body(data, endpoint.body());
			request.contentType(contentType).content(body);
			this.what = endpoint.method() + " " + uri + " " + contentType + " "
					+ body.substring(0, Math.min(body.length(), 300));
			this.input = UriUtils.decode(uri.toString(), StandardCharsets.UTF_8) + " " + body;
		}
		else {
			this.what = endpoint.method() + " " + uri;
			this.input = UriUtils.decode(uri.toString(), StandardCharsets.UTF_8);
		}
		return request;
	}

	private static String queryValue(FuzzedDataProvider data, String parameter) {
		return switch (data.consumeInt(0, 5)) {
			case 0 -> data.consumeString(30);
			case 1 -> String.valueOf(data.consumeInt());
			case 2 -> data.pickValue(List.of("-1", "0", "1", "500", "501", "2147483648", "1e3", "NaN", "", "2024"));
			default -> switch (parameter) {
				case "park" -> data.pickValue(List.of("heroya", "mo", "nowhere"));
				case "county" -> data.pickValue(List.of("40", "03", "99", "4"));
				case "company" -> data.pickValue(List.of("hotmaps:741", "park:heroya", "nobody"));
				case "state", "level", "kind", "sort", "objective" -> data.pickValue(List.of("idea", "operation",
						"rejected", "park", "county", "nation", "material", "heat", "net", "IDEA"));
				case "version" -> data.pickValue(List.of("0", "1", "-1", "99"));
				default -> data.consumeString(10);
			};
		};
	}

	/** A JSON body for the record: its fields, each usually of its type, with traps. */
	private String body(FuzzedDataProvider data, Type type) {
		switch (data.consumeInt(0, 19)) {
			case 0:
				return data.consumeString(200);
			case 1:
				return "[".repeat(data.consumeInt(1, 3_000));
			case 2:
				return data.pickValue(List.of("", "null", "[]", "{}", "{", "\"text\"", "1", "{\"a\":1,\"a\":2}",
						"{\"name\":\"\\ud800\"}", "{\"name\":\"" + "x".repeat(100_000) + "\"}"));
			default:
				break;
		}
		return this.json.writeValueAsString(value(data, type, "", 0));
	}

	private @Nullable Object value(FuzzedDataProvider data, Type type, String name, int depth) {
		int trap = data.consumeInt(0, 15);
		if (trap == 0) {
			return null;
		}
		if (trap == 1 && depth < 3) {
			// the wrong kind of value: a text for a number, a number for a text, ...
			return data.pickValue(List.of("text", 1, -1.5, true, List.of(1, "a"), Map.of("a", 1), "", "1e309"));
		}
		if (type instanceof Class<?> record && record.isRecord()) {
			Map<String, Object> object = new java.util.LinkedHashMap<>();
			for (RecordComponent component : record.getRecordComponents()) {
				if (data.consumeInt(0, 3) > 0) {
					object.put(component.getName(),
							value(data, component.getGenericType(), component.getName(), depth + 1));
				}
			}
			if (data.consumeInt(0, 15) == 0) {
				object.put(data.consumeString(10), data.consumeString(10));
			}
			return object;
		}
		if (type instanceof ParameterizedType generic) {
			Class<?> raw = (Class<?>) generic.getRawType();
			if (List.class.isAssignableFrom(raw)) {
				List<Object> list = new ArrayList<>();
				int size = data.consumeInt(0, 4);
				for (int i = 0; i < size; i++) {
					list.add(value(data, generic.getActualTypeArguments()[0], name, depth + 1));
				}
				return list;
			}
			if (Map.class.isAssignableFrom(raw)) {
				// a rule: the columns of knowledge-base.csv
				Map<String, Object> columns = new java.util.LinkedHashMap<>();
				for (String column : RULE_COLUMNS) {
					if (data.consumeInt(0, 3) > 0) {
						columns.put(column, ruleValue(data, column));
					}
				}
				return columns;
			}
		}
		if (type == Double.class) {
			return switch (data.consumeInt(0, 4)) {
				case 0 -> data.pickValue(List.of(0.0, -0.0, -1.0, 1e308, Double.MIN_VALUE, 1e-320, 100.0, 12.5));
				case 1 -> data.consumeDouble();
				default -> data.consumeRegularDouble(-1e6, 1e7);
			};
		}
		if (type == Integer.class) {
			return switch (data.consumeInt(0, 3)) {
				case 0 -> data.consumeInt();
				case 1 -> data.pickValue(List.of(0, -1, 2024, 1989, 2101, 32767, 32768, Integer.MAX_VALUE));
				default -> data.consumeInt(-5, 2_200);
			};
		}
		if (type == Long.class) {
			return data.consumeBoolean() ? data.consumeLong() : data.consumeLong(-5, 10_000_000_000L);
		}
		if (type == Boolean.class) {
			return data.consumeBoolean();
		}
		if (type == LocalDate.class) {
			return data.pickValue(List.of("2024-01-01", "2026-05-01", "1899-12-31", "2024-02-30", "+999999999-12-31",
					"01.01.2024", "2024-01-01T00:00:00Z", ""));
		}
		return text(data, name);
	}

	static final List<String> RULE_COLUMNS = List.of("rule_id", "kind", "name_nb", "name_en", "supply_classes",
			"supply_ewc", "demand_classes", "demand_ewc", "receiving_nace", "receiving_nb", "receiving_en",
			"replaces_nb", "replaces_en", "avoided_factor", "disposal_factor", "value_factor", "pretreatment_nb",
			"pretreatment_en", "demand_temperature_c", "max_km_truck", "max_km_rail", "max_km_ship", "max_km_pipe",
			"source", "unknown_column");

	private static String ruleValue(FuzzedDataProvider data, String column) {
		return switch (column) {
			case "rule_id" -> data.pickValue(List.of("fuzz-rule", "ash-to-cement", "Fuzz Rule", "", "x".repeat(300)));
			case "kind" -> data.pickValue(List.of("material", "heat", "energy", ""));
			case "supply_classes", "demand_classes" -> data.pickValue(List.of("ash", "ash;slag", "plutonium", ";"));
			case "supply_ewc", "demand_ewc" -> data.pickValue(List.of("10 01 01", "10 01", "10", "99 99 99", "x"));
			case "receiving_nace" -> data.pickValue(List.of("23.51", "23", "C", "99.99.9"));
			case "avoided_factor", "disposal_factor", "value_factor", "demand_temperature_c", "max_km_truck",
					"max_km_rail", "max_km_ship", "max_km_pipe" ->
				data.pickValue(List.of("0.5", "-1", "1e309", "NaN", "abc", "", "100", "0"));
			default -> data.consumeBoolean() ? data.consumeString(40) : "Fuzz";
		};
	}

	/**
	 * A text for the field: a value of its kind by its name, a near miss, or anything.
	 */
	private static String text(FuzzedDataProvider data, String name) {
		if (data.consumeInt(0, 4) == 0) {
			return data.pickValue(List.of("=1+1", "\u0000", "\uD83D\uDE00", "Æ Ø Å", "<b>x</b>", "' or 1=1 --",
					"x".repeat(5_000), " ", "", "${jndi:x}"));
		}
		List<String> values = switch (name) {
			case "parkKey", "park" -> List.of("heroya", "mo", "fuzz-park", "HERØYA", "");
			case "companyKey" -> List.of("hotmaps:741", "fuzz:company", "");
			case "streamKey" -> List.of("salts", "fuzz-stream");
			case "kind" -> List.of("industripark", "teknologipark", "absolute", "relative_change", "x");
			case "organisationModel" -> List.of("single_owner_with_facilitator", "several_owners_without_facilitator");
			case "countyNumber", "county" -> List.of("40", "03", "18", "4", "99");
			case "municipalityNumber" -> List.of("4001", "0301", "1833", "9999", "401");
			case "orgNumber" -> List.of("974760673", "974760674", "123");
			case "naceVersion" -> List.of("SN2007", "SN2025", "x");
			case "naceCode" -> List.of("24.10", "24.1", "99.99", "C");
			case "tenancyFrom", "tenancyTo", "nextFollowUp", "decidedOn" ->
				List.of("2024-01-01", "2024-02-30", "2023-12-31", "+999999999-12-31", "x");
			case "confidentiality" -> List.of("public", "park", "private", "secret");
			case "direction" -> List.of("input", "product", "side_stream", "waste", "excess_heat", "x");
			case "ewcCode" -> List.of("10 01 01", "100101", "16 01 04*", "99 99 99");
			case "materialClass" -> List.of("ash", "slag", "metal_scrap", "plutonium");
			case "heatMedium" -> List.of("steam", "hot_water", "lava");
			case "unit" -> List.of("t/yr", "MWh/yr", "m3/yr", "Nm3/yr", "kg");
			case "availability" -> List.of("continuous", "seasonal", "batch", "never");
			case "treatmentCode" -> List.of("R3", "D1", "X9");
			case "infrastructure" -> List.of("quay", "rail", "pipeline", "moon");
			case "candidateId", "candidateIds" -> List.of("s1>d2:ash-to-cement", "x", "s999999>d1:nope");
			case "state" -> List.of("idea", "assessment", "negotiation", "operation", "rejected", "x");
			case "ownerUsername" -> List.of("admin", "nobody", "");
			case "indicator" -> List.of("co2-emissions", "land-use", "symbiosis-monitoring", "nope");
			case "evidence" -> List.of("https://example.org/report.pdf", "javascript:alert(1)", "ftp://x", "doc 12");
			case "zoningStatus" -> List.of("zoned", "being_zoned", "master_plan", "x");
			case "decision" -> List.of("admitted", "rejected", "withdrawn", "x");
			default -> List.of("Fuzz", "Fuzz AS", "test");
		};
		return data.consumeInt(0, 5) == 0 ? data.consumeString(30) : data.pickValue(values);
	}

	private static List<Endpoint> endpoints() {
		Type park = no.symbiose.app.registry.RegistryInputs.ParkInput.class;
		Type company = no.symbiose.app.registry.RegistryInputs.CompanyInput.class;
		Type facts = no.symbiose.app.registry.RegistryInputs.FactsInput.class;
		Type stream = no.symbiose.app.registry.RegistryInputs.StreamInput.class;
		List<String> paging = List.of("page", "size");
		List<String> version = List.of("version");
		List<Endpoint> all = new ArrayList<>(List.of(
				new Endpoint(HttpMethod.PUT, "/api/v1/parks/{park}", List.of(), park),
				new Endpoint(HttpMethod.DELETE, "/api/v1/parks/{park}", version, null),
				new Endpoint(HttpMethod.GET, "/api/v1/companies", List.of("park", "county", "q", "page", "size"), null),
				new Endpoint(HttpMethod.PUT, "/api/v1/companies/{company}", List.of(), company),
				new Endpoint(HttpMethod.DELETE, "/api/v1/companies/{company}", version, null),
				new Endpoint(HttpMethod.GET, "/api/v1/companies/{company}/facts/{year}", List.of(), null),
				new Endpoint(HttpMethod.PUT, "/api/v1/companies/{company}/facts/{year}", List.of(), facts),
				new Endpoint(HttpMethod.DELETE, "/api/v1/companies/{company}/facts/{year}", version, null),
				new Endpoint(HttpMethod.GET, "/api/v1/companies/{company}/streams", List.of("year"), null),
				new Endpoint(HttpMethod.PUT, "/api/v1/companies/{company}/streams/{year}/{stream}", List.of(), stream),
				new Endpoint(HttpMethod.DELETE, "/api/v1/companies/{company}/streams/{year}/{stream}", version, null),
				new Endpoint(HttpMethod.GET, "/api/v1/synergies",
						List.of("state", "county", "park", "company", "page", "size"), null),
				new Endpoint(HttpMethod.POST, "/api/v1/synergies", List.of(),
						type("symbiosis.pipeline.SynergyInputs$CandidateInput")),
				new Endpoint(HttpMethod.POST, "/api/v1/synergies/from-allocation", List.of(),
						type("symbiosis.pipeline.SynergyInputs$AllocationInput")),
				new Endpoint(HttpMethod.POST, "/api/v1/synergies/{id}/state", List.of(),
						type("symbiosis.pipeline.SynergyInputs$MoveInput")),
				new Endpoint(HttpMethod.PATCH, "/api/v1/synergies/{id}", List.of(),
						type("symbiosis.pipeline.SynergyInputs$ChangeInput")),
				new Endpoint(HttpMethod.POST, "/api/v1/synergies/{id}/notes", List.of(),
						type("symbiosis.pipeline.SynergyInputs$NoteInput")),
				new Endpoint(HttpMethod.PUT, "/api/v1/synergies/{id}/realised/{year}", List.of(),
						type("symbiosis.pipeline.SynergyInputs$RealisedInput")),
				new Endpoint(HttpMethod.GET, "/api/v1/goals/entries",
						List.of("level", "park", "county", "indicator", "year", "page", "size"), null),
				new Endpoint(HttpMethod.POST, "/api/v1/goals/entries", List.of(),
						type("goals.GoalEntriesApiController$EntryBody")),
				new Endpoint(HttpMethod.PUT, "/api/v1/goals/entries/{id}", List.of(),
						type("goals.GoalEntriesApiController$EntryBody")),
				new Endpoint(HttpMethod.DELETE, "/api/v1/goals/entries/{id}", version, null),
				new Endpoint(HttpMethod.PUT, "/api/v1/goals/parks/{park}/targets/{indicator}", List.of(),
						type("goals.ParkTargets$TargetInput")),
				new Endpoint(HttpMethod.POST, "/api/v1/symbiosis/rules", List.of(), rulesType()),
				new Endpoint(HttpMethod.DELETE, "/api/v1/symbiosis/rules/{rule}", List.of(), null),
				new Endpoint(HttpMethod.GET, "/api/v1/symbiosis/candidates",
						List.of("company", "park", "county", "rule", "kind", "minNetTonnesCo2e", "sort", "page",
								"size"),
						null),
				new Endpoint(HttpMethod.POST, "/api/v1/accounts/land/plots", List.of("park"),
						type("accounting.land.LandPlots$PlotInput")),
				new Endpoint(HttpMethod.PUT, "/api/v1/accounts/land/plots/{id}", version,
						type("accounting.land.LandPlots$PlotInput")),
				new Endpoint(HttpMethod.POST, "/api/v1/programme/parks/{park}/decisions", List.of(),
						type("programme.ProgrammeDecisions$DecisionInput"))));
		return List.copyOf(all);
	}

	private static Type rulesType() {
		try {
			return JsonApiFuzzTest.class.getDeclaredField("RULES").getGenericType();
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Only its type is used: the body of a new rule. */
	static final Map<String, String> RULES = Map.of();

	/** A request record of another feature, by its name under {@code no.symbiose.app}. */
	private static Type type(String name) {
		try {
			return Class.forName("no.symbiose.app." + name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("The fuzz test names a request record that no longer exists: " + name, ex);
		}
	}

}
