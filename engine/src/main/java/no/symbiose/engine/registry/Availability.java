package no.symbiose.engine.registry;

import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * When a stream is available. SEASONAL names its months; CONTINUOUS (all year) and BATCH
 * (irregular) name none.
 */
public record Availability(AvailabilityKind kind, Set<Month> months) {

	public static final Availability CONTINUOUS = new Availability(AvailabilityKind.CONTINUOUS, Set.of());

	public static final Availability BATCH = new Availability(AvailabilityKind.BATCH, Set.of());

	public Availability {
		EnumSet<Month> copy = EnumSet.noneOf(Month.class);
		copy.addAll(months);
		months = Collections.unmodifiableSet(copy);
		if (kind == AvailabilityKind.SEASONAL && months.isEmpty()) {
			throw new RuleViolation("registry.availability.seasonalWithoutMonths",
					"A seasonal stream must name at least one month");
		}
		if (kind != AvailabilityKind.SEASONAL && !months.isEmpty()) {
			throw new RuleViolation("registry.availability.monthsNotSeasonal",
					"A %s stream names no months, but got %s".formatted(kind.key(), monthsText(months)), kind.key(),
					monthsText(months));
		}
	}

	public static Availability seasonal(Month... months) {
		return new Availability(AvailabilityKind.SEASONAL, Set.of(months));
	}

	/**
	 * Reads the {@code availability} and {@code available_months} columns. A blank kind
	 * means continuous. Months are 1–12, {@code ;}-separated, with ranges such as
	 * {@code 5-9}; a range that runs past December wraps into January ({@code 11-2} is a
	 * winter).
	 */
	public static Availability parse(String kind, @Nullable String months) {
		AvailabilityKind parsedKind = kind.isBlank() ? AvailabilityKind.CONTINUOUS : AvailabilityKind.fromKey(kind);
		EnumSet<Month> parsedMonths = EnumSet.noneOf(Month.class);
		if (months != null && !months.isBlank()) {
			for (String part : months.split(";")) {
				String item = part.strip();
				int dash = item.indexOf('-');
				if (dash < 0) {
					parsedMonths.add(month(item, months));
				}
				else {
					Month first = month(item.substring(0, dash), months);
					Month last = month(item.substring(dash + 1), months);
					for (Month m = first; m != last; m = m.plus(1)) {
						parsedMonths.add(m);
					}
					parsedMonths.add(last);
				}
			}
		}
		return new Availability(parsedKind, parsedMonths);
	}

	/**
	 * The months as {@link #parse} reads them: ascending, runs as ranges, e.g.
	 * {@code 1-2;11-12}.
	 */
	public String monthsText() {
		return monthsText(this.months);
	}

	private static String monthsText(Set<Month> months) {
		List<String> parts = new ArrayList<>();
		int start = -1;
		int previous = -1;
		for (int m = 1; m <= 13; m++) {
			boolean present = m <= 12 && months.contains(Month.of(m));
			if (present && start < 0) {
				start = m;
			}
			if (!present && start > 0) {
				parts.add((start == previous) ? String.valueOf(start) : start + "-" + previous);
				start = -1;
			}
			previous = m;
		}
		return String.join(";", parts);
	}

	private static Month month(String text, String whole) {
		String trimmed = text.strip();
		if (trimmed.matches("\\d{1,2}")) {
			int number = Integer.parseInt(trimmed);
			if (number >= 1 && number <= 12) {
				return Month.of(number);
			}
		}
		throw new RuleViolation("registry.availability.monthFormat",
				"Months \"%s\" must be numbers 1–12 separated by ; with ranges like 5-9".formatted(whole), whole);
	}

}
