package no.symbiose.app.importing;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.symbiose.app.importing.ImportService.ImportFile;
import no.symbiose.app.security.Viewer;

/**
 * In demo mode ({@code symbiose.demo=true}) loads the sourced demo data of
 * {@code classpath:demo/} on the first start, when the registry has no park yet, through
 * the same import as any upload, as a system national administrator and in one
 * transaction. Demo data with an error stops the start: it is a bug, not something to
 * skip.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "symbiose.demo", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	static final Viewer SYSTEM = Viewer.nationalAdmin("system:demo-data");

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final ImportService imports;

	private final JdbcClient jdbc;

	DemoDataLoader(ImportService imports, JdbcClient jdbc) {
		this.imports = imports;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from park").query(Long.class).single() > 0) {
			log.info("Demo data not loaded: the registry already has parks");
			return;
		}
		List<ImportFile> files = List
			.of(Table.PARKS, Table.LAND_SURVEYS, Table.COMPANIES, Table.YEARLY_FACTS, Table.STREAMS)
			.stream()
			.map(table -> new ImportFile(table, Format.CSV,
					() -> new ClassPathResource("demo/" + table.fileName(Format.CSV)).getInputStream()))
			.toList();
		List<ImportReport> reports = this.imports.importFiles(files, SYSTEM);
		ImportReport last = reports.get(reports.size() - 1);
		if (!last.succeeded()) {
			throw new IllegalStateException("Demo data demo/%s has %d errors, nothing was loaded:%n%s".formatted(
					last.table().fileName(Format.CSV), last.errorCount(),
					last.errors()
						.stream()
						.map(e -> "  row %d, %s = %s: %s".formatted(e.row(), e.column(), e.value(), e.messageEn()))
						.collect(Collectors.joining("\n"))));
		}
		reports.forEach(report -> log.info("Demo data {}: {} rows, {} inserted, {} updated, {} unchanged",
				report.table().key(), report.rows(), report.inserted(), report.updated(), report.unchanged()));
	}

}
