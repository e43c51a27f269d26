package no.symbiose.engine.registry;

/**
 * A Norwegian organisation number (Enhetsregisteret): 9 digits, the last a modulus-11
 * check digit over the first eight with weights 3, 2, 7, 6, 5, 4, 3, 2
 * (Brønnøysundregistrene, "Organisasjonsnummer"). Remainder 0 gives check digit 0; a
 * remainder of 1 would need check digit 10, so such numbers are never issued.
 */
public record OrgNumber(String value) {

	private static final int[] WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };

	public OrgNumber {
		if (!value.matches("\\d{9}")) {
			throw new RuleViolation("registry.orgNumber.format",
					"Organisation number %s is not exactly 9 digits".formatted(value), value);
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		int remainder = sum % 11;
		int expected = (remainder == 0) ? 0 : 11 - remainder;
		if (expected == 10) {
			throw new RuleViolation("registry.orgNumber.noCheckDigit",
					"Organisation number %s is impossible: its first eight digits need check digit 10 (mod 11)"
						.formatted(value),
					value);
		}
		int actual = value.charAt(8) - '0';
		if (actual != expected) {
			throw new RuleViolation("registry.orgNumber.checkDigit",
					"Organisation number %s has check digit %d, expected %d (mod 11)".formatted(value, actual,
							expected),
					value, actual, expected);
		}
	}

	/** Reads a number as people write it, with spaces ("923 609 016"). */
	public static OrgNumber parse(String text) {
		return new OrgNumber(text.replaceAll("[\\s\\u00A0]", ""));
	}

	public static OrgNumber of(String value) {
		return new OrgNumber(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
