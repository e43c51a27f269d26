package no.symbiose.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import no.symbiose.engine.registry.Company;
import no.symbiose.engine.registry.Park;
import no.symbiose.engine.registry.Tenancy;

/**
 * Loads the synthetic national data set into a running Symbiose through its import API,
 * so every row passes the same validation as a user's file, and prepares the users and
 * key lists of the load test ({@code load/}, {@code docs/benchmarks.md}).
 * <ol>
 * <li>generates {@link NationalDataSet} and writes its import files
 * ({@link NationalCsv});</li>
 * <li>creates the load users in {@code app_user} over JDBC on the app's embedded
 * PostgreSQL (the app has no command or page that creates password users outside demo
 * mode, so this is the one raw-SQL step): {@code load-admin} (national administrator, who
 * imports), one county officer per county, one facilitator per park and
 * {@link #REPORTERS} company reporters spread over the companies, all with the same
 * password;</li>
 * <li>imports parks, companies, yearly facts and streams in that order with {@code POST
 * /api/v1/import/{table}} as {@code load-admin} (HTTP Basic), timing each;</li>
 * <li>counts the rows in the database and compares them with the data set: any difference
 * fails the command (exit 1);</li>
 * <li>writes {@code load-users.csv}, {@code load-parks.csv} and
 * {@code load-companies.csv}, which the Gatling simulation reads.</li>
 * </ol>
 * The app must run on the embedded database with a fixed port for it, e.g.
 * {@code java -jar app/target/symbiose.jar --symbiose.data-dir=target/national
 * --symbiose.demo=false --symbiose.embedded-postgres.port=15432 --server.port=18080}.
 * Then, from the repository root:
 *
 * <pre>
 * java -cp "bench/target/classes:engine/target/classes:$(cat bench/target/classpath.txt)" \
 *   no.symbiose.bench.NationalLoad --url http://localhost:18080 --db-port 15432 --out target/national-csv \
 *   [--seed 20261123] [--parks 300] [--companies 20000] [--years 10] [--streams 500000] [--password load]
 * </pre>
 */
public final class NationalLoad {

	/** Company reporters created, at most one per company, spread evenly. */
	static final int REPORTERS = 500;

	static final String ADMIN = "load-admin";

	/** The order of the import: each table refers to the ones before. */
	static final List<String> TABLES = List.of("parks", "companies", "yearly_facts", "streams");

	private NationalLoad() {
	}

	/** A user of the load test; park and company are keys, county a number. */
	record LoadUser(String username, String role, @Nullable String county, @Nullable String park,
			@Nullable String company) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		URI url = URI.create(options.getOrDefault("url", "http://localhost:18080").replaceFirst("/$", ""));
		int dbPort = Integer.parseInt(options.getOrDefault("db-port", "15432"));
		Path out = Path.of(options.getOrDefault("out", "target/national-csv"));
		String password = options.getOrDefault("password", "load");
		long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
		int parks = Integer.parseInt(options.getOrDefault("parks", "300"));
		int companies = Integer.parseInt(options.getOrDefault("companies", "20000"));
		int years = Integer.parseInt(options.getOrDefault("years", "10"));
		int streams = Integer.parseInt(options.getOrDefault("streams", "500000"));

		long start = System.nanoTime();
		NationalDataSet set = NationalDataSet.generate(seed, parks, companies, years, streams);
		System.out.printf("%s generated in %.1f s%n", set, seconds(start));
		start = System.nanoTime();
		NationalCsv.write(set, out);
		System.out.printf("import files written to %s in %.1f s%n", out, seconds(start));

		List<LoadUser> users = users(set, REPORTERS);
		String jdbcUrl = "jdbc:postgresql://localhost:%d/postgres".formatted(dbPort);
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
			createUsers(db, List.of(new LoadUser(ADMIN, "national_admin", null, null, null)), hash);

			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			String basic = "Basic "
					+ Base64.getEncoder().encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
			long all = System.nanoTime();
			for (String table : TABLES) {
				Path file = out.resolve(table + ".csv");
				long one = System.nanoTime();
				HttpResponse<String> response = http.send(upload(url, table, file, basic),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					System.err.printf("import of %s answered %d: %.2000s%n", file, response.statusCode(),
							response.body());
					System.exit(1);
				}
				System.out.printf("imported %-18s %8.1f s  %,d bytes  %s%n", table + ".csv", seconds(one),
						Files.size(file), response.body());
			}
			System.out.printf("import of all four files: %.1f s%n", seconds(all));

			createUsers(db, users, hash);
			Map<String, Long> expected = expectedCounts(set);
			Map<String, Long> actual = counts(db, expected.keySet());
			System.out.println("rows in the database (expected): " + describe(actual, expected));
			writeFeeders(set, users, out);
			System.out.printf("%d load users (password \"%s\") and key lists written to %s%n", users.size() + 1,
					password, out);
			if (!actual.equals(expected)) {
				System.err.println("row counts differ from the data set");
				System.exit(1);
			}
		}
	}

	/**
	 * The load users of a data set: a county officer per county that has a park, a
	 * facilitator per park, and up to {@code reporters} company reporters for companies
	 * spread evenly over the list.
	 */
	static List<LoadUser> users(NationalDataSet set, int reporters) {
		List<LoadUser> users = new ArrayList<>();
		TreeSet<String> counties = new TreeSet<>();
		for (Park park : set.parks()) {
			counties.add(park.county().value());
		}
		for (String county : counties) {
			users.add(new LoadUser("load-fylke-" + county, "county_officer", county, null, null));
		}
		for (Park park : set.parks()) {
			users.add(new LoadUser("load-fasilitator-" + park.key().value(), "park_facilitator", null,
					park.key().value(), null));
		}
		int count = Math.min(reporters, set.companies().size());
		for (int i = 0; i < count; i++) {
			Company company = set.companies().get((int) ((long) i * set.companies().size() / count));
			users.add(new LoadUser("load-rapportor-" + company.key().value().replace(':', '-'), "company_reporter",
					null, null, company.key().value()));
		}
		return users;
	}

	/**
	 * Inserts the users that do not exist yet; existing usernames are left as they are.
	 */
	private static void createUsers(Connection db, List<LoadUser> users, String passwordHash) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement("""
				insert into app_user (username, password_hash, display_name, role, county_number, park_id, company_id)
				values (?, ?, ?, ?, ?, (select id from park where park_key = ?),
				        (select id from company where company_key = ?))
				on conflict (username) do nothing""")) {
			for (LoadUser user : users) {
				insert.setString(1, user.username());
				insert.setString(2, passwordHash);
				insert.setString(3, "Lasttest " + user.username());
				insert.setString(4, user.role());
				insert.setString(5, user.county());
				insert.setString(6, user.park());
				insert.setString(7, user.company());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static HttpRequest upload(URI url, String table, Path file, String basic) throws IOException {
		String boundary = "symbiose-" + UUID.randomUUID();
		String head = "--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\nContent-Type: text/csv\r\n\r\n"
			.formatted(boundary, file.getFileName());
		String tail = "\r\n--%s--\r\n".formatted(boundary);
		return HttpRequest.newBuilder(URI.create(url + "/api/v1/import/" + table))
			.header("Authorization", basic)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
			.build();
	}

	/** The rows each table must hold after the import into an empty database. */
	static Map<String, Long> expectedCounts(NationalDataSet set) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("park", (long) set.parks().size());
		counts.put("company", (long) set.companies().size());
		counts.put("tenancy", (long) set.tenancies().size());
		counts.put("yearly_facts", (long) set.facts().size());
		counts.put("stream", (long) set.streams().size());
		return counts;
	}

	private static Map<String, Long> counts(Connection db, Iterable<String> tables) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Statement statement = db.createStatement()) {
			for (String table : tables) {
				try (var rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private static String describe(Map<String, Long> actual, Map<String, Long> expected) {
		StringBuilder text = new StringBuilder();
		actual.forEach((table, count) -> text.append(text.isEmpty() ? "" : ", ")
			.append("%s %,d (%,d)".formatted(table, count, expected.get(table))));
		return text.toString();
	}

	/**
	 * The simulation's key lists: {@code load-users.csv} (username, role, county, park,
	 * company), {@code load-parks.csv} (park, county), {@code load-companies.csv}
	 * (company, park, county); keys never contain a comma, so no quoting.
	 */
	static void writeFeeders(NationalDataSet set, List<LoadUser> users, Path directory) throws IOException {
		Map<String, String> countyOfPark = new HashMap<>();
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("load-parks.csv"))) {
			out.write("park,county\n");
			for (Park park : set.parks()) {
				countyOfPark.put(park.key().value(), park.county().value());
				out.write(park.key().value() + "," + park.county().value() + "\n");
			}
		}
		Map<String, String> parkOf = new HashMap<>();
		for (Tenancy tenancy : set.tenancies()) {
			parkOf.put(tenancy.company().value(), tenancy.park().value());
		}
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("load-companies.csv"))) {
			out.write("company,park,county\n");
			for (Company company : set.companies()) {
				String park = parkOf.get(company.key().value());
				out.write(company.key().value() + "," + (park == null ? "" : park) + ","
						+ (park == null ? "" : countyOfPark.get(park)) + "\n");
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("load-users.csv"))) {
			out.write("username,role,county,park,company\n");
			for (LoadUser user : users) {
				out.write(String.join(",", user.username(), user.role(), orEmpty(user.county()), orEmpty(user.park()),
						orEmpty(user.company())) + "\n");
			}
		}
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
