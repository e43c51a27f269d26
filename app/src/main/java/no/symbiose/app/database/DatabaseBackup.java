package no.symbiose.app.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backup and restore of all data in the application's schema, without pg_dump (which may
 * be missing, or of another major version than the server). A backup is a ZIP holding,
 * per table, its rows in PostgreSQL's COPY text format ({@code data/
 *
<table>
 * .copy}), and a {@code manifest.properties}: the Flyway schema version, and per table
 * its columns, row count and the SHA-256 of its entry, plus every sequence's value. All
 * tables are read in one repeatable-read snapshot, so a backup of a running installation
 * is consistent.
 * <p>
 * Restore refuses a database that has any table, checks the manifest and every checksum
 * before it writes anything, migrates the empty database with Flyway to the backup's
 * version, then in ONE transaction empties what the migrations inserted (reference data),
 * loads every table in foreign-key order and sets the sequences: all or nothing. If that
 * transaction fails, the objects the migration created are dropped again, so the database
 * is as empty as before. The schema itself comes from the migrations, not from the
 * archive.
 */
public final class DatabaseBackup {

	static final String FORMAT = "symbiose-backup/1";

	static final String MANIFEST = "manifest.properties";

	private final DataSource dataSource;

	private final Flyway flyway;

	/**
	 * @param dataSource the database to back up or restore into
	 * @param flyway the application's migrations, configured for that database
	 */
	public DatabaseBackup(DataSource dataSource, Flyway flyway) {
		this.dataSource = dataSource;
		this.flyway = flyway;
	}

	/** What a backup holds: read from, or written to, its manifest. */
	public record Manifest(String schemaVersion, Instant createdAt, Map<String, TableEntry> tables,
			Map<String, SequenceValue> sequences) {

		public long totalRows() {
			return this.tables.values().stream().mapToLong(TableEntry::rows).sum();
		}

	}

	/** A table's entry: columns in COPY order, rows, SHA-256 of the entry's bytes. */
	public record TableEntry(String table, List<String> columns, long rows, String sha256) {

		String entryName() {
			return "data/" + this.table + ".copy";
		}

	}

	/**
	 * A sequence's state, as {@code setval(sequence, lastValue, isCalled)} restores it.
	 */
	public record SequenceValue(long lastValue, boolean isCalled) {
	}

	/**
	 * A backup or restore that cannot be done; the message says why, for the operator.
	 */
	public static final class BackupException extends RuntimeException {

		BackupException(String message) {
			super(message);
		}

		BackupException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * Writes every table of the application's schema into {@code file} (written beside it
	 * and moved into place, so a failed backup leaves no half file).
	 */
	public Manifest backup(Path file) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			String version = schemaVersion(connection);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Map<String, TableEntry> tables = new LinkedHashMap<>();
			try (ZipOutputStream zip = new ZipOutputStream(
					new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
				for (String table : tablesInLoadOrder(connection)) {
					List<String> columns = columns(connection, table);
					zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
					MessageDigest digest = sha256();
					long rows = copy.copyOut("copy " + quote(table) + " (" + columnList(columns) + ") to stdout",
							new DigestOutputStream(new UnclosableOutputStream(zip), digest));
					zip.closeEntry();
					tables.put(table, new TableEntry(table, columns, rows, HexFormat.of().formatHex(digest.digest())));
				}
				Manifest manifest = new Manifest(version, Instant.now(), tables, sequences(connection));
				zip.putNextEntry(new ZipEntry(MANIFEST));
				zip.write(write(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				zip.closeEntry();
				connection.commit();
				zip.finish();
				zip.close();
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				return manifest;
			}
		}
		catch (SQLException ex) {
			throw new BackupException("The database could not be read: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupException("Could not write " + file + ": " + ex.getMessage(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				// the backup's own outcome is what the caller needs to know
			}
		}
	}

	/**
	 * Checks {@code file} entirely (manifest, checksums, schema version), then restores
	 * it into this empty database.
	 * @throws BackupException with nothing changed when the archive is damaged, the
	 * version unknown to this application or the database not empty; with the database
	 * left empty when loading fails
	 */
	public Manifest restore(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Manifest manifest = verify(zip);
			requireEmpty();
			MigrationVersion target = MigrationVersion.fromVersion(manifest.schemaVersion());
			Flyway migrateToBackup = Flyway.configure(this.flyway.getConfiguration().getClassLoader())
				.configuration(this.flyway.getConfiguration())
				.target(target)
				.load();
			migrateToBackup.migrate();
			try {
				load(zip, manifest);
			}
			catch (RuntimeException ex) {
				dropWhatMigrationCreated();
				throw ex;
			}
			return manifest;
		}
		catch (IOException ex) {
			throw new BackupException("Could not read " + file + " as a backup: " + ex.getMessage(), ex);
		}
	}

	/** The manifest, with the archive checked against it. */
	public Manifest verify(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return verify(zip);
		}
		catch (IOException ex) {
			throw new BackupException("Could not read " + file + " as a backup: " + ex.getMessage(), ex);
		}
	}

	private Manifest verify(ZipFile zip) throws IOException {
		ZipEntry manifestEntry = zip.getEntry(MANIFEST);
		if (manifestEntry == null) {
			throw new BackupException("Not a Symbiose backup: it has no " + MANIFEST);
		}
		Manifest manifest;
		try (InputStream in = zip.getInputStream(manifestEntry)) {
			manifest = read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		boolean known = false;
		for (MigrationInfo migration : this.flyway.info().all()) {
			if (migration.getVersion() != null
					&& migration.getVersion().equals(MigrationVersion.fromVersion(manifest.schemaVersion()))) {
				known = true;
			}
		}
		if (!known) {
			throw new BackupException("The backup has schema version " + manifest.schemaVersion()
					+ ", which this version of Symbiose does not have; restore it with the version that made it");
		}
		for (TableEntry table : manifest.tables().values()) {
			ZipEntry entry = zip.getEntry(table.entryName());
			if (entry == null) {
				throw new BackupException("The backup is incomplete: " + table.entryName() + " is missing");
			}
			MessageDigest digest = sha256();
			try (InputStream in = new DigestInputStream(new BufferedInputStream(zip.getInputStream(entry)), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			String actual = HexFormat.of().formatHex(digest.digest());
			if (!actual.equals(table.sha256())) {
				throw new BackupException("The backup is damaged: " + table.entryName() + " has SHA-256 " + actual
						+ ", the manifest says " + table.sha256());
			}
		}
		return manifest;
	}

	private void requireEmpty() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select count(*), min(tablename) from pg_tables" + " where schemaname = current_schema()")) {
			rs.next();
			if (rs.getLong(1) > 0) {
				throw new BackupException("Restore needs an empty database, but its schema has " + rs.getLong(1)
						+ " tables (for example " + rs.getString(2) + "); nothing was changed."
						+ " Restore into a new database, or for the embedded one a new symbiose.data-dir");
			}
		}
		catch (SQLException ex) {
			throw new BackupException("The database could not be read: " + ex.getMessage(), ex);
		}
	}

	private void load(ZipFile zip, Manifest manifest) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				List<String> order = tablesInLoadOrder(connection);
				if (!new LinkedHashSet<>(order).equals(new LinkedHashSet<>(manifest.tables().keySet()))) {
					throw new BackupException("The backup's tables " + manifest.tables().keySet()
							+ " are not the tables of schema version " + manifest.schemaVersion() + ": " + order);
				}
				try (Statement statement = connection.createStatement()) {
					// what the migrations inserted (reference data) is in the backup too
					statement
						.execute("truncate " + String.join(", ", order.stream().map(DatabaseBackup::quote).toList()));
					// the backup holds the audit log as it was: loading rows is not a
					// change
					// to log (V11__audit_log.sql), for this transaction only
					statement.execute("select set_config('symbiose.audit', 'off', true)");
				}
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (String table : order) {
					TableEntry entry = manifest.tables().get(table);
					long rows;
					try (InputStream in = new BufferedInputStream(zip.getInputStream(zip.getEntry(entry.entryName())),
							1 << 16)) {
						rows = copy.copyIn("copy " + quote(table) + " (" + columnList(entry.columns()) + ") from stdin",
								in);
					}
					if (rows != entry.rows()) {
						throw new BackupException(
								"Table " + table + " loaded " + rows + " rows, the manifest says " + entry.rows());
					}
				}
				try (var setval = connection.prepareStatement("select setval(cast(? as regclass), ?, ?)")) {
					for (Map.Entry<String, SequenceValue> sequence : manifest.sequences().entrySet()) {
						setval.setString(1, quote(sequence.getKey()));
						setval.setLong(2, sequence.getValue().lastValue());
						setval.setBoolean(3, sequence.getValue().isCalled());
						setval.execute();
					}
				}
				connection.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			try (Statement statement = connection.createStatement()) {
				connection.setAutoCommit(true);
				statement.execute("analyze");
			}
		}
		catch (SQLException ex) {
			throw new BackupException("Loading the backup failed, nothing was kept: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupException("Reading the backup failed, nothing was kept: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Drops what the migration of a database that was empty created, so a failed restore
	 * leaves it empty and a second attempt is possible.
	 */
	private void dropWhatMigrationCreated() {
		Flyway.configure(this.flyway.getConfiguration().getClassLoader())
			.configuration(this.flyway.getConfiguration())
			.cleanDisabled(false)
			.load()
			.clean();
	}

	private String schemaVersion(Connection connection) throws SQLException {
		String table = this.flyway.getConfiguration().getTable();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("select to_regclass('" + quote(table).replace("'", "''") + "')")) {
			rs.next();
			if (rs.getString(1) == null) {
				throw new BackupException("The database has no Flyway schema history (" + table
						+ "): it is empty or not a Symbiose database; nothing to back up");
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select version from " + quote(table)
						+ " where success and version is not null order by installed_rank desc limit 1")) {
			if (!rs.next()) {
				throw new BackupException("The database has no Flyway schema history: start Symbiose on it once");
			}
			return rs.getString(1);
		}
	}

	/**
	 * The application's tables, each after the tables it references, without Flyway's
	 * history (restore recreates it by migrating).
	 */
	private List<String> tablesInLoadOrder(Connection connection) throws SQLException {
		Set<String> tables = new java.util.TreeSet<>();
		Map<String, Set<String>> references = new TreeMap<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("select tablename from pg_tables where schemaname = current_schema()")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			try (ResultSet rs = statement.executeQuery("""
					select c.relname, r.relname from pg_constraint f
					join pg_class c on c.oid = f.conrelid join pg_class r on r.oid = f.confrelid
					where f.contype = 'f' and c.relnamespace = cast(current_schema() as regnamespace)""")) {
				while (rs.next()) {
					references.computeIfAbsent(rs.getString(1), t -> new java.util.TreeSet<>()).add(rs.getString(2));
				}
			}
		}
		tables.remove(this.flyway.getConfiguration().getTable());
		List<String> order = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < tables.size()) {
			boolean progress = false;
			for (String table : tables) {
				if (!placed.contains(table) && references.getOrDefault(table, Set.of())
					.stream()
					.allMatch(r -> r.equals(table) || placed.contains(r) || !tables.contains(r))) {
					placed.add(table);
					order.add(table);
					progress = true;
				}
			}
			if (!progress) {
				throw new BackupException("The tables' foreign keys form a cycle; no load order exists");
			}
		}
		return order;
	}

	/** The columns a COPY writes: all but generated ones, in table order. */
	private static List<String> columns(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (var statement = connection.prepareStatement("""
				select attname from pg_attribute
				where attrelid = cast(? as regclass) and attnum > 0 and not attisdropped and attgenerated = ''
				order by attnum""")) {
			statement.setString(1, quote(table));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					columns.add(rs.getString(1));
				}
			}
		}
		return columns;
	}

	private static Map<String, SequenceValue> sequences(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select sequencename from pg_sequences where schemaname = current_schema() order by 1")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		Map<String, SequenceValue> values = new TreeMap<>();
		for (String name : names) {
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select last_value, is_called from " + quote(name))) {
				rs.next();
				values.put(name, new SequenceValue(rs.getLong(1), rs.getBoolean(2)));
			}
		}
		return values;
	}

	static String write(Manifest manifest) {
		Properties properties = new Properties();
		properties.setProperty("format", FORMAT);
		properties.setProperty("schema_version", manifest.schemaVersion());
		properties.setProperty("created_at", manifest.createdAt().toString());
		properties.setProperty("tables", String.join(",", manifest.tables().keySet()));
		for (TableEntry table : manifest.tables().values()) {
			properties.setProperty("table." + table.table() + ".columns", String.join(",", table.columns()));
			properties.setProperty("table." + table.table() + ".rows", String.valueOf(table.rows()));
			properties.setProperty("table." + table.table() + ".sha256", table.sha256());
		}
		manifest.sequences()
			.forEach((name, value) -> properties.setProperty("sequence." + name,
					value.lastValue() + "," + value.isCalled()));
		StringWriter out = new StringWriter();
		try {
			properties.store(out, "Symbiose backup: restore with `java -jar symbiose.jar restore --from FILE`");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		// sorted, so that the manifest reads table by table
		return out.toString()
			.lines()
			.sorted((a, b) -> a.startsWith("#") ? (b.startsWith("#") ? 0 : -1)
					: (b.startsWith("#") ? 1 : a.compareTo(b)))
			.reduce(new StringBuilder(), (text, line) -> text.append(line).append('\n'), StringBuilder::append)
			.toString();
	}

	static Manifest read(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new BackupException("The backup's manifest is unreadable: " + ex.getMessage(), ex);
		}
		if (!FORMAT.equals(properties.getProperty("format"))) {
			throw new BackupException("Not a Symbiose backup of format " + FORMAT + ": the manifest says format="
					+ properties.getProperty("format"));
		}
		try {
			Map<String, TableEntry> tables = new LinkedHashMap<>();
			for (String table : required(properties, "tables").split(",")) {
				tables.put(table,
						new TableEntry(table, List.of(required(properties, "table." + table + ".columns").split(",")),
								Long.parseLong(required(properties, "table." + table + ".rows")),
								required(properties, "table." + table + ".sha256")));
			}
			Map<String, SequenceValue> sequences = new TreeMap<>();
			for (String key : properties.stringPropertyNames()) {
				if (key.startsWith("sequence.")) {
					String[] value = properties.getProperty(key).split(",");
					sequences.put(key.substring("sequence.".length()),
							new SequenceValue(Long.parseLong(value[0]), Boolean.parseBoolean(value[1])));
				}
			}
			return new Manifest(required(properties, "schema_version"),
					Instant.parse(required(properties, "created_at")), tables, sequences);
		}
		catch (RuntimeException ex) {
			if (ex instanceof BackupException) {
				throw ex;
			}
			throw new BackupException("The backup's manifest is damaged: " + ex.getMessage(), ex);
		}
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new BackupException("The backup's manifest is damaged: " + key + " is missing");
		}
		return value;
	}

	private static String columnList(List<String> columns) {
		return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/** Lets COPY close its stream without closing the ZIP around it. */
	private static final class UnclosableOutputStream extends FilterOutputStream {

		UnclosableOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
