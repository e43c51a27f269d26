package no.symbiose.app.accounting;

import org.jspecify.annotations.Nullable;

/** The year parameter {@code ar}: four digits, 1990–2100 as the registry allows. */
final class Years {

	private Years() {
	}

	/** The year, or null when the text is not one. */
	static @Nullable Integer parse(String text) {
		String trimmed = text.strip();
		if (!trimmed.matches("\\d{4}")) {
			return null;
		}
		int year = Integer.parseInt(trimmed);
		return year >= 1990 && year <= 2100 ? year : null;
	}

}
