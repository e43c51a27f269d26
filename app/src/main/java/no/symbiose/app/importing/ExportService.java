package no.symbiose.app.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.symbiose.app.importing.csv.CsvTableWriter;
import no.symbiose.app.importing.xlsx.XlsxTableWriter;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;

/**
 * Exports a table in the import format, so an export re-imports unchanged. Parks and
 * companies are public registry facts; yearly facts and streams pass {@link Visibility},
 * so a viewer exports only rows they may see. Rows stream from a database cursor to the
 * writer.
 */
@Service
public class ExportService {

	private static final int FETCH_SIZE = 1_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	ExportService(DataSource dataSource, PlatformTransactionManager transactionManager) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	public void export(Table table, Format format, Viewer viewer, OutputStream out) throws IOException {
		TableMapping mapping = ImportService.mapping(table);
		String visibility = switch (table) {
			case YEARLY_FACTS -> Visibility.predicate("f.confidentiality", "f.company_id");
			case STREAMS -> Visibility.predicate("s.confidentiality", "s.company_id");
			default -> "true";
		};
		try (TableWriter writer = (format == Format.CSV) ? new CsvTableWriter(out)
				: new XlsxTableWriter(out, table.key())) {
			writer.header(table.columns());
			// a cursor (fetch size) needs a transaction in PostgreSQL
			this.readOnly.executeWithoutResult(status -> this.jdbc.query(mapping.exportSql(visibility),
					Visibility.parameters(viewer), (RowCallbackHandler) rs -> {
						try {
							writer.row(cells(rs, table.columns()));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}));
		}
	}

	private static List<@Nullable Object> cells(ResultSet rs, List<String> columns) throws SQLException {
		List<@Nullable Object> cells = new ArrayList<>(columns.size());
		for (String column : columns) {
			Object value = rs.getObject(column);
			if (value instanceof java.sql.Date date) {
				value = date.toLocalDate().toString();
			}
			else if (value instanceof LocalDate date) {
				value = date.toString();
			}
			else if (value instanceof String text) {
				value = text.strip().isEmpty() ? null : text.strip();
			}
			cells.add(value);
		}
		return cells;
	}

}
