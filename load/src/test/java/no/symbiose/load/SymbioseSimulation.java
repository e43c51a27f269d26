package no.symbiose.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Users of every role on a running Symbiose loaded with the national data set (bench's
 * {@code NationalLoad}; {@code docs/benchmarks.md}). Five populations, each a share of
 * {@code -Dusers} (default 50): anonymous visitors (dashboards, accounts, park pages),
 * county officers, park facilitators and company reporters (form login with the CSRF
 * token, then pages; reporters also read their company over the API and now and then
 * import a stream of it), and API clients (the national administrator over HTTP Basic:
 * companies, company accounts, symbiosis candidates, goal follow-up). Users arrive evenly
 * over {@code -Dramp} seconds and each works for {@code -Dhold} seconds with a think time
 * of 1–3 s between requests, so all are busy at once from the end of the ramp to
 * {@code hold}; the run stops at the latest {@code ramp + hold + 60} s.
 * <p>
 * Each request sits in a group (dashboards, accounts, parks, companies, api, import,
 * login), which the report lists apart. The run fails unless no request failed and the
 * 95th percentile of all response times is under {@code -Dp95} ms (default 300).
 */
public class SymbioseSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:18080");

	private static final Path DATA = Path.of(System.getProperty("data", "../target/national-csv")).toAbsolutePath();

	private static final int USERS = Integer.getInteger("users", 50);

	private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("ramp", 30));

	private static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("hold", 240));

	private static final String PASSWORD = System.getProperty("password", "load");

	private static final int P95_MS = Integer.getInteger("p95", 300);

	/** Percent of a reporter's actions that import a stream of their company. */
	private static final double IMPORT_PERCENT = Double.parseDouble(System.getProperty("importPercent", "4"));

	/** The year reporters import; the data set's last year. */
	private static final int IMPORT_YEAR = Integer.getInteger("importYear", 2024);

	private static final long SEED = Long.getLong("seed", 20261207L);

	private static final Duration THINK_MIN = Duration.ofMillis(1000);

	private static final Duration THINK_MAX = Duration.ofMillis(3000);

	private final LoadData data = LoadData.read(DATA, SEED);

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptLanguageHeader("nb")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("Symbiose load test (Gatling)")
		.shareConnections();

	/** Form login: the login page's CSRF token, then the form; success redirects away. */
	private static ChainBuilder formLogin() {
		return group("login").on(exec(http("login page").get("/login")
			.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http("login").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.disableFollowRedirect()
				.check(status().is(302),
						header("Location").transform(location -> location.contains("/login")).is(false))));
	}

	private static ChainBuilder page(String group, String name, String path) {
		return group(group).on(exec(http(name).get(path).header("Accept", "text/html").check(status().is(200))));
	}

	/** An API read as the session's user, HTTP Basic on every request. */
	private static ChainBuilder api(String name, String path) {
		return group("api").on(exec(http(name).get(path)
			.header("Accept", "application/json")
			.basicAuth("#{username}", PASSWORD)
			.check(status().is(200))));
	}

	private ScenarioBuilder visitors() {
		return scenario("visitors").exec(
				during(HOLD)
					.on(exec(feedVisit())
						.exec(randomSwitch().on(percent(20).then(page("dashboards", "/mal", "/mal")),
								percent(20).then(page("dashboards", "/mal/fylke/{nr}", "/mal/fylke/#{visit_county}")),
								percent(15).then(page("accounts", "/regnskap", "/regnskap")),
								percent(15).then(page("accounts", "/regnskap/klima?fylke",
										"/regnskap/klima?fylke=#{visit_county}")),
								percent(30).then(page("parks", "/parks/{key}", "/parks/#{visit_park}"))))
						.pause(THINK_MIN, THINK_MAX)));
	}

	private ScenarioBuilder countyOfficers() {
		return scenario("county officers").feed(this.data.circular("county_officer"))
			.exec(formLogin())
			.exec(during(HOLD).on(exec(feedVisit())
				.exec(randomSwitch().on(percent(30).then(page("dashboards", "/mal/fylke/{nr}", "/mal/fylke/#{county}")),
						percent(20).then(page("accounts", "/regnskap/klima?fylke", "/regnskap/klima?fylke=#{county}")),
						percent(10)
							.then(page("accounts", "/regnskap/energi?fylke", "/regnskap/energi?fylke=#{county}")),
						percent(20).then(page("parks", "/parks/{key}", "/parks/#{visit_park}")),
						percent(20).then(page("companies", "/companies/{key}", "/companies/#{visit_company}"))))
				.pause(THINK_MIN, THINK_MAX)));
	}

	private ScenarioBuilder facilitators() {
		return scenario("park facilitators").feed(this.data.circular("park_facilitator"))
			.exec(formLogin())
			.exec(during(
					HOLD)
				.on(exec(feedVisit())
					.exec(randomSwitch().on(
							percent(30).then(page("dashboards", "/mal/park/{park}", "/mal/park/#{park}")),
							percent(20).then(page("parks", "/parks/{key}", "/parks/#{park}")),
							percent(20).then(page("accounts", "/regnskap?park", "/regnskap?park=#{park}")),
							percent(30).then(page("companies", "/companies/{key}", "/companies/#{visit_company}"))))
					.pause(THINK_MIN, THINK_MAX)));
	}

	private ScenarioBuilder reporters() {
		double rest = 100 - IMPORT_PERCENT;
		return scenario("company reporters").feed(this.data.circular("company_reporter"))
			.exec(formLogin())
			.exec(during(HOLD)
				.on(randomSwitch()
					.on(percent(rest * 0.30).then(page("companies", "/companies/{key}", "/companies/#{company}")),
							percent(rest * 0.20)
								.then(page("accounts", "/regnskap/bedrift/{key}", "/regnskap/bedrift/#{company}")),
							percent(rest * 0.25).then(api("/api/v1/companies/{key}", "/api/v1/companies/#{company}")),
							percent(rest * 0.25)
								.then(api("/api/v1/accounts/companies/{key}", "/api/v1/accounts/companies/#{company}")),
							percent(IMPORT_PERCENT).then(importStream()))
					.pause(THINK_MIN, THINK_MAX)));
	}

	/** The reporter's company's heat stream, a new quantity each time, over the API. */
	private static ChainBuilder importStream() {
		SplittableRandom random = new SplittableRandom(SEED);
		return exec(session -> session.set("stream_file",
				LoadData.streamFile(session.getString("company"), IMPORT_YEAR, 100 + nextDouble(random) * 4900)))
			.exec(group("import").on(exec(http("/api/v1/import/streams").post("/api/v1/import/streams")
				.header("Accept", "application/json")
				.basicAuth("#{username}", PASSWORD)
				.bodyPart(StringBodyPart("file", "#{stream_file}").fileName("streams.csv").contentType("text/csv"))
				.asMultipartForm()
				.check(status().is(200), jsonPath("$.rows").ofInt().is(1)))));
	}

	private static synchronized double nextDouble(SplittableRandom random) {
		return random.nextDouble();
	}

	private ScenarioBuilder apiClients() {
		return scenario("API clients").exec(session -> session.set("username", "load-admin"))
			.exec(during(HOLD).on(
					exec(feedVisit())
						.exec(randomSwitch().on(
								percent(30).then(api("/api/v1/companies/{key}", "/api/v1/companies/#{visit_company}")),
								percent(30).then(api("/api/v1/accounts/companies/{key}",
										"/api/v1/accounts/companies/#{visit_company}")),
								percent(20).then(api("/api/v1/symbiosis/candidates?company",
										"/api/v1/symbiosis/candidates?company=#{visit_company}&size=10")),
								percent(20).then(api("/api/v1/goals/follow-up?county",
										"/api/v1/goals/follow-up?county=#{visit_county}"))))
						.pause(THINK_MIN, THINK_MAX)));
	}

	private int streamNumber;

	/** A random park (with its county) and a random company, prefixed {@code visit_}. */
	private ChainBuilder feedVisit() {
		var parks = this.data.random(this.data.parks(), "visit_", ++this.streamNumber).get();
		var companies = this.data.random(this.data.companies(), "visit_", ++this.streamNumber).get();
		return exec(session -> {
			synchronized (parks) {
				session = session.setAll(parks.next());
			}
			synchronized (companies) {
				return session.setAll(companies.next());
			}
		});
	}

	/** Shares of the users: visitors take what the others leave. */
	private List<PopulationBuilder> populations() {
		int county = Math.max(1, Math.round(USERS * 0.10f));
		int facilitators = Math.max(1, Math.round(USERS * 0.16f));
		int reporters = Math.max(1, Math.round(USERS * 0.20f));
		int apiClients = Math.max(1, Math.round(USERS * 0.14f));
		int visitors = Math.max(1, USERS - county - facilitators - reporters - apiClients);
		List<PopulationBuilder> populations = new ArrayList<>();
		populations.add(visitors().injectOpen(rampUsers(visitors).during(RAMP)));
		populations.add(countyOfficers().injectOpen(rampUsers(county).during(RAMP)));
		populations.add(facilitators().injectOpen(rampUsers(facilitators).during(RAMP)));
		populations.add(reporters().injectOpen(rampUsers(reporters).during(RAMP)));
		populations.add(apiClients().injectOpen(rampUsers(apiClients).during(RAMP)));
		System.out.printf(
				"load test: %d visitors, %d county officers, %d facilitators, %d reporters, %d API clients"
						+ " on %s, ramp %s, hold %s, data %s%n",
				visitors, county, facilitators, reporters, apiClients, BASE_URL, RAMP, HOLD, DATA);
		return populations;
	}

	{
		List<Assertion> assertions = List.of(global().failedRequests().count().is(0L),
				global().responseTime().percentile(95.0).lt(P95_MS));
		setUp(populations()).protocols(this.protocol)
			.assertions(assertions)
			.maxDuration(RAMP.plus(HOLD).plusSeconds(60));
	}

}
