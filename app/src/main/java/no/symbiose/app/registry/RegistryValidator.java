package no.symbiose.app.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.registry.RegistryInputs.CompanyInput;
import no.symbiose.app.registry.RegistryInputs.FactsInput;
import no.symbiose.app.registry.RegistryInputs.ParkInput;
import no.symbiose.app.registry.RegistryInputs.StreamInput;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every rule a registry write must pass, checked before anything is written and reported all
 * at once, one {@link FieldProblem} per broken rule. Codes are checked against the reference
 * tables. The rules on single values mirror the engine's registry records
 * ({@code no.symbiose.engine.registry}: OrgNumber, CompanyKey, Stream, Availability, ...), which
 * validate on construction; this is the one class that will delegate to them once they are on
 * this branch, keeping the lookups that need the database here.
 */
@Component
class RegistryValidator {

	static final List<String> PARK_KINDS = List.of("industripark", "teknologipark", "naeringspark");

	static final List<String> ORGANISATION_MODELS = List.of("single_owner_with_facilitator",
			"several_owners_without_facilitator");

	static final List<String> INFRASTRUCTURE = List.of("quay", "rail", "water", "sewage", "road", "district_heating",
			"grid_connection");

	static final List<String> NACE_VERSIONS = List.of("SN2007", "SN2025");

	static final List<String> CONFIDENTIALITY = List.of("public", "park", "private");

	static final List<String> DIRECTIONS = List.of("input", "product", "side_stream", "waste", "excess_heat");

	static final List<String> HEAT_MEDIA = List.of("steam", "hot_water", "flue_gas", "cooling_water", "air", "other");

	static final List<String> UNITS = List.of("t/yr", "MWh/yr", "m3/yr", "Nm3/yr");

	static final List<String> AVAILABILITY = List.of("continuous", "seasonal", "batch");

	/** The engine's {@code MaterialClass} keys. */
	static final List<String> MATERIAL_CLASSES = List.of("metal_scrap", "ferrous_metals", "non_ferrous_metals",
			"aluminium", "ores_and_minerals", "limestone_and_dolomite", "salts", "silica_and_microsilica", "slag", "ash",
			"gypsum", "cement_and_clinker", "concrete_and_masonry", "wood_residues", "biomass", "pulp_and_paper",
			"food_and_feed", "fish_and_aquaculture_residues", "organic_sludge", "chemicals", "fertilisers", "plastics",
			"composites", "rubber", "glass", "electronics", "petroleum_products", "crude_oil_and_gas", "fuels",
			"biofuels", "biochar_and_carbon", "co2", "hydrogen", "oxygen", "water", "wastewater", "packaging",
			"mixed_waste", "manufactured_products", "other");

	/** Weights of the organisation number's mod-11 check digit (Brønnøysundregistrene). */
	private static final int[] ORG_NUMBER_WEIGHTS = { 3, 2, 7, 6, 5, 4, 3, 2 };

	private final JdbcClient jdbc;

	RegistryValidator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FieldProblem> park(String parkKey, ParkInput in) {
		Problems problems = new Problems();
		if (!isParkKey(parkKey)) {
			problems.add("parkKey", parkKey, "parkKeyFormat");
		}
		problems.sameKey("parkKey", in.parkKey(), parkKey);
		problems.required("name", in.name());
		problems.oneOf("kind", in.kind(), PARK_KINDS, true);
		problems.oneOf("organisationModel", in.organisationModel(), ORGANISATION_MODELS, false);
		if (problems.required("countyNumber", in.countyNumber()) && !exists("county", "county_number", in.countyNumber())) {
			problems.add("countyNumber", in.countyNumber(), "unknownCounty");
		}
		if (in.municipalityNumber() != null) {
			Optional<String> county = municipalityCounty(in.municipalityNumber());
			if (county.isEmpty()) {
				problems.add("municipalityNumber", in.municipalityNumber(), "unknownMunicipality");
			}
			else if (in.countyNumber() != null && !county.get().equals(in.countyNumber())) {
				problems.add("municipalityNumber", in.municipalityNumber(), "municipalityOutsideCounty",
						in.countyNumber());
			}
		}
		problems.position(in.lat(), in.lon());
		problems.notNegative("landTotalDaa", in.landTotalDaa());
		problems.notNegative("landUsedDaa", in.landUsedDaa());
		problems.notNegative("landFreeZonedDaa", in.landFreeZonedDaa());
		problems.notNegative("buildingTotalM2", in.buildingTotalM2());
		problems.notNegative("buildingUsedM2", in.buildingUsedM2());
		problems.notNegative("transformerCapacityMva", in.transformerCapacityMva());
		problems.notAbove("landUsedDaa", in.landUsedDaa(), "landTotalDaa", in.landTotalDaa());
		problems.notAbove("buildingUsedM2", in.buildingUsedM2(), "buildingTotalM2", in.buildingTotalM2());
		if (in.infrastructure() != null) {
			for (String item : in.infrastructure()) {
				problems.oneOf("infrastructure", item, INFRASTRUCTURE, true);
			}
		}
		return problems.list;
	}

	List<FieldProblem> company(String companyKey, @Nullable Long companyId, CompanyInput in) {
		Problems problems = new Problems();
		boolean keyIsOrgNumber = companyKey.matches("\\d{9}");
		if (keyIsOrgNumber) {
			if (!isValidOrgNumber(companyKey)) {
				problems.add("companyKey", companyKey, "orgNumberChecksum");
			}
		}
		else if (!companyKey.matches("[a-z][a-z0-9]*:[A-Za-z0-9._-]{1,64}") || companyKey.length() > 80) {
			problems.add("companyKey", companyKey, "companyKeyFormat");
		}
		problems.sameKey("companyKey", in.companyKey(), companyKey);
		if (in.orgNumber() != null) {
			if (!in.orgNumber().matches("\\d{9}")) {
				problems.add("orgNumber", in.orgNumber(), "orgNumberFormat");
			}
			else if (!isValidOrgNumber(in.orgNumber())) {
				problems.add("orgNumber", in.orgNumber(), "orgNumberChecksum");
			}
			else if (keyIsOrgNumber && !in.orgNumber().equals(companyKey)) {
				problems.add("orgNumber", in.orgNumber(), "orgNumberMismatch", companyKey);
			}
			else if (this.jdbc.sql("select count(*) from company where org_number = :org and id <> :id")
				.param("org", in.orgNumber())
				.param("id", companyId == null ? -1L : companyId)
				.query(Long.class)
				.single() > 0) {
				problems.add("orgNumber", in.orgNumber(), "orgNumberTaken");
			}
		}
		problems.required("name", in.name());
		boolean versionKnown = problems.oneOf("naceVersion", in.naceVersion(), NACE_VERSIONS, false);
		if (in.naceCode() != null && in.naceVersion() == null) {
			problems.add("naceVersion", null, "naceVersionRequired");
		}
		else if (in.naceCode() == null && in.naceVersion() != null) {
			problems.add("naceCode", null, "naceCodeRequired");
		}
		else if (in.naceCode() != null && versionKnown && this.jdbc
			.sql("select count(*) from nace_code where version = :version and code = :code")
			.param("version", in.naceVersion())
			.param("code", in.naceCode())
			.query(Long.class)
			.single() == 0) {
			problems.add("naceCode", in.naceCode(), "unknownNace", in.naceVersion());
		}
		if (in.municipalityNumber() != null && municipalityCounty(in.municipalityNumber()).isEmpty()) {
			problems.add("municipalityNumber", in.municipalityNumber(), "unknownMunicipality");
		}
		problems.position(in.lat(), in.lon());
		LocalDate from = problems.date("tenancyFrom", in.tenancyFrom());
		LocalDate to = problems.date("tenancyTo", in.tenancyTo());
		if (in.parkKey() != null) {
			if (!exists("park", "park_key", in.parkKey())) {
				problems.add("parkKey", in.parkKey(), "unknownPark");
			}
			if (in.tenancyFrom() == null) {
				problems.add("tenancyFrom", null, "tenancyFromRequired");
			}
		}
		else if (in.tenancyFrom() != null || in.tenancyTo() != null) {
			problems.add("parkKey", null, "parkKeyRequiredForTenancy");
		}
		if (from != null && to != null && to.isBefore(from)) {
			problems.add("tenancyTo", in.tenancyTo(), "dateOrder", in.tenancyFrom());
		}
		return problems.list;
	}

	List<FieldProblem> facts(String companyKey, int year, FactsInput in) {
		Problems problems = new Problems();
		problems.sameKey("companyKey", in.companyKey(), companyKey);
		problems.sameKey("year", in.year(), year);
		problems.year(year);
		Map<String, @Nullable Number> amounts = new LinkedHashMap<>();
		amounts.put("electricityMwh", in.electricityMwh());
		amounts.put("naturalGasMwh", in.naturalGasMwh());
		amounts.put("oilProductsMwh", in.oilProductsMwh());
		amounts.put("coalAndCokeMwh", in.coalAndCokeMwh());
		amounts.put("biomassMwh", in.biomassMwh());
		amounts.put("districtHeatMwh", in.districtHeatMwh());
		amounts.put("hydrogenMwh", in.hydrogenMwh());
		amounts.put("selfProducedElectricityMwh", in.selfProducedElectricityMwh());
		amounts.put("peakPowerKw", in.peakPowerKw());
		amounts.put("directEmissionsTCo2e", in.directEmissionsTCo2e());
		amounts.put("employees", in.employees());
		amounts.put("turnoverNok", in.turnoverNok());
		amounts.put("exportNok", in.exportNok());
		amounts.forEach(problems::notNegative);
		problems.oneOf("confidentiality", in.confidentiality(), CONFIDENTIALITY, false);
		return problems.list;
	}

	List<FieldProblem> stream(String companyKey, int year, String streamKey, StreamInput in) {
		Problems problems = new Problems();
		problems.sameKey("companyKey", in.companyKey(), companyKey);
		problems.sameKey("year", in.year(), year);
		problems.sameKey("streamKey", in.streamKey(), streamKey);
		problems.year(year);
		if (!streamKey.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
			problems.add("streamKey", streamKey, "streamKeyFormat");
		}
		problems.oneOf("direction", in.direction(), DIRECTIONS, true);
		problems.required("name", in.name());
		String ewc = ewcCode(in.ewcCode());
		if (ewc != null && this.jdbc.sql("select count(*) from ewc_code where code = :code and level = 3")
			.param("code", ewc)
			.query(Long.class)
			.single() == 0) {
			problems.add("ewcCode", in.ewcCode(), "unknownEwc");
		}
		problems.oneOf("materialClass", in.materialClass(), MATERIAL_CLASSES, false);
		problems.oneOf("heatMedium", in.heatMedium(), HEAT_MEDIA, false);
		problems.oneOf("unit", in.unit(), UNITS, false);
		if ("waste".equals(in.direction()) && ewc == null) {
			problems.add("ewcCode", null, "wasteNeedsEwc");
		}
		if ("excess_heat".equals(in.direction()) && in.heatMedium() == null) {
			problems.add("heatMedium", null, "heatNeedsMedium");
		}
		boolean heat = in.heatMedium() != null || "excess_heat".equals(in.direction());
		if (heat) {
			if (in.temperatureC() == null) {
				problems.add("temperatureC", null, "heatNeedsTemperature");
			}
			if (!"MWh/yr".equals(in.unit())) {
				problems.add("unit", in.unit(), "heatUnit");
			}
		}
		else if (ewc == null && in.materialClass() == null) {
			problems.add("materialClass", null, "ewcOrMaterial");
		}
		if (in.temperatureC() != null && in.temperatureC() < -273.15) {
			problems.add("temperatureC", in.temperatureC(), "belowAbsoluteZero");
		}
		problems.notNegative("quantity", in.quantity());
		if (in.quantity() != null && in.unit() == null && !heat) {
			problems.add("unit", null, "quantityNeedsUnit");
		}
		problems.oneOf("availability", in.availability(), AVAILABILITY, false);
		List<Integer> months = in.availableMonths() == null ? List.of() : in.availableMonths();
		if ("seasonal".equals(in.availability()) && months.isEmpty()) {
			problems.add("availableMonths", null, "seasonalNeedsMonths");
		}
		if (!"seasonal".equals(in.availability()) && !months.isEmpty()) {
			problems.add("availableMonths", months, "monthsOnlySeasonal");
		}
		for (Integer month : months) {
			if (month == null || month < 1 || month > 12) {
				problems.add("availableMonths", month, "month");
			}
		}
		if (in.treatmentCode() != null && treatmentCode(in.treatmentCode()) == null) {
			problems.add("treatmentCode", in.treatmentCode(), "treatment");
		}
		problems.oneOf("confidentiality", in.confidentiality(), CONFIDENTIALITY, false);
		return problems.list;
	}

	static boolean isParkKey(String key) {
		return key.matches("[a-z0-9][a-z0-9-]{1,62}");
	}

	/** The mod-11 check digit of a Norwegian organisation number. */
	static boolean isValidOrgNumber(String number) {
		if (!number.matches("\\d{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (number.charAt(i) - '0') * ORG_NUMBER_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == number.charAt(8) - '0';
	}

	/** {@code 10 01 02} or {@code 100102*} as stored: six digits. */
	static @Nullable String ewcCode(@Nullable String code) {
		return code == null ? null : code.replace(" ", "").replace("*", "");
	}

	/** R1–R13 or D1–D15 in upper case, or null when not such a code. */
	static @Nullable String treatmentCode(String code) {
		String normal = code.strip().toUpperCase(Locale.ROOT);
		if (!normal.matches("[RD][1-9]\\d?")) {
			return null;
		}
		int number = Integer.parseInt(normal.substring(1));
		return number <= (normal.startsWith("R") ? 13 : 15) ? normal : null;
	}

	private boolean exists(String table, String column, @Nullable String value) {
		return this.jdbc.sql("select count(*) from " + table + " where " + column + " = :value")
			.param("value", value)
			.query(Long.class)
			.single() > 0;
	}

	private Optional<String> municipalityCounty(String municipalityNumber) {
		return this.jdbc.sql("select county_number from municipality where municipality_number = :number")
			.param("number", municipalityNumber)
			.query(String.class)
			.optional();
	}

	/** Collects problems; message keys are under {@code problem.field.}. */
	private static final class Problems {

		private final List<FieldProblem> list = new ArrayList<>();

		void add(String field, @Nullable Object value, String rule, Object... arguments) {
			this.list.add(FieldProblem.of(field, value, "problem.field." + rule, arguments));
		}

		boolean required(String field, @Nullable String value) {
			if (value == null || value.isBlank()) {
				add(field, value, "required");
				return false;
			}
			return true;
		}

		/** Returns whether the value is one of the allowed (false when missing). */
		boolean oneOf(String field, @Nullable String value, List<String> allowed, boolean required) {
			if (value == null) {
				if (required) {
					add(field, null, "required");
				}
				return false;
			}
			if (!allowed.contains(value)) {
				add(field, value, "oneOf", String.join(", ", allowed));
				return false;
			}
			return true;
		}

		void sameKey(String field, @Nullable Object inBody, Object inPath) {
			if (inBody != null && !Objects.equals(String.valueOf(inBody), String.valueOf(inPath))) {
				add(field, inBody, "keyMismatch", inPath);
			}
		}

		void notNegative(String field, @Nullable Number value) {
			if (value != null && value.doubleValue() < 0) {
				add(field, value, "negative");
			}
		}

		void notAbove(String field, @Nullable Double value, String limitField, @Nullable Double limit) {
			if (value != null && limit != null && value > limit) {
				add(field, value, "exceeds", limitField, limit);
			}
		}

		void position(@Nullable Double lat, @Nullable Double lon) {
			if (lat != null && (lat < -90 || lat > 90)) {
				add("lat", lat, "latitude");
			}
			if (lon != null && (lon < -180 || lon > 180)) {
				add("lon", lon, "longitude");
			}
			if ((lat == null) != (lon == null)) {
				add(lat == null ? "lat" : "lon", null, "latLonTogether");
			}
		}

		void year(int year) {
			if (year < 1990 || year > 2100) {
				add("year", year, "year");
			}
		}

		@Nullable LocalDate date(String field, @Nullable String value) {
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				add(field, value, "date");
				return null;
			}
		}

	}

}
