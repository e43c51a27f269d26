package no.symbiose.app.importing.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import no.symbiose.app.importing.RowSink;

/**
 * Streams a CSV file (UTF-8, optional byte order mark, {@code ,} separator, {@code "}
 * quoting) to a {@link RowSink}, one record at a time through Commons CSV's iterator. A
 * record's number is its spreadsheet row even when a quoted cell spans lines.
 */
public final class CsvTableReader {

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private CsvTableReader() {
	}

	/**
	 * The message key for why Commons CSV stopped, from its (English, Java-flavoured)
	 * exception text, which is not shown: the two ways a quote can break a file, or that
	 * the file cannot be read at all.
	 */
	static String unreadableKey(RuntimeException ex) {
		String text = String.valueOf(ex.getMessage());
		if (text.contains("EOF reached before encapsulated token finished")) {
			return "import.csvUnclosedQuote";
		}
		if (text.contains("Invalid character between encapsulated token and delimiter")
				|| text.contains("invalid char between encapsulated token and delimiter")) {
			return "import.csvTextAfterQuote";
		}
		return "import.csvUnreadable";
	}

	public static void read(InputStream in, RowSink sink) throws IOException {
		InputStream withoutBom = BOMInputStream.builder().setInputStream(in).get();
		try (Reader reader = new InputStreamReader(withoutBom, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			boolean header = true;
			long rowNumber = 1;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					sink.unreadable(rowNumber + 1, unreadableKey(ex));
					return;
				}
				rowNumber = record.getRecordNumber();
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				if (header) {
					sink.header(cells);
					header = false;
				}
				else {
					sink.row(rowNumber, cells);
				}
			}
		}
	}

}
