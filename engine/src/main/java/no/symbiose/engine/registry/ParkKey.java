package no.symbiose.engine.registry;

/** A park's natural key in imports and URLs: a lower-case slug such as {@code heroya}. */
public record ParkKey(String value) {

	public ParkKey {
		if (!value.matches("[a-z0-9][a-z0-9-]{1,62}")) {
			throw new RuleViolation("registry.parkKey.format",
					"Park key \"%s\" is not a slug of 2–63 characters a–z, 0–9 and -".formatted(value), value);
		}
	}

	public static ParkKey of(String value) {
		return new ParkKey(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
