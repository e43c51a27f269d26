package no.symbiose.app.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a crash does to a large write: the application runs in its own JVM on the embedded
 * PostgreSQL with a data directory that survives, as installed. While it imports 60 000
 * stream rows, and later while it saves an allocation of 800 synergies, the JVM and every
 * PostgreSQL process are killed with SIGKILL (no shutdown hook, no checkpoint). The
 * moment is chosen from outside, by watching the table's id sequence (which moves even
 * inside an uncommitted transaction): when half of the rows have been written. After a
 * restart, which runs PostgreSQL's crash recovery, the database holds all of the write or
 * none of it, and everything committed before is still there.
 */
class CrashConsistencyTest {

	static final int COMPANIES = 60;

	static final int STREAMS_PER_COMPANY = 1_000;

	static final int STREAM_ROWS = COMPANIES * STREAMS_PER_COMPANY;

	static final int SYNERGIES = 800;

	@TempDir
	Path dir;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopWhatIsLeft() {
		this.started.forEach(this::killEverything);
	}

	@Test
	void aKilledImportAndAKilledAllocationLeaveAllOrNothing() throws Exception {
		Path dataDir = this.dir.resolve("data");
		int postgresPort = freePort();
		long t0 = System.nanoTime();

		// an installation with the demo data and 60 companies, committed
		App app = start(dataDir, postgresPort);
		long firstStartMillis = millisSince(t0);
		assertThat(app.importCsv("companies", companiesCsv()).statusCode()).isEqualTo(200);

		// a crash in the middle of importing 60 000 stream rows
		long before = sequence(postgresPort, "stream_id_seq");
		long importStart = System.nanoTime();
		CompletableFuture<HttpResponse<String>> importing = app.importCsvAsync("streams", streamsCsv());
		long reached = awaitSequence(postgresPort, "stream_id_seq", before + STREAM_ROWS / 2, importing);
		kill(app);
		long importKilledAfterMillis = millisSince(importStart);
		assertThat(importing.isDone() && !importing.isCompletedExceptionally())
			.as("the import answered before the crash, so the crash was not in its middle")
			.isFalse();

		long t1 = System.nanoTime();
		app = start(dataDir, postgresPort);
		long restartMillis = millisSince(t1);
		long companies = count(postgresPort, "select count(*) from company where company_key like 'crash:%'");
		long streams = count(postgresPort,
				"select count(*) from stream s join company c on c.id = s.company_id where c.company_key like 'crash:%'");
		System.out.printf("CRASH IMPORT: killed after %d ms with the stream id sequence %d rows in; after the"
				+ " restart %d of %d rows%n", importKilledAfterMillis, reached - before, streams, STREAM_ROWS);
		assertThat(companies).as("companies committed before the crash").isEqualTo(COMPANIES);
		assertThat(streams).as("stream rows after a crash in the middle of the import: all or none")
			.isIn(0L, (long) STREAM_ROWS);

		// a crash in the middle of saving an allocation of 800 synergies
		assertThat(app.importCsv("streams", streamsCsv(SYNERGIES)).statusCode()).isEqualTo(200);
		List<Long> offers = ids(postgresPort, "select s.id from stream s join company c on c.id = s.company_id"
				+ " where c.company_key like 'crash:%' and s.stream_key like 'a%' order by s.id");
		long demandCompany = ids(postgresPort, "select id from company where company_key = 'crash:c0001'").get(0);
		assertThat(offers).hasSize(SYNERGIES);
		String allocation = offers.stream()
			.map(id -> "\"s" + id + ">c" + demandCompany + ":crash-test\"")
			.collect(Collectors.joining(",", "{\"candidateIds\": [", "]}"));
		long synergiesBefore = sequence(postgresPort, "synergy_id_seq");
		long saveStart = System.nanoTime();
		CompletableFuture<HttpResponse<String>> saving = app.postJsonAsync("/api/v1/synergies/from-allocation",
				allocation);
		long synergiesReached = awaitSequence(postgresPort, "synergy_id_seq", synergiesBefore + SYNERGIES / 2, saving);
		kill(app);
		long saveKilledAfterMillis = millisSince(saveStart);
		assertThat(saving.isDone() && !saving.isCompletedExceptionally())
			.as("the allocation was saved before the crash, so the crash was not in its middle")
			.isFalse();

		// restart the database alone: its crash recovery is what decides
		long t2 = System.nanoTime();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setPort(postgresPort)
			.start()) {
			long recoveryMillis = millisSince(t2);
			long synergies = count(postgresPort, "select count(*) from synergy where rule_id = 'crash-test'");
			long events = count(postgresPort, "select count(*) from synergy_event e join synergy s on s.id ="
					+ " e.synergy_id where s.rule_id = 'crash-test'");
			long offersKept = count(postgresPort, "select count(*) from stream where id in ("
					+ offers.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
			System.out.printf(
					"CRASH ALLOCATION: killed after %d ms with the synergy id sequence %d rows in; after"
							+ " the restart %d of %d synergies, %d events%n",
					saveKilledAfterMillis, synergiesReached - synergiesBefore, synergies, SYNERGIES, events);
			System.out.printf(
					"CRASH TIMINGS: first start %d ms, restart after the crash %d ms, database recovery"
							+ " %d ms, whole test %d ms%n",
					firstStartMillis, restartMillis, recoveryMillis, millisSince(t0));
			assertThat(offersKept).as("streams committed before the crash").isEqualTo(SYNERGIES);
			assertThat(synergies).as("synergies after a crash in the middle of saving the allocation: all or none")
				.isIn(0L, (long) SYNERGIES);
			assertThat(events).as("each synergy kept has its created event").isEqualTo(synergies);
		}
	}

	/** The application in its own JVM, on the embedded PostgreSQL in {@code dataDir}. */
	App start(Path dataDir, int postgresPort) throws Exception {
		int httpPort = freePort();
		Path log = this.dir.resolve("app-" + this.started.size() + ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), "no.symbiose.app.SymbioseApplication",
				"--server.port=" + httpPort, "--symbiose.data-dir=" + dataDir,
				"--symbiose.embedded-postgres.port=" + postgresPort, "--symbiose.demo=true")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		this.started.add(process);
		App app = new App(process, httpPort, dataDir);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("The application stopped at start:\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(app.uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return app;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The application did not start in 180 s:\n" + Files.readString(log));
	}

	/**
	 * SIGKILL for the JVM and every PostgreSQL process, collected first so that they die
	 * together, as in a power cut; PostgreSQL runs detached from the JVM (pg_ctl), so it
	 * is found by its {@code postmaster.pid}.
	 */
	void kill(App app) throws Exception {
		List<ProcessHandle> victims = new ArrayList<>();
		Path pidFile = app.dataDir().resolve("postgres").resolve("postmaster.pid");
		if (Files.exists(pidFile)) {
			long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
			ProcessHandle.of(postmaster).ifPresent(p -> {
				victims.add(p);
				p.descendants().forEach(victims::add);
			});
		}
		victims.add(app.process().toHandle());
		app.process().toHandle().descendants().forEach(victims::add);
		victims.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle victim : victims) {
			victim.onExit().get(30, TimeUnit.SECONDS);
		}
		this.started.remove(app.process());
	}

	void killEverything(Process process) {
		process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
	}

	/**
	 * Waits until the sequence has reached {@code target}; fails if the write answered
	 * first.
	 */
	static long awaitSequence(int postgresPort, String sequence, long target,
			CompletableFuture<HttpResponse<String>> write) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		try (Connection connection = connect(postgresPort); Statement statement = connection.createStatement()) {
			while (System.nanoTime() < deadline) {
				try (ResultSet rs = statement.executeQuery("select last_value from " + sequence)) {
					rs.next();
					if (rs.getLong(1) >= target) {
						return rs.getLong(1);
					}
				}
				if (write.isDone()) {
					throw new AssertionError("The write ended before " + sequence + " reached " + target + ": "
							+ write.get().statusCode() + " " + write.get().body());
				}
				Thread.sleep(2);
			}
		}
		throw new AssertionError(sequence + " did not reach " + target + " in 120 s");
	}

	static long sequence(int postgresPort, String sequence) throws SQLException {
		return count(postgresPort, "select last_value from " + sequence);
	}

	static long count(int postgresPort, String sql) throws SQLException {
		return ids(postgresPort, sql).get(0);
	}

	static List<Long> ids(int postgresPort, String sql) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = connect(postgresPort);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	static Connection connect(int postgresPort) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres", "");
	}

	static String companiesCsv() {
		StringBuilder csv = new StringBuilder("company_key,name\n");
		for (int c = 0; c < COMPANIES; c++) {
			csv.append("crash:c%04d,Crash company %d%n".formatted(c, c));
		}
		return csv.toString();
	}

	/** 60 000 rows: 1 000 streams of each company. */
	static String streamsCsv() {
		StringBuilder csv = new StringBuilder(streamsHeader());
		for (int c = 0; c < COMPANIES; c++) {
			for (int s = 0; s < STREAMS_PER_COMPANY; s++) {
				csv.append(streamRow(c, "s%04d".formatted(s), s));
			}
		}
		return csv.toString();
	}

	/** {@code rows} offered streams, keys {@code a...}, spread over the companies. */
	static String streamsCsv(int rows) {
		StringBuilder csv = new StringBuilder(streamsHeader());
		for (int s = 0; s < rows; s++) {
			csv.append(streamRow(s % COMPANIES, "a%04d".formatted(s), s));
		}
		return csv.toString();
	}

	static String streamsHeader() {
		return "company_key,year,stream_key,direction,name,ewc_code,material_class,heat_medium,temperature_c,"
				+ "quantity,unit,availability,available_months,treatment_code,destination,confidentiality,source\n";
	}

	static String streamRow(int company, String key, int n) {
		return "crash:c%04d,2024,%s,side_stream,Side stream %d,,slag,,,%d.5,t/yr,seasonal,5-9,R5,,park,generated%n"
			.formatted(company, key, n, n);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	/** The running application: its JVM, HTTP port and data directory. */
	record App(Process process, int httpPort, Path dataDir) {

		static final String AUTHORIZATION = "Basic "
				+ Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

		static final HttpClient HTTP = HttpClient.newHttpClient();

		URI uri(String path) {
			return URI.create("http://localhost:" + this.httpPort + path);
		}

		HttpResponse<String> importCsv(String table, String csv) throws Exception {
			return importCsvAsync(table, csv).get(120, TimeUnit.SECONDS);
		}

		CompletableFuture<HttpResponse<String>> importCsvAsync(String table, String csv) {
			String boundary = "crash-test-boundary";
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + table
					+ ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
			return HTTP.sendAsync(HttpRequest.newBuilder(uri("/api/v1/import/" + table))
				.header("Authorization", AUTHORIZATION)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		CompletableFuture<HttpResponse<String>> postJsonAsync(String path, String json) {
			return HTTP.sendAsync(HttpRequest.newBuilder(uri(path))
				.header("Authorization", AUTHORIZATION)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
