package no.symbiose.engine.registry;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A company (or one of its sites) in the registry, one row of {@code companies.csv}. When
 * the key is an organisation number, {@link #orgNumber()} is that number.
 */
public record Company(CompanyKey key, @Nullable OrgNumber orgNumber, String name, @Nullable NaceCode nace,
		@Nullable MunicipalityNumber municipality, @Nullable GeoPoint location, @Nullable String source) {

	public Company {
		Optional<OrgNumber> fromKey = key.orgNumber();
		if (fromKey.isPresent()) {
			if (orgNumber == null) {
				orgNumber = fromKey.get();
			}
			else if (!orgNumber.equals(fromKey.get())) {
				throw new RuleViolation("registry.company.orgNumberMismatch",
						"Organisation number %s differs from the company key %s".formatted(orgNumber, key),
						orgNumber.value(), key.value());
			}
		}
		name = Keys.requireNotBlank(name, "registry.company.nameBlank", "A company's name");
	}

}
