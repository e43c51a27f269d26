package no.symbiose.app.accounting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import no.symbiose.engine.accounting.ClimateFactors;
import no.symbiose.engine.accounting.EmissionFactor;
import no.symbiose.engine.registry.EnergyCarrier;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Picks the emission factors of an account's year from the {@code emission_factor} table
 * (loaded from {@code referencedata/emission_factors.csv}, plus hydrogen from migration
 * V5). The rule, the same for every factor:
 * <ol>
 * <li>the factor of the account's year, else the one of the nearest earlier year; never a
 * later one, because it was not known then. No earlier one leaves the figure unknown.
 * Which year was used is kept with the factor and shown.</li>
 * <li>Combustion (scope 1): IPCC 2006 Tier 1 defaults, CO2 + CH4 + N2O per TJ of fuel
 * (net calorific value), the two other gases weighted by the GWP100 of the newest IPCC
 * assessment report in the table (AR6: fossil CH4 29.8, N2O 273), × 0.0036 TJ/MWh.
 * Natural gas is the IPCC's natural gas; oil products are taken as gas/diesel oil,
 * because the registry does not tell the oils apart (residual fuel oil would be 4 %
 * higher); coal and coke have no factor, because coal (94 600 kg CO2/TJ) and coke (107
 * 000) differ and where coke is a reductant its process emissions are not combustion:
 * such a company needs reported emissions.</li>
 * <li>Electricity (scope 2): location-based NVE's climate declaration of physically
 * delivered electricity in Norway; market-based the residual mix of NVE's supplier
 * disclosure (electricity without guarantees of origin).</li>
 * <li>District heat: no factor in the table, so its scope 2 stays unknown.</li>
 * </ol>
 */
@Service
public class AccountFactors {

	/** TJ in one MWh: 1 MWh = 3.6 GJ. */
	static final double TJ_PER_MWH = 0.0036;

	private static final Map<EnergyCarrier, String> COMBUSTION_ITEMS = Map.of(EnergyCarrier.NATURAL_GAS, "natural_gas",
			EnergyCarrier.OIL_PRODUCTS, "gas_diesel_oil", EnergyCarrier.HYDROGEN, "hydrogen");

	private final JdbcClient jdbc;

	private volatile @Nullable List<Row> rows;

	private final Map<Integer, FactorSet> byYear = new ConcurrentHashMap<>();

	AccountFactors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row of {@code emission_factor}. */
	record Row(int id, String category, String item, String region, String yearOrVersion, double value, String unit,
			@Nullable String gas, String source, @Nullable String notes) {

		OptionalInt year() {
			return this.yearOrVersion.matches("\\d{4}") ? OptionalInt.of(Integer.parseInt(this.yearOrVersion))
					: OptionalInt.empty();
		}

	}

	/**
	 * A factor as the account used it.
	 *
	 * @param role what the factor is for, a key under {@code accounts.factor.role.*}
	 * @param factor value in kg CO2e per MWh, source and the year of the value used
	 * @param usedYear the year of the value used; later than none, equal to or earlier
	 * than the account's year
	 * @param accountYear the account's year
	 */
	public record FactorUse(String role, EmissionFactor factor, int usedYear, int accountYear) {

		/** True when the table had no value for the account's year itself. */
		public boolean earlierYear() {
			return this.usedYear != this.accountYear;
		}

	}

	/**
	 * The factors of one year and what was picked.
	 *
	 * @param missing roles without a factor for the year, as keys under
	 * {@code accounts.factor.role.*}
	 */
	public record FactorSet(int year, ClimateFactors climate, List<FactorUse> uses, List<String> missing) {

		public Optional<FactorUse> use(String role) {
			return this.uses.stream().filter(use -> use.role().equals(role)).findFirst();
		}

	}

	/**
	 * The factors of the year. The table is read once and never changes while the
	 * application runs (reference data), so each year's set is computed once: an account
	 * of the nation asks for it once per company.
	 */
	public FactorSet forYear(int year) {
		return this.byYear.computeIfAbsent(year, this::compute);
	}

	private FactorSet compute(int year) {
		List<FactorUse> uses = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		Map<EnergyCarrier, EmissionFactor> combustion = new EnumMap<>(EnergyCarrier.class);
		COMBUSTION_ITEMS.forEach((carrier, item) -> combustion(item, year).ifPresentOrElse(use -> {
			combustion.put(carrier, use.factor());
			uses.add(use);
		}, () -> missing.add("fuel_" + item)));
		missing.add("fuel_coal_and_coke");
		EmissionFactor location = grid("grid_average_physical_delivery", "electricity_location", year, uses, missing);
		EmissionFactor market = grid("residual_mix_supplier_disclosure", "electricity_market", year, uses, missing);
		missing.add("district_heat");
		uses.sort(Comparator.comparing(FactorUse::role));
		missing.sort(Comparator.naturalOrder());
		return new FactorSet(year, new ClimateFactors(combustion, location, market, null), List.copyOf(uses),
				List.copyOf(missing));
	}

	private @Nullable EmissionFactor grid(String item, String role, int year, List<FactorUse> uses,
			List<String> missing) {
		Optional<Row> row = latest(rows("electricity", item, null), year);
		if (row.isEmpty()) {
			missing.add(role);
			return null;
		}
		Row r = row.get();
		EmissionFactor factor = new EmissionFactor(item, kgPerMwh(r), r.source(), r.yearOrVersion());
		uses.add(new FactorUse(role, factor, r.year().getAsInt(), year));
		return factor;
	}

	/**
	 * CO2 + CH4 × GWP + N2O × GWP of one fuel, per MWh; the year is the CO2 row's. CH4
	 * and N2O are added where the table has them for the same year.
	 */
	private Optional<FactorUse> combustion(String item, int year) {
		Optional<Row> co2 = latest(rows("fuel_combustion", item, "CO2").stream()
			.filter(row -> row.unit().startsWith("kg CO2/TJ"))
			.toList(), year);
		if (co2.isEmpty()) {
			return Optional.empty();
		}
		Row carbon = co2.get();
		double kgPerTj = carbon.value();
		StringBuilder source = new StringBuilder(carbon.source()).append(": CO2 ")
			.append(number(carbon.value()))
			.append(" kg/TJ");
		Gwp gwp = gwp();
		boolean weighted = false;
		for (String gas : List.of("CH4", "N2O")) {
			Optional<Row> other = rows("fuel_combustion", item, gas).stream()
				.filter(row -> row.yearOrVersion().equals(carbon.yearOrVersion()) && row.unit().endsWith("/TJ"))
				.findFirst();
			if (other.isPresent() && gwp != null) {
				double weight = gas.equals("CH4") ? gwp.ch4() : gwp.n2o();
				kgPerTj += other.get().value() * weight;
				weighted = true;
				source.append("; ")
					.append(gas)
					.append(' ')
					.append(number(other.get().value()))
					.append(" kg/TJ × GWP100 ")
					.append(number(weight))
					.append(" (")
					.append(other.get().source())
					.append(')');
			}
		}
		if (weighted) {
			source.append("; GWP100: ").append(gwp.source());
		}
		source.append("; × 0.0036 TJ/MWh");
		EmissionFactor factor = new EmissionFactor(item, kgPerTj * TJ_PER_MWH, source.toString(),
				carbon.yearOrVersion());
		return Optional.of(new FactorUse("fuel_" + item, factor, carbon.year().getAsInt(), year));
	}

	/** GWP100 of the newest assessment report that has both CH4 (fossil) and N2O. */
	private record Gwp(double ch4, double n2o, String source) {
	}

	private @Nullable Gwp gwp() {
		for (String report : List.of("AR6", "AR5", "AR4")) {
			Optional<Row> ch4 = rows().stream()
				.filter(row -> row.category().equals("gwp100") && row.yearOrVersion().equals(report)
						&& (row.item().equals("CH4_fossil") || row.item().equals("CH4")))
				.findFirst();
			Optional<Row> n2o = rows().stream()
				.filter(row -> row.category().equals("gwp100") && row.yearOrVersion().equals(report)
						&& row.item().equals("N2O"))
				.findFirst();
			if (ch4.isPresent() && n2o.isPresent()) {
				return new Gwp(ch4.get().value(), n2o.get().value(), ch4.get().source());
			}
		}
		return null;
	}

	/** The row of the year, else of the nearest earlier year. */
	static Optional<Row> latest(List<Row> candidates, int year) {
		return candidates.stream()
			.filter(row -> row.year().isPresent() && row.year().getAsInt() <= year)
			.max(Comparator.comparingInt(row -> row.year().getAsInt()));
	}

	/** kg per MWh from the table's units: g/kWh equals kg/MWh; kg/TJ × 0.0036. */
	static double kgPerMwh(Row row) {
		String unit = row.unit().toLowerCase(Locale.ROOT);
		if (unit.startsWith("g ") && unit.contains("/kwh")) {
			return row.value();
		}
		if (unit.startsWith("kg ") && unit.contains("/kwh")) {
			return row.value() * 1000;
		}
		if (unit.startsWith("kg ") && unit.contains("/tj")) {
			return row.value() * TJ_PER_MWH;
		}
		throw new IllegalStateException(
				"emission_factor %d: unit %s is not per energy".formatted(row.id(), row.unit()));
	}

	private List<Row> rows(String category, String item, @Nullable String gas) {
		return rows().stream()
			.filter(row -> row.category().equals(category) && row.item().equals(item)
					&& (row.region().equals("NO") || row.region().equals("default"))
					&& (gas == null || gas.equals(row.gas())))
			.toList();
	}

	private List<Row> rows() {
		List<Row> loaded = this.rows;
		if (loaded == null) {
			loaded = this.jdbc.sql("select * from emission_factor order by id")
				.query((rs, n) -> new Row(rs.getInt("id"), rs.getString("category"), rs.getString("item"),
						rs.getString("region"), rs.getString("year_or_version"), rs.getDouble("value"),
						rs.getString("unit"), rs.getString("gas"), rs.getString("source"), rs.getString("notes")))
				.list();
			this.rows = loaded;
		}
		return loaded;
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
