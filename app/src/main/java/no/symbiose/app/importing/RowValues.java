package no.symbiose.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.rules.RuleViolation;

/**
 * The cells of one data row, read by column name. Each reader returns null for an empty
 * cell (unknown) and for a cell it could not read, having recorded why; a caller builds
 * the engine record only when {@link #hasErrors()} is false, so one row reports all its
 * bad cells at once.
 */
final class RowValues {

	private final long rowNumber;

	private final Map<String, Integer> index;

	private final List<String> cells;

	private final boolean commaDecimals;

	private final FileErrors problems;

	private final Map<String, String> ruleColumns;

	private boolean errors;

	private final Set<String> nulColumns = new HashSet<>();

	RowValues(long rowNumber, Map<String, Integer> index, List<String> cells, boolean commaDecimals,
			FileErrors problems, Map<String, String> ruleColumns) {
		this.rowNumber = rowNumber;
		this.index = index;
		this.cells = cells;
		this.commaDecimals = commaDecimals;
		this.problems = problems;
		this.ruleColumns = ruleColumns;
	}

	long rowNumber() {
		return this.rowNumber;
	}

	boolean hasErrors() {
		return this.errors;
	}

	/**
	 * The trimmed text, or null when empty. A quote put before a formula-like text on
	 * export is removed.
	 */
	@Nullable String text(String column) {
		Integer i = this.index.get(column);
		if (i == null || i >= this.cells.size()) {
			return null;
		}
		String value = this.cells.get(i).strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.indexOf('\u0000') >= 0) {
			// PostgreSQL stores no NUL in text; a cell read twice is reported once
			if (this.nulColumns.add(column)) {
				problem(column, value.replace('\u0000', '\uFFFD'), "import.nulCharacter");
			}
			return null;
		}
		if (value.length() > 1 && value.charAt(0) == '\'' && TableWriter.looksLikeFormula(value.substring(1))) {
			return value.substring(1);
		}
		return value;
	}

	@Nullable String required(String column) {
		String value = text(column);
		if (value == null) {
			problem(column, null, "import.required", column);
		}
		return value;
	}

	/**
	 * Reads a non-empty cell with an engine factory; its rule violation becomes this
	 * cell's error.
	 */
	<T> @Nullable T parse(String column, Function<String, T> factory) {
		String value = text(column);
		return (value == null) ? null : apply(column, value, () -> factory.apply(value));
	}

	<T> @Nullable T parseRequired(String column, Function<String, T> factory) {
		String value = required(column);
		return (value == null) ? null : apply(column, value, () -> factory.apply(value));
	}

	@Nullable Double decimal(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String normalised = (this.commaDecimals && value.matches("-?\\d+,\\d+")) ? value.replace(',', '.') : value;
		try {
			double number = Double.parseDouble(normalised);
			if (!Double.isFinite(number) || !normalised.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
				throw new NumberFormatException(value);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problem(column, value, "import.notANumber", value);
			return null;
		}
	}

	/**
	 * A decimal turned into a quantity type, whose own rules (not negative, ...) apply.
	 */
	<T> @Nullable T quantity(String column, DoubleFunction<T> factory) {
		Double number = decimal(column);
		return (number == null) ? null : apply(column, text(column), () -> factory.apply(number));
	}

	@Nullable Long whole(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			problem(column, value, "import.notAWholeNumber", value);
			return null;
		}
	}

	@Nullable Integer integer(String column) {
		Long value = whole(column);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			problem(column, text(column), "import.notAWholeNumber", String.valueOf(value));
			return null;
		}
		return (value == null) ? null : value.intValue();
	}

	Integer requiredInteger(String column) {
		if (required(column) == null) {
			return 0;
		}
		Integer value = integer(column);
		return (value == null) ? 0 : value;
	}

	@Nullable LocalDate date(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate
				.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
			if (date.getYear() < 1 || date.getYear() > 9999) {
				// +999999999-12-31 parses, but PostgreSQL stores no such date
				throw new DateTimeParseException("not a four-digit year", value, 0);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problem(column, value, "import.notADate", value);
			return null;
		}
	}

	/** Records a problem with a cell. */
	void problem(@Nullable String column, @Nullable String value, String messageKey, Object... arguments) {
		this.errors = true;
		this.problems.add(Problem.of(this.rowNumber, column, value, messageKey, arguments));
	}

	/**
	 * Builds a whole record; a rule violation is reported on the column its rule
	 * concerns.
	 */
	<T> @Nullable T build(Supplier<T> constructor) {
		try {
			return constructor.get();
		}
		catch (RuleViolation violation) {
			String column = this.ruleColumns.get(violation.rule());
			problem(column, (column == null) ? null : text(column), violation.rule(), violation.arguments().toArray());
			return null;
		}
	}

	private <T> @Nullable T apply(String column, @Nullable String value, Supplier<T> factory) {
		try {
			return factory.get();
		}
		catch (RuleViolation violation) {
			problem(column, value, violation.rule(), violation.arguments().toArray());
			return null;
		}
	}

}
