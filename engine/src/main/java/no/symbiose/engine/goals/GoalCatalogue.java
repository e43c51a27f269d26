package no.symbiose.engine.goals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The goals, missions and indicators with their national targets, read from the versioned
 * files {@code goals.csv} and {@code indicators.csv} beside this class (format in
 * {@code docs/goals.md}). Parsing refuses the whole catalogue on the first bad row,
 * naming file, record and rule, so a catalogue that exists is valid: keys unique, every
 * indicator under a known goal, every goal measured by at least one indicator, every row
 * sourced.
 */
public final class GoalCatalogue {

	static final String GOALS_FILE = "goals.csv";

	static final String INDICATORS_FILE = "indicators.csv";

	private final String version;

	private final Map<String, Goal> goals;

	private final Map<String, Indicator> indicators;

	private GoalCatalogue(String version, Map<String, Goal> goals, Map<String, Indicator> indicators) {
		this.version = version;
		// Unmodifiable views of insertion-ordered maps: pages list goals in file order.
		this.goals = Collections.unmodifiableMap(goals);
		this.indicators = Collections.unmodifiableMap(indicators);
	}

	/** The catalogue shipped with the engine. */
	public static GoalCatalogue builtIn() {
		try (Reader goals = resource(GOALS_FILE); Reader indicators = resource(INDICATORS_FILE)) {
			return parse(goals, indicators);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reader resource(String name) {
		InputStream in = GoalCatalogue.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("The engine jar lacks " + name);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	public static GoalCatalogue parse(Reader goalsCsv, Reader indicatorsCsv) {
		Rows goalRows = Rows.read(goalsCsv, GOALS_FILE);
		Rows indicatorRows = Rows.read(indicatorsCsv, INDICATORS_FILE);
		if (!goalRows.version().equals(indicatorRows.version())) {
			throw new IllegalArgumentException("%s has version %s but %s has version %s".formatted(GOALS_FILE,
					goalRows.version(), INDICATORS_FILE, indicatorRows.version()));
		}
		Map<String, Goal> goals = new LinkedHashMap<>();
		for (Row row : goalRows.rows()) {
			Goal goal = row.parse(() -> new Goal(row.required("key"), GoalKind.parse(row.required("kind")),
					row.integer("number"), row.required("title_nb"), row.required("title_en"), row.required("source")));
			if (goals.putIfAbsent(goal.key(), goal) != null) {
				throw row.error("goal key " + goal.key() + " appears twice");
			}
		}
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		for (Row row : indicatorRows.rows()) {
			Indicator indicator = row.parse(() -> indicator(row));
			if (!goals.containsKey(indicator.goalKey())) {
				throw row.error("indicator %s names goal %s, which %s lacks".formatted(indicator.key(),
						indicator.goalKey(), GOALS_FILE));
			}
			if (indicators.putIfAbsent(indicator.key(), indicator) != null) {
				throw row.error("indicator key " + indicator.key() + " appears twice");
			}
		}
		for (Goal goal : goals.values()) {
			if (indicators.values().stream().noneMatch(indicator -> indicator.goalKey().equals(goal.key()))) {
				throw new IllegalArgumentException(
						"goal %s has no indicator in %s".formatted(goal.key(), INDICATORS_FILE));
			}
		}
		return new GoalCatalogue(goalRows.version(), goals, indicators);
	}

	private static Indicator indicator(Row row) {
		Measurement measurement = Measurement.parse(row.required("measurement"));
		String computedFrom = row.text("computed_from");
		String baselineYear = row.text("baseline_year");
		return new Indicator(row.required("key"), row.required("goal"), row.required("name_nb"),
				row.required("name_en"), row.required("unit"), Scope.parse(row.required("scope")),
				Direction.parse(row.required("direction")), measurement,
				computedFrom.isEmpty() ? null : ComputedFrom.parse(computedFrom),
				baselineYear.isEmpty() ? null : row.integer("baseline_year"), row.integer("target_year"), target(row),
				row.required("source"));
	}

	private static Target target(Row row) {
		String kind = row.required("target_kind");
		String value = row.text("target_value");
		return switch (kind) {
			case "none" -> {
				if (!value.isEmpty()) {
					throw new IllegalArgumentException("target_kind none but target_value " + value);
				}
				yield new Target.None();
			}
			case "absolute" -> new Target.Absolute(row.number("target_value"));
			case "relative_change" -> new Target.RelativeChange(row.number("target_value"));
			default -> throw new IllegalArgumentException(
					"target_kind \"%s\" is not none, absolute or relative_change".formatted(kind));
		};
	}

	public String version() {
		return this.version;
	}

	/** The goals in file order: the parks' goals 1–10, then the missions. */
	public List<Goal> goals() {
		return List.copyOf(this.goals.values());
	}

	/** Every indicator in file order. */
	public List<Indicator> indicators() {
		return List.copyOf(this.indicators.values());
	}

	/** The indicators of one goal, in file order. */
	public List<Indicator> indicatorsOf(String goalKey) {
		return indicators().stream().filter(indicator -> indicator.goalKey().equals(goalKey)).toList();
	}

	public Optional<Goal> goal(String key) {
		return Optional.ofNullable(this.goals.get(key));
	}

	public Optional<Indicator> indicator(String key) {
		return Optional.ofNullable(this.indicators.get(key));
	}

	static String requireText(String value, String column) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(column + " is empty");
		}
		return value;
	}

	/**
	 * A file: first line {@code # version: ...}, comment lines, a header, RFC 4180 rows.
	 */
	private record Rows(String version, List<Row> rows) {

		static Rows read(Reader reader, String fileName) {
			try {
				StringBuilder first = new StringBuilder();
				int c;
				while ((c = reader.read()) != -1 && c != '\n') {
					first.append((char) c);
				}
				String firstLine = first.toString().strip().replace("\uFEFF", "");
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
					int columns = parser.getHeaderNames().size();
					for (CSVRecord record : parser) {
						Row row = new Row(fileName, record.getRecordNumber(), record.toMap());
						if (record.size() != columns) {
							throw row.error("%d fields, the header has %d".formatted(record.size(), columns));
						}
						rows.add(row);
					}
				}
				return new Rows(version, rows);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** One data row; {@code line} counts data records from 1. */
	private record Row(String file, long line, Map<String, String> values) {

		<T> T parse(java.util.function.Supplier<T> parser) {
			try {
				return parser.get();
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("%s record %d: %s".formatted(this.file, this.line, ex.getMessage()),
						ex);
			}
		}

		IllegalArgumentException error(String message) {
			return new IllegalArgumentException("%s record %d: %s".formatted(this.file, this.line, message));
		}

		String text(String column) {
			String value = this.values.get(column);
			if (value == null) {
				throw new IllegalArgumentException("%s has no column %s".formatted(this.file, column));
			}
			return value.strip();
		}

		String required(String column) {
			return requireText(text(column), column);
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

		int integer(String column) {
			String value = required(column);
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("%s \"%s\" is not a whole number".formatted(column, value), ex);
			}
		}

	}

}
