package no.symbiose.app.registry;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Read models of the registry as the API and the pages show them. Units are in the names;
 * null means unknown and is shown as missing, never as zero. {@code version} is the
 * optimistic lock a client sends back with a change.
 */
public final class RegistryViews {

	private RegistryViews() {
	}

	public record PageOf<T>(List<T> items, int page, int size, long totalItems) {

		public long totalPages() {
			return size == 0 ? 0 : (totalItems + size - 1) / size;
		}

	}

	public record ParkView(long id, String key, String name, String kind, @Nullable String organisationModel,
			String countyNumber, String countyName, @Nullable String municipalityNumber,
			@Nullable String municipalityName, @Nullable Double lat, @Nullable Double lon,
			@Nullable Double landTotalDaa, @Nullable Double landUsedDaa, @Nullable Double landFreeZonedDaa,
			@Nullable Double buildingTotalM2, @Nullable Double buildingUsedM2, List<String> infrastructure,
			@Nullable Double transformerCapacityMva, @Nullable String source, @Nullable Integer landYear,
			long tenantCount, int version) {
	}

	public record TenancyView(String parkKey, String parkName, LocalDate validFrom, @Nullable LocalDate validTo) {
	}

	public record CompanyView(long id, String key, @Nullable String orgNumber, String name,
			@Nullable String naceVersion, @Nullable String naceCode, @Nullable String naceNameNb,
			@Nullable String naceNameEn, @Nullable String municipalityNumber, @Nullable String municipalityName,
			@Nullable String countyNumber, @Nullable Double lat, @Nullable Double lon, @Nullable String source,
			List<TenancyView> tenancies, int version) {
	}

	public record FactsView(long id, String companyKey, int year, @Nullable Double electricityMwh,
			@Nullable Double naturalGasMwh, @Nullable Double oilProductsMwh, @Nullable Double coalAndCokeMwh,
			@Nullable Double biomassMwh, @Nullable Double districtHeatMwh, @Nullable Double hydrogenMwh,
			@Nullable Double selfProducedElectricityMwh, @Nullable Double peakPowerKw, @Nullable String transformerId,
			@Nullable Double directEmissionsTCo2e, @Nullable Integer employees, @Nullable Long turnoverNok,
			@Nullable Long exportNok, String confidentiality, @Nullable String source, int version) {
	}

	public record StreamView(long id, String companyKey, int year, String streamKey, String direction, String name,
			@Nullable String ewcCode, @Nullable String ewcTitleNb, @Nullable String ewcTitleEn,
			@Nullable String materialClass, @Nullable String heatMedium, @Nullable Double temperatureC,
			@Nullable Double quantity, @Nullable String unit, String availability, List<Integer> availableMonths,
			@Nullable String treatmentCode, @Nullable String destination, String confidentiality,
			@Nullable String source, int version) {
	}

	/** A point on the public map: a park or a company site. */
	public record MapSite(String kind, String key, String name, double lat, double lon, @Nullable String parkKey,
			@Nullable Double directEmissionsTCo2e, @Nullable Integer emissionsYear) {
	}

}
