package no.symbiose.engine.registry;

/**
 * An industry code of the Norwegian standard (Statistics Norway, SN2007 / SN2025), from
 * division to Norwegian sub-class: {@code 24}, {@code 24.4}, {@code 24.42},
 * {@code 24.421}. Only the form is checked here; whether the code exists is the
 * {@link NaceCatalog}'s job.
 */
public record NaceCode(NaceVersion version, String code) {

	public NaceCode {
		if (!code.matches("\\d{2}(\\.\\d{1,3})?")) {
			throw new RuleViolation("registry.nace.format",
					"NACE code \"%s\" is not of the form 24, 24.4, 24.42 or 24.421".formatted(code), code);
		}
	}

	public static NaceCode of(NaceVersion version, String code) {
		return new NaceCode(version, code.trim());
	}

	/** The two-digit division, such as {@code 24} (manufacture of basic metals). */
	public String division() {
		return this.code.substring(0, 2);
	}

	@Override
	public String toString() {
		return this.version + " " + this.code;
	}

}
