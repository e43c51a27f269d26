package no.symbiose.engine.registry;

/**
 * A municipality number (kommunenummer), four digits; the first two are its county
 * (Statistics Norway).
 */
public record MunicipalityNumber(String value) {

	public MunicipalityNumber {
		if (!value.matches("\\d{4}")) {
			throw new RuleViolation("registry.municipality.format",
					"Municipality number \"%s\" is not 4 digits".formatted(value), value);
		}
	}

	public static MunicipalityNumber of(String value) {
		return new MunicipalityNumber(value.trim());
	}

	public CountyNumber county() {
		return new CountyNumber(this.value.substring(0, 2));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
