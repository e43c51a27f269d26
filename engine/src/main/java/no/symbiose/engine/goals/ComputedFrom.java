package no.symbiose.engine.goals;

import java.util.Arrays;

/** The part of the platform a computed indicator is computed from. */
public enum ComputedFrom {

	CLIMATE_ACCOUNT("accounts.climate"), ENERGY_ACCOUNT("accounts.energy"), LAND_ACCOUNT("accounts.land"),
	MATERIAL_FLOWS("accounts.material_flows"), REGISTRY("registry"), SYNERGIES("synergies"), PROGRAMME("programme");

	private final String code;

	ComputedFrom(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	static ComputedFrom parse(String code) {
		return Arrays.stream(values())
			.filter(from -> from.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("computed_from \"%s\" is none of %s".formatted(code,
					Arrays.stream(values()).map(ComputedFrom::code).toList())));
	}

}
