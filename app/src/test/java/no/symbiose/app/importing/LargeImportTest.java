package no.symbiose.app.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.symbiose.app.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million stream rows stream through the import in bounded memory. Excluded from the
 * default build (tag {@code large}); run and record figures as docs/benchmarks.md says.
 * It runs with a small heap (-Xmx384m), where an import that held all rows (some 1 GB as
 * objects) would fail with OutOfMemoryError, and asserts the sampled peak heap too.
 */
@Tag("large")
@IntegrationTest
class LargeImportTest {

	static final int COMPANIES = 1_000;

	static final int STREAMS_PER_COMPANY = 1_000;

	static final long HEAP_BOUND_BYTES = 300L * 1024 * 1024;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void importsAMillionStreamRowsInBoundedMemory() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("run with -DargLine=-Xmx384m, see docs/benchmarks.md")
			.isLessThanOrEqualTo(512L * 1024 * 1024);
		Path companies = dir.resolve("companies.csv");
		try (BufferedWriter out = Files.newBufferedWriter(companies, StandardCharsets.UTF_8)) {
			out.write("company_key,name\n");
			for (int c = 0; c < COMPANIES; c++) {
				out.write("large:c%04d,Large company %d\n".formatted(c, c));
			}
		}
		Path streams = dir.resolve("streams.csv");
		try (BufferedWriter out = Files.newBufferedWriter(streams, StandardCharsets.UTF_8)) {
			out.write(String.join(",", Table.STREAMS.columns()) + "\n");
			for (int c = 0; c < COMPANIES; c++) {
				for (int s = 0; s < STREAMS_PER_COMPANY; s++) {
					out.write(
							"large:c%04d,2024,s%04d,side_stream,Side stream %d,,slag,,,%d.5,t/yr,seasonal,5-9,R5,,park,generated\n"
								.formatted(c, s, s, s));
				}
			}
		}
		try (InputStream in = Files.newInputStream(companies)) {
			assertThat(imports.importFile(Table.COMPANIES, Format.CSV, in, ImportServiceTest.ADMIN).errors()).isEmpty();
		}
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();

		long start = System.nanoTime();
		ImportReport first;
		try (InputStream in = Files.newInputStream(streams)) {
			first = imports.importFile(Table.STREAMS, Format.CSV, in, ImportServiceTest.ADMIN);
		}
		long firstMillis = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		ImportReport second;
		try (InputStream in = Files.newInputStream(streams)) {
			second = imports.importFile(Table.STREAMS, Format.CSV, in, ImportServiceTest.ADMIN);
		}
		long secondMillis = (System.nanoTime() - start) / 1_000_000;
		running.set(false);
		sampler.join();

		System.out.printf(
				"LARGE IMPORT: %d rows, file %d MB, first %d ms (%d inserted), again %d ms (%d unchanged),"
						+ " heap before %d MB, peak %d MB, max %d MB%n",
				first.rows(), Files.size(streams) >> 20, firstMillis, first.inserted(), secondMillis,
				second.unchanged(), before >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		assertThat(first.errors()).isEmpty();
		assertThat(first.inserted()).isEqualTo(1_000_000);
		assertThat(second.unchanged()).isEqualTo(1_000_000);
		assertThat(peak.get()).isLessThan(HEAP_BOUND_BYTES);
		jdbc.sql("delete from company where company_key like 'large:%'").update();
	}

}
