package no.symbiose.app.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import no.symbiose.app.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit log's triggers (V11) cost an import: 60 000 stream rows (the size of
 * CrashConsistencyTest's import) inserted and then all changed, once with the stream
 * table's audit triggers disabled and once with them, twice each in turn on a shared
 * machine; the faster of each pair is printed. A benchmark, not a timed test: it asserts
 * only that the audited run logged every row and the other none. Tag {@code large}; see
 * docs/benchmarks.md.
 */
@Tag("large")
@IntegrationTest
class AuditedImportBenchmarkTest {

	static final int COMPANIES = 100;

	static final int STREAMS_PER_COMPANY = 600;

	static final int ROWS = COMPANIES * STREAMS_PER_COMPANY;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path dir;

	@Test
	void measuresAnImportOf60000StreamsWithAndWithoutTheAuditTriggers() throws Exception {
		long[][] millis = new long[2][2];
		for (int[] best : new int[][] { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } }) {
			boolean audited = best[0] == 1;
			String prefix = "bench%d%d:".formatted(best[0], best[1]);
			setTriggers(audited);
			try {
				long[] run = importInsertThenUpdate(prefix);
				for (int phase = 0; phase < 2; phase++) {
					millis[best[0]][phase] = (best[1] == 0) ? run[phase] : Math.min(millis[best[0]][phase], run[phase]);
				}
			}
			finally {
				setTriggers(true);
			}
			long logged = this.jdbc
				.sql("select count(*) from audit_log where table_name = 'stream' and record_key like :prefix")
				.param("prefix", prefix + "%")
				.query(Long.class)
				.single();
			// audited: every row's insert and every row's change; else nothing
			assertThat(logged).isEqualTo(audited ? 2L * ROWS : 0L);
		}
		System.out.printf(
				"AUDITED IMPORT: %d stream rows; insert %d ms without the audit triggers, %d ms with (%+.0f %%);"
						+ " change of every row %d ms without, %d ms with (%+.0f %%)%n",
				ROWS, millis[0][0], millis[1][0], 100.0 * (millis[1][0] - millis[0][0]) / millis[0][0], millis[0][1],
				millis[1][1], 100.0 * (millis[1][1] - millis[0][1]) / millis[0][1]);
		cleanUp();
	}

	/**
	 * Imports the companies, then times the insert of their streams and a change of all.
	 */
	private long[] importInsertThenUpdate(String prefix) throws IOException {
		Path companies = this.dir.resolve(prefix.replace(':', '-') + "companies.csv");
		try (BufferedWriter out = Files.newBufferedWriter(companies, StandardCharsets.UTF_8)) {
			out.write("company_key,name\n");
			for (int c = 0; c < COMPANIES; c++) {
				out.write("%sc%04d,Benchmark company %d\n".formatted(prefix, c, c));
			}
		}
		try (InputStream in = Files.newInputStream(companies)) {
			assertThat(this.imports.importFile(Table.COMPANIES, Format.CSV, in, ImportServiceTest.ADMIN).errors())
				.isEmpty();
		}
		long[] run = new long[2];
		for (int phase = 0; phase < 2; phase++) {
			Path streams = this.dir.resolve(prefix.replace(':', '-') + "streams" + phase + ".csv");
			try (BufferedWriter out = Files.newBufferedWriter(streams, StandardCharsets.UTF_8)) {
				out.write(String.join(",", Table.STREAMS.columns()) + "\n");
				for (int c = 0; c < COMPANIES; c++) {
					for (int s = 0; s < STREAMS_PER_COMPANY; s++) {
						out.write(
								"%sc%04d,2024,s%04d,side_stream,Side stream %d,,slag,,,%d.5,t/yr,seasonal,5-9,R5,,park,generated\n"
									.formatted(prefix, c, s, s, s + phase));
					}
				}
			}
			long start = System.nanoTime();
			ImportReport report;
			try (InputStream in = Files.newInputStream(streams)) {
				report = this.imports.importFile(Table.STREAMS, Format.CSV, in, ImportServiceTest.ADMIN);
			}
			run[phase] = (System.nanoTime() - start) / 1_000_000;
			assertThat(report.errors()).isEmpty();
			assertThat((phase == 0) ? report.inserted() : report.updated()).isEqualTo(ROWS);
		}
		return run;
	}

	private void setTriggers(boolean enabled) {
		String action = enabled ? "enable" : "disable";
		this.jdbc.sql("alter table stream " + action + " trigger audit_inserted, " + action + " trigger audit_updated")
			.update();
	}

	/** Deletes the benchmark's companies without logging it. */
	private void cleanUp() throws Exception {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("select set_config('symbiose.audit', 'off', true)");
			statement.execute("delete from company where company_key like 'bench__:%'");
			connection.commit();
			connection.setAutoCommit(true);
		}
	}

}
