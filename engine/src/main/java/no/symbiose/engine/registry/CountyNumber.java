package no.symbiose.engine.registry;

/**
 * A county number (fylkesnummer), two digits, of the 2024 division (Statistics Norway),
 * e.g. 40 Telemark.
 */
public record CountyNumber(String value) {

	public CountyNumber {
		if (!value.matches("\\d{2}")) {
			throw new RuleViolation("registry.county.format", "County number \"%s\" is not 2 digits".formatted(value),
					value);
		}
	}

	public static CountyNumber of(String value) {
		return new CountyNumber(value.trim());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
