package no.symbiose.app.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Backup and restore through the commands, as an operator runs them: the demo data plus
 * synergies (saved from an allocation, with a note full of characters COPY must escape),
 * a park target and a realised quantity are backed up from the application's database (as
 * an external one, by {@code spring.datasource.url}) and restored into the embedded
 * default database of a new data directory; then every table holds exactly the same rows
 * and every sequence the same value. A damaged archive and a database that is not empty
 * are refused and change nothing.
 */
@IntegrationTest
class BackupRestoreTest {

	static final String AWKWARD_NOTE = "tab\there, newline\nthere, backslash \\N \\. and æøå ÆØÅ — \"quoted\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@TempDir
	Path dir;

	String admin;

	@BeforeEach
	void moreThanDemoData() throws Exception {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		this.admin = registry.admin();
		Row park = registry.aPark();
		Row smelter = registry.aTenantOf(park);
		Row cementWorks = registry.aTenantOf(park);
		List<String> candidates = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long offer = this.jdbc
				.sql("""
						insert into stream (company_id, year, stream_key, direction, name, ewc_code, material_class, quantity,
						unit, confidentiality)
						values (:c, 2024, :key, 'waste', :name, '100202', 'slag', 500.25, 't/yr', 'private') returning id""")
				.param("c", smelter.id())
				.param("key", RegistryFixtures.unique("s-"))
				.param("name", "Slagg " + i)
				.query(Long.class)
				.single();
			candidates.add("s" + offer + ">c" + cementWorks.id() + ":slag-to-cement");
		}
		this.mvc
			.perform(as(post("/api/v1/synergies/from-allocation"))
				.content("{\"candidateIds\": [\"" + String.join("\", \"", candidates) + "\"]}"))
			.andExpect(status().isCreated());
		long synergy = this.jdbc.sql("select max(id) from synergy").query(Long.class).single();
		this.mvc.perform(as(post("/api/v1/synergies/" + synergy + "/notes")).content("{\"text\": \""
				+ AWKWARD_NOTE.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n")
				+ "\"}"))
			.andExpect(status().is2xxSuccessful());
		this.mvc
			.perform(as(put("/api/v1/goals/parks/" + park.key() + "/targets/land-use"))
				.content("{\"kind\": \"absolute\", \"value\": 93, \"baselineYear\": 2024, \"baselineValue\": 81}"))
			.andExpect(status().isOk());
		this.jdbc.sql("update synergy set state = 'in_operation' where id = :id").param("id", synergy).update();
		this.jdbc.sql(
				"insert into synergy_realised (synergy_id, year, quantity, unit, source) values (:id, 2025, 0.1, 't/yr', null)")
			.param("id", synergy)
			.update();
		assertThat(this.jdbc.sql("select note from synergy_event where synergy_id = :id and kind = 'note'")
			.param("id", synergy)
			.query(String.class)
			.single()).as("the awkward note is stored as sent").isEqualTo(AWKWARD_NOTE);
	}

	@Test
	void aBackupRestoredIntoANewEmbeddedDatabaseHoldsEveryRowAndSequence() throws Exception {
		Path backup = this.dir.resolve("symbiose-backup.zip");
		Path dataDir = this.dir.resolve("restored");

		Command backedUp = command("backup", "--to", backup.toString(), "--spring.datasource.url=" + jdbcUrl(),
				"--spring.datasource.username=postgres");
		assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
		Map<String, String> source = contents(this.dataSource);
		assertThat(backedUp.out()).contains("Backed up " + totalRows(source) + " rows of "
				+ (source.size() - countSequences(source)) + " tables (schema version " + latestVersion() + ")");

		Command restored = command("restore", "--from", backup.toString(), "--symbiose.data-dir=" + dataDir);
		assertThat(restored.exitCode()).as(restored.err()).isZero();
		assertThat(restored.out()).contains("Restored " + totalRows(source) + " rows");

		Command again = command("restore", "--from", backup.toString(), "--symbiose.data-dir=" + dataDir);
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.err()).contains("Restore needs an empty database").contains("nothing was changed");

		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.start()) {
			Map<String, String> target = contents(postgres.getPostgresDatabase());
			assertThat(target.keySet()).containsExactlyElementsOf(source.keySet());
			assertThat(target).isEqualTo(source);
			String awkwardNotes = "select count(*) from synergy_event where note = :note";
			assertThat(JdbcClient.create(postgres.getPostgresDatabase())
				.sql(awkwardNotes)
				.param("note", AWKWARD_NOTE)
				.query(Long.class)
				.single()).isPositive()
				.isEqualTo(this.jdbc.sql(awkwardNotes).param("note", AWKWARD_NOTE).query(Long.class).single());
			assertThat(JdbcClient.create(postgres.getPostgresDatabase())
				.sql("select version from flyway_schema_history where success order by installed_rank desc limit 1")
				.query(String.class)
				.single()).isEqualTo(latestVersion());
		}
	}

	@Test
	void aDamagedArchiveIsRefusedBeforeAnythingIsWritten() throws Exception {
		DatabaseBackup source = new DatabaseBackup(this.dataSource, this.flyway);
		Path backup = this.dir.resolve("backup.zip");
		source.backup(backup);
		Path tampered = this.dir.resolve("tampered.zip");
		rewrite(backup, tampered, "data/park.copy", text -> text.replaceFirst("Herøya", "Herøyo"));
		Path newerVersion = this.dir.resolve("newer.zip");
		rewrite(backup, newerVersion, DatabaseBackup.MANIFEST,
				text -> text.replaceFirst("schema_version=.*", "schema_version=999"));

		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource empty = postgres.getPostgresDatabase();
			DatabaseBackup target = new DatabaseBackup(empty,
					Flyway.configure().configuration(this.flyway.getConfiguration()).dataSource(empty).load());

			assertThatThrownBy(() -> target.restore(tampered)).isInstanceOf(DatabaseBackup.BackupException.class)
				.hasMessageStartingWith("The backup is damaged: data/park.copy has SHA-256");
			assertThatThrownBy(() -> target.restore(newerVersion)).isInstanceOf(DatabaseBackup.BackupException.class)
				.hasMessageContaining("schema version 999, which this version of Symbiose does not have");
			assertThat(contents(empty)).as("no table, no sequence").isEmpty();
		}
		Map<String, String> before = contents(this.dataSource);
		assertThatThrownBy(() -> source.restore(backup)).isInstanceOf(DatabaseBackup.BackupException.class)
			.hasMessageStartingWith("Restore needs an empty database");
		assertThat(contents(this.dataSource)).isEqualTo(before);
	}

	@Test
	void aLoadThatFailsHalfwayKeepsNothingAndLeavesTheDatabaseEmptyForAnotherAttempt() throws Exception {
		Path backup = this.dir.resolve("backup.zip");
		new DatabaseBackup(this.dataSource, this.flyway).backup(backup);
		Map<String, String> source = contents(this.dataSource);
		// one event fewer than the manifest counts, with a matching checksum: the archive
		// passes every check, and synergy_event is loaded after the tables it references
		String events;
		try (ZipFile zip = new ZipFile(backup.toFile())) {
			events = new String(zip.getInputStream(zip.getEntry("data/synergy_event.copy")).readAllBytes(),
					StandardCharsets.UTF_8);
		}
		String oneEventFewer = events.substring(0, events.lastIndexOf('\n', events.length() - 2) + 1);
		Path shortOfOneRow = this.dir.resolve("short.zip");
		rewrite(backup, shortOfOneRow, "data/synergy_event.copy", text -> oneEventFewer);
		Path consistent = this.dir.resolve("consistent.zip");
		rewrite(shortOfOneRow, consistent, DatabaseBackup.MANIFEST, text -> text
			.replaceFirst("table.synergy_event.sha256=.*", "table.synergy_event.sha256=" + sha256(oneEventFewer)));

		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource empty = postgres.getPostgresDatabase();
			DatabaseBackup target = new DatabaseBackup(empty,
					Flyway.configure().configuration(this.flyway.getConfiguration()).dataSource(empty).load());

			long eventRows = Long.parseLong(source.get("synergy_event").split(" ")[0]);
			assertThatThrownBy(() -> target.restore(consistent)).isInstanceOf(DatabaseBackup.BackupException.class)
				.hasMessageContaining(
						"Table synergy_event loaded " + (eventRows - 1) + " rows, the manifest says " + eventRows);
			assertThat(JdbcClient.create(empty)
				.sql("select count(*) from pg_tables where schemaname = current_schema()")
				.query(Long.class)
				.single()).as("tables left behind").isZero();

			target.restore(backup);
			assertThat(contents(empty)).isEqualTo(source);
		}
	}

	@Test
	void theCommandsExplainTheirUsage() throws Exception {
		assertThat(command("backup").exitCode()).isEqualTo(2);
		assertThat(command("backup").err()).contains("--to FILE is missing").contains("usage: symbiose backup");
		assertThat(command("restore", "--from").exitCode()).isEqualTo(2);
		assertThat(command("backup", "--to", "a.zip", "stray").err()).contains("unexpected argument stray");
		Path existing = Files.writeString(this.dir.resolve("existing.zip"), "keep me");
		Command overwrite = command("backup", "--to", existing.toString());
		assertThat(overwrite.exitCode()).isEqualTo(1);
		assertThat(overwrite.err()).contains("exists already");
		assertThat(existing).hasContent("keep me");
		assertThat(command("restore", "--from", this.dir.resolve("missing.zip").toString()).err())
			.contains("is not a file");
	}

	/**
	 * Per table its row count and a digest of its sorted rows; per sequence its value.
	 */
	static Map<String, String> contents(DataSource dataSource) throws SQLException {
		Map<String, String> contents = new TreeMap<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery(
					"select tablename from pg_tables where schemaname = current_schema() and tablename <> 'flyway_schema_history'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = statement.executeQuery(
						"select count(*), md5(string_agg(t::text, E'\\n' order by t::text)) from " + table + " t")) {
					rs.next();
					contents.put(table, rs.getLong(1) + " rows " + rs.getString(2));
				}
			}
			List<String> sequences = new ArrayList<>();
			try (ResultSet rs = statement
				.executeQuery("select sequencename from pg_sequences where schemaname = current_schema()")) {
				while (rs.next()) {
					sequences.add(rs.getString(1));
				}
			}
			for (String sequence : sequences) {
				try (ResultSet rs = statement.executeQuery("select last_value, is_called from " + sequence)) {
					rs.next();
					contents.put("sequence " + sequence, rs.getLong(1) + " " + rs.getBoolean(2));
				}
			}
		}
		return contents;
	}

	private static long totalRows(Map<String, String> contents) {
		return contents.entrySet()
			.stream()
			.filter(e -> !e.getKey().startsWith("sequence "))
			.mapToLong(e -> Long.parseLong(e.getValue().substring(0, e.getValue().indexOf(' '))))
			.sum();
	}

	private static long countSequences(Map<String, String> contents) {
		return contents.keySet().stream().filter(k -> k.startsWith("sequence ")).count();
	}

	private String latestVersion() {
		return this.flyway.info().current().getVersion().getVersion();
	}

	private String jdbcUrl() throws java.sql.SQLException {
		return this.dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(this.admin, RegistryFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
	}

	record Command(int exitCode, String out, String err) {
	}

	static Command command(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = DatabaseCommand.main(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Command(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Copies the archive, changing one entry's text and keeping the manifest as it was.
	 */
	static void rewrite(Path from, Path to, String entryName, java.util.function.UnaryOperator<String> change)
			throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				if (entry.getName().equals(entryName)) {
					String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
					assertThat(changed).as("the tampering changed something")
						.isNotEqualTo(new String(bytes, StandardCharsets.UTF_8));
					bytes = changed.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
	}

}
