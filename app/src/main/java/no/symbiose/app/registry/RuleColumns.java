package no.symbiose.app.registry;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which column of a registry table an engine rule spanning several values concerns, so
 * that an import can name the cell and the write API the field. Columns are named as in
 * the import files ({@code land_used_daa}); the API's fields are the same names in
 * camelCase ({@link #field}).
 */
public final class RuleColumns {

	public static final Map<String, String> PARKS = Map.of("registry.park.nameBlank", "name",
			"registry.park.municipalityOutsideCounty", "municipality_number", "registry.land.usedAboveTotal",
			"land_used_daa", "registry.land.freeAboveUnused", "land_free_zoned_daa",
			"registry.buildings.usedAboveTotal", "building_used_m2", "registry.geo.latitude", "lat",
			"registry.geo.longitude", "lon", "registry.year.range", "land_year");

	public static final Map<String, String> COMPANIES = Map.of("registry.company.orgNumberMismatch", "org_number",
			"registry.company.nameBlank", "name", "registry.tenancy.endsBeforeStart", "tenancy_to",
			"registry.geo.latitude", "lat", "registry.geo.longitude", "lon");

	public static final Map<String, String> YEARLY_FACTS = Map.of("registry.year.range", "year",
			"registry.facts.employeesNegative", "employees", "registry.facts.exportAboveTurnover", "export_nok",
			"units.negative", "turnover_nok");

	public static final Map<String, String> STREAMS = Map.ofEntries(Map.entry("registry.year.range", "year"),
			Map.entry("registry.stream.keyFormat", "stream_key"), Map.entry("registry.stream.nameBlank", "name"),
			Map.entry("registry.stream.wasteWithoutEwc", "ewc_code"),
			Map.entry("registry.stream.excessHeatWithoutMedium", "heat_medium"),
			Map.entry("registry.stream.heatNotInMegawattHours", "unit"),
			Map.entry("registry.stream.withoutEwcOrMaterial", "material_class"),
			Map.entry("registry.availability.seasonalWithoutMonths", "available_months"),
			Map.entry("registry.availability.monthsNotSeasonal", "available_months"),
			Map.entry("registry.availability.monthFormat", "available_months"),
			Map.entry("registry.availabilityKind.unknown", "availability"), Map.entry("units.negative", "quantity"));

	private RuleColumns() {
	}

	/** The write API's name of a column: {@code land_used_daa} is {@code landUsedDaa}. */
	public static String field(String column) {
		String[] words = column.split("_");
		StringBuilder field = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			field.append(words[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(words[i].substring(1));
		}
		return field.toString();
	}

	/** A table's map with the API's field names. */
	static Map<String, String> fields(Map<String, String> columns) {
		return columns.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> field(entry.getValue())));
	}

}
