package no.symbiose.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.symbiose.app.api.Problems;
import no.symbiose.app.importing.csv.CsvTableReader;
import no.symbiose.app.referencedata.ReferenceCodes;
import no.symbiose.app.importing.xlsx.XlsxTableReader;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;

/**
 * Imports table files into the registry. Every row of a file is checked and every error
 * is reported at once; a file with any error changes nothing. Rows stream through: each
 * is parsed into the engine's record, its normalised values go in JDBC batches into a
 * temporary staging table, set-based checks run there, and an upsert on the natural keys
 * writes the registry, all in one transaction that is rolled back on any error. Memory
 * stays bounded by the batch size and the error cap, whatever the file size.
 * <p>
 * Who may import: national administrators everything; a park facilitator their park and
 * the companies, facts and streams of its active tenants (not land surveys, which speak
 * for a group of parks); a company reporter only their own company's facts and streams.
 * Anyone else is refused.
 */
@Service
public class ImportService {

	/** At most this many errors are kept per file; the rest are counted. */
	public static final int MAX_ERRORS = 1_000;

	static final int BATCH_SIZE = 1_000;

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private static final Map<Table, TableMapping> MAPPINGS = Map.of(Table.PARKS, new ParksMapping(), Table.COMPANIES,
			new CompaniesMapping(), Table.YEARLY_FACTS, new YearlyFactsMapping(), Table.STREAMS, new StreamsMapping(),
			Table.LAND_SURVEYS, new LandSurveysMapping());

	/**
	 * A file of an import set: its table (null to detect it from the header), format and
	 * content.
	 */
	public record ImportFile(@Nullable Table table, Format format, InputStreamSupplier content) {
	}

	@FunctionalInterface
	public interface InputStreamSupplier {

		InputStream open() throws IOException;

	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Problems texts;

	private final ReferenceCodes referenceCodes;

	ImportService(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager, Problems texts,
			ReferenceCodes referenceCodes) {
		this.jdbc = jdbc;
		this.referenceCodes = referenceCodes;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
		this.texts = texts;
	}

	static TableMapping mapping(Table table) {
		return MAPPINGS.get(table);
	}

	/**
	 * Imports one file.
	 * @param table the table, or null to detect it from the header row
	 * @throws ImportRefusedException when the viewer may not import this table at all
	 */
	public ImportReport importFile(@Nullable Table table, Format format, InputStream in, Viewer viewer) {
		return importFiles(List.of(new ImportFile(table, format, () -> in)), viewer).get(0);
	}

	/**
	 * Imports files in order in one transaction, so a later file may refer to keys of an
	 * earlier one (companies to parks). Stops at the first file with errors; then nothing
	 * of the set is kept and that file's report is the last one returned.
	 */
	public List<ImportReport> importFiles(List<ImportFile> files, Viewer viewer) {
		for (ImportFile file : files) {
			if (file.table() != null) {
				requireAllowed(file.table(), viewer);
			}
		}
		List<ImportReport> reports = new ArrayList<>();
		this.transactions.executeWithoutResult(status -> {
			for (ImportFile file : files) {
				ImportReport report;
				try (InputStream in = file.content().open()) {
					report = importInTransaction(file.table(), file.format(), in, viewer);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				reports.add(report);
				if (!report.succeeded()) {
					status.setRollbackOnly();
					return;
				}
			}
		});
		return reports;
	}

	/** Refuses a viewer who may import nothing of this table. */
	static void requireAllowed(Table table, Viewer viewer) {
		boolean allowed = switch (viewer.role()) {
			case NATIONAL_ADMIN -> true;
			// a survey speaks for a group of parks, which no facilitator does
			case PARK_FACILITATOR -> table != Table.LAND_SURVEYS;
			case COMPANY_REPORTER -> table == Table.YEARLY_FACTS || table == Table.STREAMS;
			case COUNTY_OFFICER, ANONYMOUS -> false;
		};
		if (!allowed) {
			throw new ImportRefusedException("import.refused",
					"Role %s may not import %s".formatted(viewer.role().key(), table.key()));
		}
	}

	private ImportReport importInTransaction(@Nullable Table requested, Format format, InputStream in, Viewer viewer)
			throws IOException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (FileImport file = new FileImport(requested, format == Format.XLSX, viewer, this.referenceCodes,
				connection)) {
			if (format == Format.CSV) {
				CsvTableReader.read(in, file);
			}
			else {
				XlsxTableReader.read(in, file);
			}
			return file.finish();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Import failed in the database", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	ImportError resolve(Problem problem) {
		Object[] arguments = problem.arguments().toArray();
		return new ImportError(problem.row(), problem.column(), problem.value(),
				this.texts.message(problem.messageKey(), arguments, BOKMAL),
				this.texts.message(problem.messageKey(), arguments, Locale.ENGLISH));
	}

	/** One file going through: header, rows into the staging table, checks, upsert. */
	private final class FileImport implements RowSink, AutoCloseable {

		private final @Nullable Table requested;

		private final boolean commaDecimals;

		private final Viewer viewer;

		private final ReferenceCodes referenceData;

		private final Connection connection;

		private final FileErrors problems = new FileErrors(MAX_ERRORS);

		private @Nullable TableMapping mapping;

		private @Nullable Table table;

		private @Nullable PreparedStatement stageInsert;

		private Map<String, Integer> index = Map.of();

		private boolean headerFailed;

		private int batched;

		private long rows;

		FileImport(@Nullable Table requested, boolean commaDecimals, Viewer viewer, ReferenceCodes referenceData,
				Connection connection) {
			this.requested = requested;
			this.commaDecimals = commaDecimals;
			this.viewer = viewer;
			this.referenceData = referenceData;
			this.connection = connection;
			this.table = requested;
		}

		@Override
		public void header(List<String> cells) {
			List<String> names = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
			int last = names.size();
			while (last > 0 && names.get(last - 1).isEmpty()) {
				last--;
			}
			names = names.subList(0, last);
			if (this.table == null) {
				this.table = Table.detect(names).orElse(null);
				if (this.table == null) {
					this.problems.add(Problem.of(1, null, String.join(",", names), "import.unknownTable"));
					this.headerFailed = true;
					return;
				}
				requireAllowed(this.table, this.viewer);
			}
			Map<String, Integer> positions = new HashMap<>();
			for (int i = 0; i < names.size(); i++) {
				String name = names.get(i);
				if (name.isEmpty()) {
					continue;
				}
				if (!this.table.columns().contains(name)) {
					this.problems.add(Problem.of(1, name, cells.get(i), "import.unknownColumn", name, this.table.key(),
							String.join(", ", this.table.columns())));
				}
				else if (positions.putIfAbsent(name, i) != null) {
					this.problems.add(Problem.of(1, name, cells.get(i), "import.duplicateColumn", name));
				}
			}
			for (String required : this.table.requiredColumns()) {
				if (!positions.containsKey(required)) {
					this.problems
						.add(Problem.of(1, required, null, "import.missingColumn", required, this.table.key()));
				}
			}
			if (!this.problems.isEmpty()) {
				this.headerFailed = true;
				return;
			}
			this.index = positions;
			this.mapping = mapping(this.table);
			try {
				try (var statement = this.connection.createStatement()) {
					statement.execute("drop table if exists import_stage");
					statement.execute(this.mapping.stageDdl());
					statement.execute("create temp table if not exists import_changed (key text primary key,"
							+ " inserted boolean not null) on commit drop");
					statement.execute("truncate import_changed");
				}
				this.stageInsert = this.connection.prepareStatement(this.mapping.stageInsert());
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot prepare the staging table", ex);
			}
		}

		@Override
		public void row(long rowNumber, List<String> cells) {
			if (this.headerFailed || this.mapping == null || cells.stream().allMatch(String::isBlank)) {
				return;
			}
			this.rows++;
			// cells right of the header's last named column (which, with empty header
			// cells between, may lie beyond a short row's end)
			int afterLast = lastColumn() + 1;
			if (cells.size() > afterLast
					&& cells.subList(afterLast, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
				this.problems
					.add(Problem.of(rowNumber, null, null, "import.extraCells", cells.size(), lastColumn() + 1));
				return;
			}
			RowValues values = new RowValues(rowNumber, this.index, cells, this.commaDecimals, this.problems,
					this.mapping.ruleColumns());
			List<@Nullable Object> staged = this.mapping.parse(values, this.referenceData);
			if (staged == null) {
				return;
			}
			try {
				PreparedStatement insert = this.stageInsert;
				insert.setLong(1, rowNumber);
				for (int i = 0; i < staged.size(); i++) {
					insert.setObject(i + 2, staged.get(i));
				}
				insert.addBatch();
				if (++this.batched == BATCH_SIZE) {
					insert.executeBatch();
					this.batched = 0;
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot stage row " + rowNumber, ex);
			}
		}

		private int lastColumn() {
			return this.index.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
		}

		@Override
		public void unreadable(long rowNumber, String messageKey, Object... arguments) {
			this.problems.add(Problem.of(rowNumber, null, null, messageKey, arguments));
			this.headerFailed = this.mapping == null;
		}

		ImportReport finish() throws SQLException {
			Table reported = (this.table == null) ? (this.requested == null ? Table.PARKS : this.requested)
					: this.table;
			if (this.mapping == null && this.problems.isEmpty()) {
				this.problems.add(Problem.of(1, null, null, "import.emptyFile"));
			}
			if (this.mapping != null) {
				if (this.batched > 0) {
					this.stageInsert.executeBatch();
					this.batched = 0;
				}
				runChecks();
				if (this.problems.isEmpty()) {
					for (String upsert : this.mapping.upserts()) {
						ImportService.this.jdbc.sql(upsert).update();
					}
					long inserted = count("select count(*) from import_changed where inserted");
					long updated = count("select count(*) from import_changed where not inserted");
					log.info("Imported {} ({} rows): {} inserted, {} updated by {}", reported.key(), this.rows,
							inserted, updated, this.viewer.role().key());
					return new ImportReport(reported, this.rows, inserted, updated, this.rows - inserted - updated,
							List.of(), 0);
				}
			}
			List<ImportError> errors = this.problems.kept().stream().map(ImportService.this::resolve).toList();
			return new ImportReport(reported, this.rows, 0, 0, 0, errors, this.problems.dropped());
		}

		private void runChecks() {
			TableMapping m = this.mapping;
			ImportService.this.jdbc.sql("analyze import_stage").update();
			List<TableMapping.Check> checks = new ArrayList<>();
			checks.add(new TableMapping.Check(
					"select row_no, key as value, first_row as arg from (select row_no, " + m.keyExpression()
							+ " as key, min(row_no) over (partition by " + m.keyExpression()
							+ ") as first_row from import_stage) d where row_no > first_row",
					m.table().columns().get(0), "import.duplicateKey"));
			checks.addAll(m.checks());
			checks.addAll(ScopeChecks.forViewer(m.table(), this.viewer));
			for (TableMapping.Check check : checks) {
				List<Problem> found = new ArrayList<>();
				long[] total = { 0 };
				ImportService.this.jdbc
					.sql("select row_no, value, arg, count(*) over () as total from (" + check.sql()
							+ ") c order by row_no limit " + MAX_ERRORS)
					.params(ScopeChecks.parameters(this.viewer))
					.query(rs -> {
						total[0] = rs.getLong("total");
						String value = rs.getString("value");
						found.add(Problem.of(rs.getLong("row_no"), check.column(), value, check.messageKey(), value,
								String.valueOf(rs.getObject("arg"))));
					});
				this.problems.addCounted(found, total[0]);
			}
		}

		private long count(String sql) {
			return ImportService.this.jdbc.sql(sql).query(Long.class).single();
		}

		@Override
		public void close() throws SQLException {
			if (this.stageInsert != null) {
				this.stageInsert.close();
			}
		}

	}

}
