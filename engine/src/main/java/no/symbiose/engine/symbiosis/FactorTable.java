package no.symbiose.engine.symbiosis;

import java.io.Reader;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The documented factors of the knowledge base ({@code factors.csv}): transport emissions
 * and costs by mode, avoided emissions per tonne or MWh, heat-pump limits, densities. A
 * figure whose factor is missing stays unknown; nothing falls back to a made-up default.
 */
public final class FactorTable {

	/** Transport emissions, kg CO2e per tonne-km, by mode. */
	public static String transportCo2e(TransportMode mode) {
		return TRANSPORT_CO2E[mode.ordinal()];
	}

	private static final String[] TRANSPORT_CO2E = java.util.Arrays.stream(TransportMode.values())
		.map(mode -> "transport." + mode.key() + ".co2e")
		.toArray(String[]::new);

	private static final String[] TRANSPORT_COST = java.util.Arrays.stream(TransportMode.values())
		.map(mode -> "transport." + mode.key() + ".cost")
		.toArray(String[]::new);

	/** Transport cost, NOK per tonne-km, by mode. */
	public static String transportCost(TransportMode mode) {
		return TRANSPORT_COST[mode.ordinal()];
	}

	public static final String HEAT_PIPE_COST = "heat.pipe.cost";

	public static final String HEAT_PUMP_COST = "heat-pump.cost";

	public static final String ELECTRICITY_CO2E = "electricity.grid.co2e";

	public static final String ELECTRICITY_PRICE = "electricity.price";

	public static final String HEAT_PUMP_CARNOT_EFFICIENCY = "heat-pump.carnot-efficiency";

	public static final String HEAT_PUMP_MAX_SINK = "heat-pump.max-sink";

	public static final String HEAT_PUMP_MAX_LIFT = "heat-pump.max-lift";

	public static final String TEMPERATURE_MARGIN = "heat.temperature-margin";

	public static final String ROAD_DETOUR = "road.detour-factor";

	private final String version;

	private final Map<String, Factor> factors;

	public FactorTable(String version, Collection<Factor> factors) {
		this.version = version;
		Map<String, Factor> byKey = new LinkedHashMap<>();
		for (Factor factor : factors) {
			if (byKey.put(factor.key(), factor) != null) {
				throw new IllegalArgumentException("Factor %s is defined twice".formatted(factor.key()));
			}
		}
		this.factors = Collections.unmodifiableMap(byKey);
	}

	/**
	 * Reads {@code factors.csv}: a {@code # version: ...} line, then the columns
	 * {@code factor_key,value,unit,description_nb,description_en,source,year}.
	 */
	public static FactorTable parse(Reader csv) {
		KnowledgeBaseCsv file = KnowledgeBaseCsv.read(csv, "factors.csv");
		java.util.List<Factor> factors = new java.util.ArrayList<>();
		for (KnowledgeBaseCsv.Row row : file.rows()) {
			try {
				factors.add(new Factor(row.required("factor_key"), row.number("value"), row.required("unit"),
						row.text("description_nb"), row.text("description_en"), row.required("source"),
						row.optional("year")));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("factors.csv record %d: %s".formatted(row.line(), ex.getMessage()),
						ex);
			}
		}
		return new FactorTable(file.version(), factors);
	}

	public String version() {
		return this.version;
	}

	public Collection<Factor> all() {
		return this.factors.values();
	}

	public Optional<Factor> find(@Nullable String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(this.factors.get(key));
	}

	public boolean contains(String key) {
		return this.factors.containsKey(key);
	}

	/**
	 * The density of a gas or liquid class in t per Nm3 or m3, where the table has one.
	 */
	public Optional<Factor> density(String materialClassKey) {
		return find("density." + materialClassKey.replace('_', '-'));
	}

}
