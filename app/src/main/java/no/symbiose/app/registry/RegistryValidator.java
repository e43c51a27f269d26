package no.symbiose.app.registry;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.referencedata.ReferenceCodes;
import no.symbiose.app.registry.RegistryInputs.CompanyInput;
import no.symbiose.app.registry.RegistryInputs.FactsInput;
import no.symbiose.app.registry.RegistryInputs.ParkInput;
import no.symbiose.app.registry.RegistryInputs.StreamInput;
import no.symbiose.engine.accounting.ParkLand;
import no.symbiose.engine.registry.Availability;
import no.symbiose.engine.registry.AvailabilityKind;
import no.symbiose.engine.registry.BuildingUse;
import no.symbiose.engine.registry.Company;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.CountyNumber;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.HeatMedium;
import no.symbiose.engine.registry.Infrastructure;
import no.symbiose.engine.registry.LandUse;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.MunicipalityNumber;
import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.registry.NaceVersion;
import no.symbiose.engine.registry.OrgNumber;
import no.symbiose.engine.registry.OrganisationModel;
import no.symbiose.engine.registry.Park;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.registry.ParkKind;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.Tenancy;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.Celsius;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.FlowUnit;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegavoltAmperes;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Nok;
import no.symbiose.engine.units.SquareMetres;
import no.symbiose.engine.units.TonnesCo2e;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a write request into the engine's record, or refuses it with every problem listed
 * ({@link InvalidInputException}, 400): the engine's records decide what is valid, as
 * they do for imports, and {@link ReferenceCodes} whether a code exists. What only the
 * database knows (a park to rent in, an organisation number taken by another company) is
 * checked here.
 */
@Component
class RegistryValidator {

	private static final Map<String, String> PARK_RULES = RuleColumns.fields(RuleColumns.PARKS);

	private static final Map<String, String> COMPANY_RULES = RuleColumns.fields(RuleColumns.COMPANIES);

	private static final Map<String, String> FACTS_RULES = RuleColumns.fields(RuleColumns.YEARLY_FACTS);

	private static final Map<String, String> STREAM_RULES = RuleColumns.fields(RuleColumns.STREAMS);

	/** Stand-ins for keys and names already reported (see {@link FieldChecks#or}). */
	private static final CompanyKey SOME_COMPANY = CompanyKey.of("stand:in");

	private static final int SOME_YEAR = 2000;

	private final JdbcClient jdbc;

	private final ReferenceCodes codes;

	RegistryValidator(JdbcClient jdbc, ReferenceCodes codes) {
		this.jdbc = jdbc;
		this.codes = codes;
	}

	Park park(String parkKey, ParkInput in) {
		FieldChecks checks = new FieldChecks();
		ParkKey key = checks.value("parkKey", parkKey, ParkKey::of);
		checks.sameKey("parkKey", in.parkKey(), parkKey);
		String name = checks.required("name", in.name(), text -> text);
		ParkKind kind = checks.required("kind", in.kind(), ParkKind::fromKey);
		OrganisationModel model = checks.value("organisationModel", in.organisationModel(), OrganisationModel::fromKey);
		CountyNumber county = checks.required("countyNumber", in.countyNumber(),
				text -> this.codes.requireKnown(CountyNumber.of(text)));
		MunicipalityNumber municipality = checks.value("municipalityNumber", in.municipalityNumber(),
				text -> this.codes.requireKnown(MunicipalityNumber.of(text)));
		GeoPoint location = location(checks, in.lat(), in.lon());
		Decares landTotal = checks.value("landTotalDaa", in.landTotalDaa(), Decares::of);
		Decares landUsed = checks.value("landUsedDaa", in.landUsedDaa(), Decares::of);
		Decares landFree = checks.value("landFreeZonedDaa", in.landFreeZonedDaa(), Decares::of);
		LandUse land = checks.record(PARK_RULES, () -> new LandUse(landTotal, checks.or("landUsedDaa", landUsed, null),
				checks.or("landFreeZonedDaa", landFree, null)));
		SquareMetres buildingTotal = checks.value("buildingTotalM2", in.buildingTotalM2(), SquareMetres::of);
		SquareMetres buildingUsed = checks.value("buildingUsedM2", in.buildingUsedM2(), SquareMetres::of);
		BuildingUse buildings = checks.record(PARK_RULES,
				() -> new BuildingUse(buildingTotal, checks.or("buildingUsedM2", buildingUsed, null)));
		EnumSet<Infrastructure> infrastructure = EnumSet.noneOf(Infrastructure.class);
		for (String item : (in.infrastructure() == null) ? List.<String>of() : in.infrastructure()) {
			Infrastructure known = checks.required("infrastructure", item, Infrastructure::fromKey);
			if (known != null) {
				infrastructure.add(known);
			}
		}
		MegavoltAmperes transformer = checks.value("transformerCapacityMva", in.transformerCapacityMva(),
				MegavoltAmperes::of);
		checks.value("landYear", in.landYear(), ParkLand::requireYear);
		Park park = checks.record(PARK_RULES, () -> new Park(checks.or("parkKey", key, ParkKey.of("stand-in")),
				checks.or("name", name, "-"), checks.or("kind", kind, ParkKind.INDUSTRIPARK), model,
				checks.or("countyNumber", county, CountyNumber.of("03")),
				// a municipality cannot be held against a county already reported
				checks.failed("countyNumber") ? null : checks.or("municipalityNumber", municipality, null), location,
				(land == null) ? LandUse.UNKNOWN : land, (buildings == null) ? BuildingUse.UNKNOWN : buildings,
				infrastructure, transformer, in.source()));
		checks.throwIfAny();
		return park;
	}

	/** A company and, when a park is given, its tenancy there. */
	record CompanyWrite(Company company, @Nullable Tenancy tenancy) {
	}

	CompanyWrite company(String companyKey, @Nullable Long companyId, CompanyInput in) {
		FieldChecks checks = new FieldChecks();
		CompanyKey key = checks.value("companyKey", companyKey, CompanyKey::of);
		checks.sameKey("companyKey", in.companyKey(), companyKey);
		OrgNumber orgNumber = checks.value("orgNumber", in.orgNumber(), OrgNumber::of);
		String name = checks.required("name", in.name(), text -> text);
		NaceVersion version = checks.value("naceVersion", in.naceVersion(), NaceVersion::fromKey);
		NaceCode nace = null;
		if (in.naceCode() != null && in.naceVersion() == null) {
			checks.problem("naceVersion", null, "problem.field.naceVersionRequired");
		}
		else if (in.naceCode() == null && in.naceVersion() != null) {
			checks.problem("naceCode", null, "problem.field.naceCodeRequired");
		}
		else if (version != null) {
			nace = checks.value("naceCode", in.naceCode(), code -> this.codes.requireKnown(NaceCode.of(version, code)));
		}
		MunicipalityNumber municipality = checks.value("municipalityNumber", in.municipalityNumber(),
				text -> this.codes.requireKnown(MunicipalityNumber.of(text)));
		GeoPoint location = location(checks, in.lat(), in.lon());
		ParkKey park = checks.value("parkKey", in.parkKey(), ParkKey::of);
		LocalDate from = checks.date("tenancyFrom", in.tenancyFrom());
		LocalDate to = checks.date("tenancyTo", in.tenancyTo());
		if (park != null && !exists("park", "park_key", park.value())) {
			checks.problem("parkKey", in.parkKey(), "problem.field.unknownPark");
		}
		if (in.parkKey() != null && in.tenancyFrom() == null) {
			checks.problem("tenancyFrom", null, "problem.field.tenancyFromRequired");
		}
		if (in.parkKey() == null && (in.tenancyFrom() != null || in.tenancyTo() != null)) {
			checks.problem("parkKey", null, "problem.field.parkKeyRequiredForTenancy");
		}
		NaceCode naceCode = nace;
		Company company = checks.record(COMPANY_RULES,
				() -> new Company(checks.or("companyKey", key, SOME_COMPANY), checks.or("orgNumber", orgNumber, null),
						checks.or("name", name, "-"), checks.or("naceCode", naceCode, null), municipality, location,
						in.source()));
		Tenancy tenancy = (park == null || from == null) ? null
				: checks.record(COMPANY_RULES, () -> new Tenancy(checks.or("companyKey", key, SOME_COMPANY), park, from,
						checks.or("tenancyTo", to, null)));
		if (company != null && company.orgNumber() != null && !checks.failed("orgNumber")
				&& orgNumberTaken(company.orgNumber(), companyId)) {
			checks.problem("orgNumber", company.orgNumber().value(), "problem.field.orgNumberTaken");
		}
		checks.throwIfAny();
		return new CompanyWrite(company, tenancy);
	}

	YearlyFacts facts(String companyKey, int year, FactsInput in) {
		FieldChecks checks = new FieldChecks();
		checks.sameKey("companyKey", in.companyKey(), companyKey);
		checks.sameKey("year", in.year(), year);
		CompanyKey key = checks.value("companyKey", companyKey, CompanyKey::of);
		Map<EnergyCarrier, @Nullable Double> amounts = new EnumMap<>(EnergyCarrier.class);
		amounts.put(EnergyCarrier.ELECTRICITY, in.electricityMwh());
		amounts.put(EnergyCarrier.NATURAL_GAS, in.naturalGasMwh());
		amounts.put(EnergyCarrier.OIL_PRODUCTS, in.oilProductsMwh());
		amounts.put(EnergyCarrier.COAL_AND_COKE, in.coalAndCokeMwh());
		amounts.put(EnergyCarrier.BIOMASS, in.biomassMwh());
		amounts.put(EnergyCarrier.DISTRICT_HEAT, in.districtHeatMwh());
		amounts.put(EnergyCarrier.HYDROGEN, in.hydrogenMwh());
		EnumMap<EnergyCarrier, MegawattHours> energy = new EnumMap<>(EnergyCarrier.class);
		amounts.forEach((carrier, amount) -> {
			MegawattHours use = checks.value(RuleColumns.field(carrier.key() + "_mwh"), amount, MegawattHours::of);
			if (use != null) {
				energy.put(carrier, use);
			}
		});
		MegawattHours selfProduced = checks.value("selfProducedElectricityMwh", in.selfProducedElectricityMwh(),
				MegawattHours::of);
		Kilowatts peak = checks.value("peakPowerKw", in.peakPowerKw(), Kilowatts::of);
		TonnesCo2e emissions = checks.value("directEmissionsTCo2e", in.directEmissionsTCo2e(), TonnesCo2e::of);
		Nok turnover = checks.value("turnoverNok", in.turnoverNok(), Nok::of);
		Nok export = checks.value("exportNok", in.exportNok(), Nok::of);
		Confidentiality confidentiality = checks.value("confidentiality", in.confidentiality(),
				Confidentiality::fromKey);
		checks.value("year", year, y -> y);
		checks.value("employees", in.employees(), n -> n);
		YearlyFacts facts = checks.record(FACTS_RULES,
				() -> new YearlyFacts(checks.or("companyKey", key, SOME_COMPANY), checks.or("year", year, SOME_YEAR),
						energy, selfProduced, peak, in.transformerId(), emissions,
						checks.or("employees", in.employees(), null), turnover, checks.or("exportNok", export, null),
						(confidentiality == null) ? Confidentiality.PRIVATE : confidentiality, in.source()));
		checks.throwIfAny();
		return facts;
	}

	/** A stream and the unit it was given in, also when its quantity is unknown. */
	record StreamWrite(Stream stream, @Nullable FlowUnit unit) {
	}

	StreamWrite stream(String companyKey, int year, String streamKey, StreamInput in) {
		FieldChecks checks = new FieldChecks();
		checks.sameKey("companyKey", in.companyKey(), companyKey);
		checks.sameKey("year", in.year(), year);
		checks.sameKey("streamKey", in.streamKey(), streamKey);
		CompanyKey company = checks.value("companyKey", companyKey, CompanyKey::of);
		checks.value("year", year, y -> y);
		checks.value("streamKey", streamKey, text -> text);
		StreamDirection direction = checks.required("direction", in.direction(), StreamDirection::fromKey);
		String name = checks.required("name", in.name(), text -> text);
		EwcCode ewc = checks.value("ewcCode", in.ewcCode(), code -> this.codes.requireKnown(EwcCode.parse(code)));
		MaterialClass material = checks.value("materialClass", in.materialClass(), MaterialClass::fromKey);
		HeatMedium medium = checks.value("heatMedium", in.heatMedium(), HeatMedium::fromKey);
		Celsius temperature = checks.value("temperatureC", in.temperatureC(), Celsius::of);
		FlowUnit unit = checks.value("unit", in.unit(), FlowUnit::fromSymbol);
		if (in.quantity() != null && in.unit() == null) {
			checks.problem("unit", null, "problem.field.quantityNeedsUnit");
		}
		AnnualQuantity quantity = (unit == null) ? null
				: checks.value("quantity", in.quantity(), amount -> AnnualQuantity.of(amount, unit));
		AvailabilityKind kind = checks.value("availability", in.availability(), AvailabilityKind::fromKey);
		List<@Nullable Integer> months = (in.availableMonths() == null) ? List.of() : in.availableMonths();
		Availability availability = checks.value("availableMonths", months,
				list -> Availability.parse((kind == null) ? "" : kind.key(),
						list.stream().map(String::valueOf).collect(Collectors.joining(";"))));
		TreatmentCode treatment = checks.value("treatmentCode", in.treatmentCode(), TreatmentCode::of);
		Confidentiality confidentiality = checks.value("confidentiality", in.confidentiality(),
				Confidentiality::fromKey);
		Stream stream = checks.record(STREAM_RULES, () -> new Stream(checks.or("companyKey", company, SOME_COMPANY),
				checks.or("year", year, SOME_YEAR), checks.or("streamKey", streamKey, "stand-in"),
				checks.or("direction", direction, StreamDirection.INPUT), checks.or("name", name, "-"),
				checks.or("ewcCode", ewc, EwcCode.parse("01 01 01")),
				checks.or("materialClass", material, MaterialClass.OTHER),
				checks.or("heatMedium", medium, (direction == StreamDirection.EXCESS_HEAT) ? HeatMedium.OTHER : null),
				checks.or("temperatureC", temperature, Celsius.of(100)), checks.failed("unit") ? null : quantity,
				(availability == null) ? Availability.CONTINUOUS : availability,
				checks.or("treatmentCode", treatment, null), in.destination(),
				(confidentiality == null) ? Confidentiality.PRIVATE : confidentiality, in.source()));
		if (stream != null && unit != null && !checks.failed("unit")) {
			checks.value("unit", in.unit(), text -> stream.requireFits(unit));
		}
		checks.throwIfAny();
		return new StreamWrite(stream, unit);
	}

	/** {@code lat} and {@code lon}: both or neither. */
	private static @Nullable GeoPoint location(FieldChecks checks, @Nullable Double lat, @Nullable Double lon) {
		checks.value("lat", lat, x -> x);
		checks.value("lon", lon, x -> x);
		if (lat == null && lon == null) {
			return null;
		}
		if (lat == null || lon == null) {
			checks.problem((lat == null) ? "lat" : "lon", null, "problem.field.latLonTogether");
			return null;
		}
		return checks.record(PARK_RULES, () -> GeoPoint.of(checks.or("lat", lat, 0.0), checks.or("lon", lon, 0.0)));
	}

	private boolean orgNumberTaken(OrgNumber orgNumber, @Nullable Long companyId) {
		return this.jdbc.sql("select count(*) from company where org_number = :org and id <> :id")
			.param("org", orgNumber.value())
			.param("id", (companyId == null) ? -1L : companyId)
			.query(Long.class)
			.single() > 0;
	}

	private boolean exists(String table, String column, String value) {
		return this.jdbc.sql("select count(*) from " + table + " where " + column + " = :value")
			.param("value", value)
			.query(Long.class)
			.single() > 0;
	}

}
