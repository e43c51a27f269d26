package no.symbiose.app.registry;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the write API: the columns of the import files
 * ({@code docs/import-formats.md}) in camelCase. Everything is nullable here so that
 * {@link RegistryValidator} can name every missing or wrong field at once; the values
 * follow the engine's rules, as imports do. Keys in the body are optional; when present
 * they must equal the keys in the path. {@code version} is the optimistic lock: send the
 * version you read, and a write over someone else's newer change answers 409; leave it
 * out to overwrite.
 */
public final class RegistryInputs {

	private RegistryInputs() {
	}

	public record ParkInput(@Nullable String parkKey, @Nullable String name, @Nullable String kind,
			@Nullable String organisationModel, @Nullable String countyNumber, @Nullable String municipalityNumber,
			@Nullable Double lat, @Nullable Double lon, @Nullable Double landTotalDaa, @Nullable Double landUsedDaa,
			@Nullable Double landFreeZonedDaa, @Nullable Double buildingTotalM2, @Nullable Double buildingUsedM2,
			@Nullable List<String> infrastructure, @Nullable Double transformerCapacityMva, @Nullable String source,
			@Nullable Integer landYear, @Nullable Integer version) {
	}

	/** {@code tenancyFrom} and {@code tenancyTo} are ISO dates (2024-01-01). */
	public record CompanyInput(@Nullable String companyKey, @Nullable String orgNumber, @Nullable String name,
			@Nullable String naceVersion, @Nullable String naceCode, @Nullable String municipalityNumber,
			@Nullable Double lat, @Nullable Double lon, @Nullable String parkKey, @Nullable String tenancyFrom,
			@Nullable String tenancyTo, @Nullable String source, @Nullable Integer version) {
	}

	public record FactsInput(@Nullable String companyKey, @Nullable Integer year, @Nullable Double electricityMwh,
			@Nullable Double naturalGasMwh, @Nullable Double oilProductsMwh, @Nullable Double coalAndCokeMwh,
			@Nullable Double biomassMwh, @Nullable Double districtHeatMwh, @Nullable Double hydrogenMwh,
			@Nullable Double selfProducedElectricityMwh, @Nullable Double peakPowerKw, @Nullable String transformerId,
			@Nullable Double directEmissionsTCo2e, @Nullable Integer employees, @Nullable Long turnoverNok,
			@Nullable Long exportNok, @Nullable String confidentiality, @Nullable String source,
			@Nullable Integer version) {
	}

	/** {@code availableMonths} are the numbers 1–12 of a seasonal stream's months. */
	public record StreamInput(@Nullable String companyKey, @Nullable Integer year, @Nullable String streamKey,
			@Nullable String direction, @Nullable String name, @Nullable String ewcCode, @Nullable String materialClass,
			@Nullable String heatMedium, @Nullable Double temperatureC, @Nullable Double quantity,
			@Nullable String unit, @Nullable String availability, @Nullable List<Integer> availableMonths,
			@Nullable String treatmentCode, @Nullable String destination, @Nullable String confidentiality,
			@Nullable String source, @Nullable Integer version) {
	}

}
