package no.symbiose.app.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of docs/import-formats.md with their columns in file order. Export writes
 * exactly these columns, so an export re-imports unchanged.
 */
public enum Table {

	PARKS("parks",
			List.of("park_key", "name", "kind", "organisation_model", "county_number", "municipality_number", "lat",
					"lon", "land_total_daa", "land_used_daa", "land_free_zoned_daa", "building_total_m2",
					"building_used_m2", "infrastructure", "transformer_capacity_mva", "source", "land_year"),
			List.of("park_key", "name", "kind", "county_number")),

	COMPANIES("companies",
			List.of("company_key", "org_number", "name", "nace_version", "nace_code", "municipality_number", "lat",
					"lon", "park_key", "tenancy_from", "tenancy_to", "source"),
			List.of("company_key", "name")),

	YEARLY_FACTS("yearly_facts",
			List.of("company_key", "year", "electricity_mwh", "natural_gas_mwh", "oil_products_mwh",
					"coal_and_coke_mwh", "biomass_mwh", "district_heat_mwh", "hydrogen_mwh",
					"self_produced_electricity_mwh", "peak_power_kw", "transformer_id", "direct_emissions_t_co2e",
					"employees", "turnover_nok", "export_nok", "confidentiality", "source"),
			List.of("company_key", "year")),

	STREAMS("streams",
			List.of("company_key", "year", "stream_key", "direction", "name", "ewc_code", "material_class",
					"heat_medium", "temperature_c", "quantity", "unit", "availability", "available_months",
					"treatment_code", "destination", "confidentiality", "source"),
			List.of("company_key", "year", "stream_key", "direction", "name")),

	/**
	 * Land and building figures reported only as a total over a group of parks (source
	 * 002); national administrators only.
	 */
	LAND_SURVEYS("land_surveys",
			List.of("survey_key", "year", "park_keys", "parks_answered", "land_total_daa", "land_free_zoned_daa",
					"land_use_percent_reported", "building_free_m2", "building_use_percent_reported", "source",
					"quote"),
			List.of("survey_key", "year", "park_keys", "parks_answered", "source"));

	/**
	 * Fixed value lists of enum-like columns, for templates (data validation) and the
	 * guide.
	 */
	static final Map<String, List<String>> CHOICES = Map.of("kind",
			List.of("industripark", "teknologipark", "naeringspark"), "organisation_model",
			List.of("single_owner_with_facilitator", "several_owners_without_facilitator"), "nace_version",
			List.of("SN2007", "SN2025"), "confidentiality", List.of("public", "park", "private"), "direction",
			List.of("input", "product", "side_stream", "waste", "excess_heat"), "heat_medium",
			List.of("steam", "hot_water", "flue_gas", "cooling_water", "air", "other"), "unit",
			List.of("t/yr", "MWh/yr", "m3/yr", "Nm3/yr"), "availability", List.of("continuous", "seasonal", "batch"));

	private final String key;

	private final List<String> columns;

	private final List<String> requiredColumns;

	Table(String key, List<String> columns, List<String> requiredColumns) {
		this.key = key;
		this.columns = columns;
		this.requiredColumns = requiredColumns;
	}

	/**
	 * The name in URLs and file names: {@code parks}, {@code companies},
	 * {@code yearly_facts}, {@code streams}.
	 */
	public String key() {
		return this.key;
	}

	public List<String> columns() {
		return this.columns;
	}

	/** Columns the header must contain; their cells must not be empty. */
	public List<String> requiredColumns() {
		return this.requiredColumns;
	}

	public String fileName(Format format) {
		return this.key + "." + format.extension();
	}

	/** Also accepts {@code yearly-facts} and upper case. */
	public static Optional<Table> fromKey(String key) {
		String wanted = key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
		for (Table table : values()) {
			if (table.key.equals(wanted)) {
				return Optional.of(table);
			}
		}
		return Optional.empty();
	}

	/**
	 * The table whose columns include every header column and whose required columns are
	 * all present; the one matching most columns if several do.
	 */
	public static Optional<Table> detect(List<String> header) {
		Set<String> names = new HashSet<>(header);
		names.remove("");
		Table best = null;
		for (Table table : values()) {
			if (table.columns.containsAll(names) && names.containsAll(table.requiredColumns)
					&& (best == null || table.requiredColumns.size() > best.requiredColumns.size())) {
				best = table;
			}
		}
		return Optional.ofNullable(best);
	}

}
