package no.symbiose.engine.registry;

import java.util.Optional;

/**
 * A company's natural key: its organisation number, or, when none is known, a reference
 * prefixed by its source, such as {@code hotmaps:741}.
 */
public record CompanyKey(String value) {

	public CompanyKey {
		if (value.matches("\\d{9}")) {
			new OrgNumber(value);
		}
		else if (!value.matches("[a-z][a-z0-9]*:[A-Za-z0-9._-]{1,64}")) {
			throw new RuleViolation("registry.companyKey.format",
					"Company key \"%s\" is neither a 9-digit organisation number nor a reference like hotmaps:741"
						.formatted(value),
					value);
		}
	}

	public static CompanyKey of(String value) {
		return new CompanyKey(value);
	}

	public static CompanyKey of(OrgNumber orgNumber) {
		return new CompanyKey(orgNumber.value());
	}

	public Optional<OrgNumber> orgNumber() {
		return this.value.matches("\\d{9}") ? Optional.of(new OrgNumber(this.value)) : Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
