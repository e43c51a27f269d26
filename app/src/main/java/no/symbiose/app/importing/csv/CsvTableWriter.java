package no.symbiose.app.importing.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import no.symbiose.app.importing.TableWriter;

/**
 * Writes a table as CSV in the import format: UTF-8 without byte order mark, {@code ,},
 * {@code "} quoting where needed, CRLF line ends (RFC 4180). Text that a spreadsheet
 * would run as a formula gets a leading {@code '}.
 */
public final class CsvTableWriter implements TableWriter {

	private final CSVPrinter printer;

	public CsvTableWriter(OutputStream out) throws IOException {
		this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CsvTableReader.FORMAT);
	}

	@Override
	public void header(List<String> columns) throws IOException {
		this.printer.printRecord(columns);
	}

	@Override
	public void row(List<@Nullable Object> cells) throws IOException {
		for (Object cell : cells) {
			if (cell == null) {
				this.printer.print("");
			}
			else if (cell instanceof Number number) {
				this.printer.print(TableWriter.plain(number));
			}
			else {
				String text = cell.toString();
				this.printer.print(TableWriter.looksLikeFormula(text) ? "'" + text : text);
			}
		}
		this.printer.println();
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
