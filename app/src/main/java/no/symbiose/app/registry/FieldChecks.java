package no.symbiose.app.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.engine.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Builds the engine's records from one request body and collects what is wrong, field by
 * field, so a client learns every problem at once. The engine's rules decide: a
 * {@link RuleViolation} becomes a {@link FieldProblem} whose message key is the rule
 * ({@code rules*.properties}). Checks the engine cannot make (a field left out, keys in
 * body and path, the database) use keys under {@code problem.field.}.
 * <p>
 * A record stops at its first broken rule. To report the rest, {@link #record} puts a
 * stand-in value (see {@link #or}) in each field already reported and builds the record
 * again, until it succeeds or a rule breaks on a field already reported.
 */
final class FieldChecks {

	private final List<FieldProblem> problems = new ArrayList<>();

	private final Set<String> failed = new HashSet<>();

	private final Map<String, @Nullable Object> inputs = new HashMap<>();

	/**
	 * The value of a field built by an engine factory; null when missing or when it broke
	 * a rule.
	 */
	<I, T> @Nullable T value(String field, @Nullable I input, Function<I, T> factory) {
		this.inputs.put(field, input);
		if (input == null) {
			return null;
		}
		try {
			return factory.apply(input);
		}
		catch (RuleViolation violation) {
			problem(FieldProblem.of(field, input, violation));
			return null;
		}
	}

	/** As {@link #value}, and a missing input is a problem too. */
	<I, T> @Nullable T required(String field, @Nullable I input, Function<I, T> factory) {
		if (input == null) {
			this.inputs.put(field, input);
			problem(field, input, "problem.field.required");
			return null;
		}
		return value(field, input, factory);
	}

	@Nullable LocalDate date(String field, @Nullable String input) {
		this.inputs.put(field, input);
		if (input == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(input);
			if (date.getYear() < 1 || date.getYear() > 9999) {
				// +999999999-12-31 parses, but PostgreSQL stores no such date
				throw new DateTimeParseException("not a four-digit year", input, 0);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problem(field, input, "problem.field.date");
			return null;
		}
	}

	/** A key sent in the body must be the key in the path. */
	void sameKey(String field, @Nullable Object inBody, Object inPath) {
		if (inBody != null && !Objects.equals(String.valueOf(inBody), String.valueOf(inPath))) {
			problem(field, inBody, "problem.field.keyMismatch", inPath);
		}
	}

	void problem(String field, @Nullable Object value, String messageKey, Object... arguments) {
		problem(FieldProblem.of(field, value, messageKey, arguments));
	}

	private void problem(FieldProblem problem) {
		this.failed.add(problem.field());
		this.problems.add(problem);
	}

	boolean failed(String field) {
		return this.failed.contains(field);
	}

	/**
	 * The value, or the stand-in once the field has a problem, so the record's other
	 * rules can still be checked.
	 */
	<T> T or(String field, T value, T standIn) {
		return failed(field) ? standIn : value;
	}

	/**
	 * Builds a record whose rules span fields; {@code ruleFields} names the field each
	 * rule concerns. Returns null when a rule broke.
	 */
	<T> @Nullable T record(Map<String, String> ruleFields, Supplier<T> constructor) {
		boolean broken = false;
		while (true) {
			try {
				T built = constructor.get();
				return broken ? null : built;
			}
			catch (RuleViolation violation) {
				String field = ruleFields.getOrDefault(violation.rule(), violation.rule());
				if (failed(field)) {
					return null;
				}
				problem(FieldProblem.of(field, this.inputs.get(field), violation));
				broken = true;
			}
		}
	}

	/**
	 * @throws InvalidInputException listing every problem, when there is one
	 */
	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}
