package no.symbiose.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.Company;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.Infrastructure;
import no.symbiose.engine.registry.Park;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.Tenancy;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.MegawattHours;

/**
 * Writes a {@link NationalDataSet} as the import files of {@code docs/import-formats.md}
 * ({@code parks.csv}, {@code companies.csv}, {@code yearly_facts.csv},
 * {@code streams.csv}: UTF-8, {@code ,}, {@code "} quoting, header row, {@code .}
 * decimals, empty = unknown), to be loaded through the app's import in that order. The
 * column lists are the app's ({@code app/.../importing/Table.java}); the bench module
 * cannot see that class, so they are repeated here.
 */
public final class NationalCsv {

	static final List<String> PARKS = List.of("park_key", "name", "kind", "organisation_model", "county_number",
			"municipality_number", "lat", "lon", "land_total_daa", "land_used_daa", "land_free_zoned_daa",
			"building_total_m2", "building_used_m2", "infrastructure", "transformer_capacity_mva", "source",
			"land_year");

	static final List<String> COMPANIES = List.of("company_key", "org_number", "name", "nace_version", "nace_code",
			"municipality_number", "lat", "lon", "park_key", "tenancy_from", "tenancy_to", "source");

	static final List<String> YEARLY_FACTS = List.of("company_key", "year", "electricity_mwh", "natural_gas_mwh",
			"oil_products_mwh", "coal_and_coke_mwh", "biomass_mwh", "district_heat_mwh", "hydrogen_mwh",
			"self_produced_electricity_mwh", "peak_power_kw", "transformer_id", "direct_emissions_t_co2e", "employees",
			"turnover_nok", "export_nok", "confidentiality", "source");

	static final List<String> STREAMS = List.of("company_key", "year", "stream_key", "direction", "name", "ewc_code",
			"material_class", "heat_medium", "temperature_c", "quantity", "unit", "availability", "available_months",
			"treatment_code", "destination", "confidentiality", "source");

	private NationalCsv() {
	}

	/** Writes the four files into the directory (created if missing); returns them. */
	public static List<Path> write(NationalDataSet set, Path directory) throws IOException {
		Files.createDirectories(directory);
		List<Path> files = new ArrayList<>();
		files.add(write(directory.resolve("parks.csv"), PARKS, set.parks(), park -> parkRow(park, set.landYear())));
		Map<String, Tenancy> tenancies = new HashMap<>();
		for (Tenancy tenancy : set.tenancies()) {
			tenancies.put(tenancy.company().value(), tenancy);
		}
		files.add(write(directory.resolve("companies.csv"), COMPANIES, set.companies(),
				company -> companyRow(company, tenancies.get(company.key().value()))));
		files.add(write(directory.resolve("yearly_facts.csv"), YEARLY_FACTS, set.facts(), NationalCsv::factsRow));
		files.add(write(directory.resolve("streams.csv"), STREAMS, set.streams(), NationalCsv::streamRow));
		return files;
	}

	private interface Row<T> {

		List<@Nullable Object> cells(T item);

	}

	private static <T> Path write(Path file, List<String> header, List<T> items, Row<T> row) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", header));
			out.write('\n');
			StringBuilder line = new StringBuilder(256);
			for (T item : items) {
				line.setLength(0);
				List<@Nullable Object> cells = row.cells(item);
				if (cells.size() != header.size()) {
					throw new IllegalStateException(
							"%d cells for %d columns of %s".formatted(cells.size(), header.size(), file.getFileName()));
				}
				for (int i = 0; i < cells.size(); i++) {
					if (i > 0) {
						line.append(',');
					}
					line.append(cell(cells.get(i)));
				}
				out.append(line).append('\n');
			}
		}
		return file;
	}

	private static List<@Nullable Object> parkRow(Park park, int landYear) {
		return Arrays.asList(park.key().value(), park.name(), park.kind().key(),
				park.organisationModel() == null ? null : park.organisationModel().key(), park.county().value(),
				park.municipality() == null ? null : park.municipality().value(),
				park.location() == null ? null : park.location().latitude(),
				park.location() == null ? null : park.location().longitude(),
				park.land().total() == null ? null : park.land().total().value(),
				park.land().used() == null ? null : park.land().used().value(),
				park.land().freeZoned() == null ? null : park.land().freeZoned().value(),
				park.buildings().total() == null ? null : park.buildings().total().value(),
				park.buildings().used() == null ? null : park.buildings().used().value(),
				park.infrastructure().stream().map(Infrastructure::key).collect(Collectors.joining(";")),
				park.transformerCapacity() == null ? null : park.transformerCapacity().value(), park.source(),
				landYear);
	}

	private static List<@Nullable Object> companyRow(Company company, @Nullable Tenancy tenancy) {
		return Arrays.asList(company.key().value(), company.orgNumber() == null ? null : company.orgNumber().value(),
				company.name(), company.nace() == null ? null : company.nace().version().name(),
				company.nace() == null ? null : company.nace().code(),
				company.municipality() == null ? null : company.municipality().value(),
				company.location() == null ? null : company.location().latitude(),
				company.location() == null ? null : company.location().longitude(),
				tenancy == null ? null : tenancy.park().value(), tenancy == null ? null : tenancy.from(),
				tenancy == null ? null : tenancy.to(), company.source());
	}

	private static List<@Nullable Object> factsRow(YearlyFacts facts) {
		List<@Nullable Object> cells = new ArrayList<>(YEARLY_FACTS.size());
		cells.add(facts.company().value());
		cells.add(facts.year());
		for (EnergyCarrier carrier : EnergyCarrier.values()) {
			MegawattHours use = facts.energyUse().get(carrier);
			cells.add(use == null ? null : use.value());
		}
		cells.add(facts.selfProducedElectricity() == null ? null : facts.selfProducedElectricity().value());
		cells.add(facts.peakPower() == null ? null : facts.peakPower().value());
		cells.add(facts.transformerId());
		cells.add(facts.directEmissions() == null ? null : facts.directEmissions().value());
		cells.add(facts.employees());
		cells.add(facts.turnover() == null ? null : facts.turnover().value());
		cells.add(facts.export() == null ? null : facts.export().value());
		cells.add(facts.confidentiality().key());
		cells.add(facts.source());
		return cells;
	}

	private static List<@Nullable Object> streamRow(Stream stream) {
		return Arrays.asList(stream.company().value(), stream.year(), stream.key(), stream.direction().key(),
				stream.name(), stream.ewc() == null ? null : stream.ewc().code(),
				stream.material() == null ? null : stream.material().key(),
				stream.heatMedium() == null ? null : stream.heatMedium().key(),
				stream.temperature() == null ? null : stream.temperature().value(),
				stream.quantity() == null ? null : stream.quantity().amount(),
				stream.quantity() == null ? (stream.isHeat() ? "MWh/yr" : null) : stream.quantity().unit().symbol(),
				stream.availability().kind().key(),
				stream.availability()
					.months()
					.stream()
					.map(Month::getValue)
					.map(String::valueOf)
					.collect(Collectors.joining(";")),
				stream.treatment() == null ? null : stream.treatment().code(), stream.destination(),
				stream.confidentiality().key(), stream.source());
	}

	/**
	 * A cell: numbers plainly ({@code 1200}, {@code 12.5}), text quoted when it must be.
	 */
	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text;
		if (value instanceof Double number) {
			text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		else {
			text = value.toString();
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
