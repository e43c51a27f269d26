package no.symbiose.app.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.MaterialClass;

/**
 * Structure-aware import files for the fuzz tests: a table, a header that is mostly right
 * (sometimes shuffled, short of a column, with a column twice or one of another table)
 * and rows whose cells are mostly what the column expects, near misses of it, or
 * anything. Keys name the demo data's parks and companies, so that many rows pass the
 * checks against the registry and reach the upsert.
 */
final class FuzzedTables {

	/** A table file before it is written as CSV or XLSX. */
	record Generated(@Nullable Table requested, List<String> header, List<List<String>> rows) {
	}

	static final List<String> PARK_KEYS = List.of("heroya", "mo", "mongstad", "treklyngen", "fuzz-park", "HERØYA",
			"park:heroya", "");

	static final List<String> COMPANY_KEYS = List.of("hotmaps:741", "hotmaps:742", "park:heroya", "fuzz:company",
			"974760673", "hotmaps:", ":", "");

	private static final List<String> NUMBERS = List.of("0", "1", "12.5", "12,5", "-1", "-0", "1e3", "1E308", "1e309",
			"-1e309", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "12 345", "١٢٣", "00012", ".5", "5.", "+7",
			"9999999999999999999999", "4.9e-324", "2.5e-400", "1.7976931348623157E308", " 42 ", "42a", "∞");

	private static final List<String> YEARS = List.of("2024", "2023", "2030", "1990", "1899", "0", "-1", "32767",
			"32768", "99999", "2147483648", "2024.0", "2024.5", " 2024", "MMXXIV", "２０２４");

	private static final List<String> DATES = List.of("2024-01-01", "2023-12-31", "2024-02-29", "2023-02-29",
			"2024-13-01", "2024-1-1", "01.01.2024", "2024-01-01T00:00", "+999999999-12-31", "-999999999-01-01",
			"0000-01-01", "9999-12-31", "2024-01-01Z", "");

	private static final List<String> TEXTS = List.of("Herøya Industripark", "Æ Ø Å æ ø å", "=1+1", "+SUM(A1:A9)",
			"-2+3", "@cmd", "'=1+1", "\"quoted\"", "a,b", "line\nbreak", "line\r\nbreak", "\t", "\u0000", "\uFEFF",
			"\uD83D\uDE00", "\uD800", "<script>alert(1)</script>", "'; drop table park; --", "${jndi:ldap://x}", "%s%n",
			"{0}", "\\", " ", "");

	private static final Map<String, List<String>> VALUES = Map.ofEntries(Map.entry("park_key", PARK_KEYS),
			Map.entry("company_key", COMPANY_KEYS),
			Map.entry("survey_key", List.of("siva-industriparkene-2024", "fuzz-survey", "Fuzz Survey", "")),
			Map.entry("stream_key", List.of("salts", "minerals", "fuzz-stream", "a b", "")),
			Map.entry("park_keys", List.of("heroya;mo", "heroya;heroya", "heroya", ";", "heroya;unknown", "")),
			Map.entry("county_number", List.of("40", "03", "18", "4", "040", "99", "00", "")),
			Map.entry("municipality_number", List.of("4001", "0301", "1833", "401", "9999", "40010", "")),
			Map.entry("org_number", List.of("974760673", "974760674", "97476067", "9747606730", "abc", "")),
			Map.entry("nace_version", List.of("SN2007", "SN2025", "sn2007", "NACE2", "")),
			Map.entry("nace_code", List.of("24.10", "24.1", "24", "C", "99.99", "24.10.1", "")),
			Map.entry("ewc_code",
					List.of("10 01 01", "100101", "10 01 01*", "16 01 04*", "16 01 04", "99 99 99", "10 01", "1", "")),
			Map.entry("material_class", materialClasses()),
			Map.entry("treatment_code", List.of("R3", "D1", "R13", "R0", "X1", "r3", "")),
			Map.entry("available_months", List.of("1;2;3", "12", "0", "13", "1;1", ";", "1,2", "-1", "")),
			Map.entry("infrastructure", List.of("quay;rail", "quay", "rail;rail", "pipeline", "moon", ";", "")),
			Map.entry("transformer_id", List.of("T1", "", "x".repeat(300))),
			Map.entry("destination", List.of("heroya", "Herøya", "")), Map.entry("year", YEARS),
			Map.entry("land_year", YEARS), Map.entry("tenancy_from", DATES), Map.entry("tenancy_to", DATES));

	private FuzzedTables() {
	}

	private static List<String> materialClasses() {
		List<String> keys = new ArrayList<>();
		for (MaterialClass material : MaterialClass.values()) {
			keys.add(material.key());
		}
		keys.addAll(List.of("METAL_SCRAP", "metal scrap", "plutonium", ""));
		return keys;
	}

	static Generated generate(FuzzedDataProvider data) {
		Table table = data.pickValue(Table.values());
		Table requested = switch (data.consumeInt(0, 7)) {
			case 0 -> null;
			case 1 -> data.pickValue(Table.values());
			default -> table;
		};
		List<String> header = new ArrayList<>(table.columns());
		switch (data.consumeInt(0, 9)) {
			case 0 -> Collections.shuffle(header, new java.util.Random(data.consumeLong()));
			case 1 -> header.remove(data.consumeInt(0, header.size() - 1));
			case 2 -> header.add(data.pickValue(header));
			case 3 -> header.add(data.pickValue(data.pickValue(Table.values()).columns()));
			case 4 -> header.set(data.consumeInt(0, header.size() - 1), data.consumeString(20));
			case 5 -> header.replaceAll(c -> c.toUpperCase(java.util.Locale.ROOT) + " ");
			case 6 -> header.add("");
			default -> {
			}
		}
		List<List<String>> rows = new ArrayList<>();
		int count = data.consumeInt(0, 6);
		for (int r = 0; r < count; r++) {
			List<String> row = new ArrayList<>();
			for (String column : header) {
				row.add(cell(data, column.strip().toLowerCase(java.util.Locale.ROOT)));
			}
			if (data.consumeInt(0, 15) == 0) {
				row.add(cell(data, "source"));
			}
			rows.add(row);
		}
		return new Generated(requested, header, rows);
	}

	/** A cell for the column: usually a value of its kind, sometimes anything. */
	static String cell(FuzzedDataProvider data, String column) {
		int choice = data.consumeInt(0, 11);
		if (choice == 0) {
			return data.consumeString(40);
		}
		if (choice == 1) {
			return data.pickValue(TEXTS);
		}
		if (choice == 2 && data.consumeBoolean()) {
			// a very long cell
			return "x".repeat(data.consumeInt(1_000, 70_000));
		}
		if (choice == 3) {
			return data.pickValue(NUMBERS);
		}
		List<String> known = VALUES.get(column);
		if (known != null) {
			return data.pickValue(known);
		}
		List<String> choices = Table.CHOICES.get(column);
		if (choices != null) {
			return data.consumeInt(0, 5) == 0 ? data.pickValue(choices).toUpperCase(java.util.Locale.ROOT)
					: data.pickValue(choices);
		}
		if (column.endsWith("_daa") || column.endsWith("_m2") || column.endsWith("_mwh") || column.endsWith("_kw")
				|| column.endsWith("_mva") || column.endsWith("_co2e") || column.endsWith("_nok")
				|| column.endsWith("percent_reported") || column.equals("employees") || column.equals("quantity")
				|| column.equals("temperature_c") || column.equals("parks_answered") || column.equals("lat")
				|| column.equals("lon")) {
			return data.consumeBoolean() ? data.pickValue(NUMBERS) : String.valueOf(
					data.consumeBoolean() ? data.consumeInt(-1_000, 1_000_000) : data.consumeRegularDouble(-1e6, 1e6));
		}
		return data.consumeBoolean() ? data.pickValue(TEXTS) : data.consumeString(30);
	}

}
