package no.symbiose.engine.symbiosis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The shared shape of the knowledge-base files: a first line {@code # version: ...},
 * comment lines starting with {@code #}, a header row and RFC 4180 rows.
 */
record KnowledgeBaseCsv(String version, List<Row> rows) {

	static KnowledgeBaseCsv read(Reader reader, String fileName) {
		try {
			StringBuilder first = new StringBuilder();
			int c;
			while ((c = reader.read()) != -1 && c != '\n') {
				first.append((char) c);
			}
			String firstLine = first.toString().strip();
			if (firstLine.startsWith("\uFEFF")) {
				firstLine = firstLine.substring(1);
			}
			if (!firstLine.startsWith("# version:")) {
				throw new IllegalArgumentException(
						"%s must start with a line \"# version: ...\", not \"%s\"".formatted(fileName, firstLine));
			}
			String version = firstLine.substring("# version:".length()).strip();
			CSVFormat format = CSVFormat.RFC4180.builder()
				.setCommentMarker('#')
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.get();
			List<Row> rows = new ArrayList<>();
			try (CSVParser parser = CSVParser.parse(reader, format)) {
				List<String> header = parser.getHeaderNames();
				for (CSVRecord record : parser) {
					if (record.size() != header.size()) {
						throw new IllegalArgumentException("%s record %d has %d fields, the header has %d"
							.formatted(fileName, record.getRecordNumber(), record.size(), header.size()));
					}
					rows.add(new Row(fileName, record.getRecordNumber(), record.toMap()));
				}
			}
			return new KnowledgeBaseCsv(version, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One data row; {@code line} counts data records, starting at 1. */
	record Row(String file, long line, Map<String, String> values) {

		String text(String column) {
			String value = this.values.get(column);
			if (value == null) {
				throw new IllegalArgumentException("%s has no column %s".formatted(this.file, column));
			}
			return value.strip();
		}

		@Nullable String optional(String column) {
			String value = text(column);
			return value.isEmpty() ? null : value;
		}

		String required(String column) {
			String value = text(column);
			if (value.isEmpty()) {
				throw new IllegalArgumentException("%s is empty".formatted(column));
			}
			return value;
		}

		double number(String column) {
			String value = required(column);
			try {
				return Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("%s \"%s\" is not a number".formatted(column, value), ex);
			}
		}

		@Nullable Double optionalNumber(String column) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			try {
				return Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("%s \"%s\" is not a number".formatted(column, value), ex);
			}
		}

		List<String> list(String column) {
			String value = text(column);
			if (value.isEmpty()) {
				return List.of();
			}
			return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

	}

}
