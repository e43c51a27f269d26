package no.symbiose.app.database;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import no.symbiose.app.SymbioseApplication;

/**
 * {@code symbiose backup --to FILE} and {@code symbiose restore --from FILE}: run
 * {@link DatabaseBackup} on the database the application would use, found by the same
 * configuration (the embedded PostgreSQL in {@code symbiose.data-dir}, or
 * {@code spring.datasource.*}; further {@code --name=value} arguments set properties as
 * they do for the application). Starts no web server, runs no migration on its own and
 * loads no demo data. Exit codes: 0 done, 1 failed (the message says why), 2 usage.
 */
public final class DatabaseCommand {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage: symbiose backup --to FILE [--name=value ...]
			       symbiose restore --from FILE [--name=value ...]
			  backup   writes every table of the database into FILE (a ZIP; FILE must not exist)
			  restore  loads FILE into an EMPTY database, migrated to the backup's schema version
			  --name=value sets a configuration property, as for the application, e.g.
			    --symbiose.data-dir=DIR (embedded database) or --spring.datasource.url=jdbc:postgresql://...""";

	private DatabaseCommand() {
	}

	/**
	 * @param args the command ({@code backup} or {@code restore}) and its options
	 * @return the exit code
	 */
	public static int main(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || !(args[0].equals("backup") || args[0].equals("restore"))) {
			err.println(USAGE_TEXT);
			return USAGE;
		}
		boolean backup = args[0].equals("backup");
		String fileOption = backup ? "--to" : "--from";
		@Nullable Path file = null;
		List<String> properties = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals(fileOption) && i + 1 < args.length && file == null) {
				file = Path.of(args[++i]);
			}
			else if (args[i].startsWith("--") && args[i].contains("=") && args[i].indexOf('=') > 2) {
				properties.add(args[i]);
			}
			else {
				err.println("symbiose " + args[0] + ": unexpected argument " + args[i]);
				err.println(USAGE_TEXT);
				return USAGE;
			}
		}
		if (file == null) {
			err.println("symbiose " + args[0] + ": " + fileOption + " FILE is missing");
			err.println(USAGE_TEXT);
			return USAGE;
		}
		if (backup && Files.exists(file)) {
			err.println("symbiose backup: " + file + " exists already; choose another name or delete it");
			return FAILED;
		}
		if (!backup && !Files.isRegularFile(file)) {
			err.println("symbiose restore: " + file + " is not a file");
			return FAILED;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandConfiguration.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// the command prints the reason; Spring's report of a failed start would bury
			// it
			.properties(Map.of("logging.level.root", "WARN", "logging.level.org.springframework.boot.SpringApplication",
					"OFF", "logging.level.org.springframework.context", "ERROR"))
			.run(properties.toArray(String[]::new))) {
			DatabaseBackup databaseBackup = new DatabaseBackup(context.getBean(javax.sql.DataSource.class),
					context.getBean(Flyway.class));
			long start = System.nanoTime();
			if (backup) {
				DatabaseBackup.Manifest manifest = databaseBackup.backup(file);
				out.printf("Backed up %d rows of %d tables (schema version %s) to %s in %d ms%n", manifest.totalRows(),
						manifest.tables().size(), manifest.schemaVersion(), file, elapsedMillis(start));
			}
			else {
				DatabaseBackup.Manifest manifest = databaseBackup.restore(file);
				out.printf("Restored %d rows of %d tables (schema version %s, backed up %s) from %s in %d ms%n",
						manifest.totalRows(), manifest.tables().size(), manifest.schemaVersion(), manifest.createdAt(),
						file, elapsedMillis(start));
			}
			return OK;
		}
		catch (DatabaseBackup.BackupException ex) {
			err.println("symbiose " + args[0] + " failed: " + ex.getMessage());
			return FAILED;
		}
		catch (RuntimeException ex) {
			err.println("symbiose " + args[0] + " failed: " + reason(ex));
			return FAILED;
		}
	}

	/**
	 * The first message that is not Spring's wrapping (which names beans and factory
	 * methods), and the root cause's when it adds something: "Could not start the
	 * embedded PostgreSQL in symbiose-data (is another Symbiose running ...)".
	 */
	public static String reason(Throwable failure) {
		Throwable shown = failure;
		while (shown.getClass().getName().startsWith("org.springframework.") && shown.getCause() != null) {
			shown = shown.getCause();
		}
		Throwable root = shown;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(shown.getMessage());
		return (root == shown || root.getMessage() == null || message.contains(root.getMessage())) ? message
				: message + " (" + root.getMessage() + ")";
	}

	private static long elapsedMillis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	/**
	 * Only the database: the application's data source (embedded or external) and its
	 * Flyway migrations, SQL and Java, which do not run at start: restore runs them to
	 * the backup's version. Deliberately not a {@code @Configuration}: the application's
	 * component scan must not find it.
	 */
	@Import(EmbeddedPostgresConfiguration.class)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
	@ComponentScan(basePackageClasses = SymbioseApplication.class, useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JavaMigration.class))
	public static class CommandConfiguration {

		@Bean
		FlywayMigrationStrategy noMigrationAtStart() {
			return flyway -> {
			};
		}

	}

}
