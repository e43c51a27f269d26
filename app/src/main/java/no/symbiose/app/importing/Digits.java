package no.symbiose.app.importing;

/**
 * Codes with leading zeros that a spreadsheet turned into numbers (3 for county 03) get
 * them back.
 */
final class Digits {

	private Digits() {
	}

	static String pad(String text, int length) {
		String value = text.strip();
		if (value.matches("\\d+") && value.length() < length) {
			return "0".repeat(length - value.length()) + value;
		}
		return value;
	}

}
