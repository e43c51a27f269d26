package no.symbiose.engine.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The programme's qualification criteria, read from the versioned file
 * {@code programme-criteria.csv} beside this class (format in {@code docs/programme.md}).
 * A bad row refuses the whole file, naming the record and the rule, so criteria that
 * exist are valid: keys unique, every rule known, every parameter fitting its rule, every
 * row sourced.
 */
public final class ProgrammeCriteria {

	static final String FILE = "programme-criteria.csv";

	private static final List<String> COLUMNS = List.of("key", "name_nb", "name_en", "rule", "parameter", "source");

	private final String version;

	private final List<Criterion> criteria;

	private ProgrammeCriteria(String version, List<Criterion> criteria) {
		this.version = version;
		this.criteria = List.copyOf(criteria);
	}

	/** The criteria shipped with the engine. */
	public static ProgrammeCriteria builtIn() {
		InputStream in = ProgrammeCriteria.class.getResourceAsStream(FILE);
		if (in == null) {
			throw new IllegalStateException("The engine jar lacks " + FILE);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @throws IllegalArgumentException naming the file, the record and the rule broken
	 */
	public static ProgrammeCriteria parse(Reader reader) {
		try {
			String version = version(reader);
			CSVFormat format = CSVFormat.RFC4180.builder()
				.setCommentMarker('#')
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.get();
			List<Criterion> criteria = new ArrayList<>();
			try (CSVParser parser = CSVParser.parse(reader, format)) {
				if (!parser.getHeaderNames().equals(COLUMNS)) {
					throw new IllegalArgumentException(
							"%s has the columns %s, not %s".formatted(FILE, parser.getHeaderNames(), COLUMNS));
				}
				for (CSVRecord record : parser) {
					Criterion criterion = criterion(record);
					if (criteria.stream().anyMatch(known -> known.key().equals(criterion.key()))) {
						throw error(record, "criterion key " + criterion.key() + " appears twice");
					}
					criteria.add(criterion);
				}
			}
			if (criteria.isEmpty()) {
				throw new IllegalArgumentException(FILE + " has no criteria");
			}
			return new ProgrammeCriteria(version, criteria);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String version(Reader reader) throws IOException {
		StringBuilder first = new StringBuilder();
		int c;
		while ((c = reader.read()) != -1 && c != '\n') {
			first.append((char) c);
		}
		String line = first.toString().strip().replace("\uFEFF", "");
		if (!line.startsWith("# version:") || line.substring("# version:".length()).isBlank()) {
			throw new IllegalArgumentException(
					"%s must start with a line \"# version: ...\", not \"%s\"".formatted(FILE, line));
		}
		return line.substring("# version:".length()).strip();
	}

	private static Criterion criterion(CSVRecord record) {
		if (record.size() != COLUMNS.size()) {
			throw error(record, "%d fields, the header has %d".formatted(record.size(), COLUMNS.size()));
		}
		Map<String, String> row = record.toMap();
		try {
			String parameter = row.get("parameter").strip();
			Double value = null;
			if (!parameter.isEmpty()) {
				try {
					value = Double.valueOf(parameter);
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("parameter \"%s\" is not a number".formatted(parameter), ex);
				}
			}
			return new Criterion(row.get("key").strip(), row.get("name_nb").strip(), row.get("name_en").strip(),
					RuleKind.parse(row.get("rule").strip()), value, row.get("source").strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"%s record %d: %s".formatted(FILE, record.getRecordNumber(), ex.getMessage()), ex);
		}
	}

	private static IllegalArgumentException error(CSVRecord record, String message) {
		return new IllegalArgumentException("%s record %d: %s".formatted(FILE, record.getRecordNumber(), message));
	}

	public String version() {
		return this.version;
	}

	/** The criteria in file order. */
	public List<Criterion> criteria() {
		return this.criteria;
	}

	public Optional<Criterion> criterion(String key) {
		return this.criteria.stream().filter(criterion -> criterion.key().equals(key)).findFirst();
	}

}
