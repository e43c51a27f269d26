package no.symbiose.app.registry;

import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import no.symbiose.app.api.ConflictException;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.registry.RegistryInputs.CompanyInput;
import no.symbiose.app.registry.RegistryInputs.FactsInput;
import no.symbiose.app.registry.RegistryInputs.ParkInput;
import no.symbiose.app.registry.RegistryInputs.StreamInput;
import no.symbiose.app.registry.RegistryViews.CompanyView;
import no.symbiose.app.registry.RegistryViews.FactsView;
import no.symbiose.app.registry.RegistryViews.ParkView;
import no.symbiose.app.registry.RegistryViews.StreamView;
import no.symbiose.app.registry.RegistryValidator.CompanyWrite;
import no.symbiose.app.registry.RegistryValidator.StreamWrite;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.registry.Company;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.Infrastructure;
import no.symbiose.engine.registry.Park;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.Tenancy;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegavoltAmperes;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.SquareMetres;
import no.symbiose.engine.units.TonnesCo2e;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes registry records by their natural keys. Each write runs in
 * one transaction and in this order: the record in the path must exist (404, also for a
 * record the viewer may not see), the viewer must be allowed (403), every field must pass
 * {@link RegistryValidator} (400), and a {@code version} sent along must still be the
 * stored one (409). Nothing is written unless all four pass. A successful write bumps
 * {@code version}.
 */
@Service
@Transactional
class RegistryWrites {

	private final JdbcClient jdbc;

	private final RegistryQueries queries;

	private final RegistryValidator validator;

	private final RegistryPermissions permissions;

	RegistryWrites(JdbcClient jdbc, RegistryQueries queries, RegistryValidator validator,
			RegistryPermissions permissions) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.validator = validator;
		this.permissions = permissions;
	}

	/** The record after the write, and whether it was created. */
	record Written<T>(T record, boolean created) {
	}

	private record Row(long id, int version) {
	}

	Written<ParkView> putPark(Viewer viewer, String parkKey, ParkInput in) {
		Optional<Row> existing = row("select id, version from park where park_key = :key", Map.of("key", parkKey));
		if (!this.permissions.mayWritePark(viewer, existing.map(Row::id).orElse(null))) {
			throw new ForbiddenException();
		}
		Park park = this.validator.park(parkKey, in);
		checkVersion(parkKey, existing, in.version());
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("key", park.key().value());
		params.put("name", park.name());
		params.put("kind", park.kind().key());
		params.put("organisationModel", (park.organisationModel() == null) ? null : park.organisationModel().key());
		params.put("county", park.county().value());
		params.put("municipality", (park.municipality() == null) ? null : park.municipality().value());
		params.put("lat", (park.location() == null) ? null : park.location().latitude());
		params.put("lon", (park.location() == null) ? null : park.location().longitude());
		params.put("landTotal", amount(park.land().total(), Decares::value));
		params.put("landUsed", amount(park.land().used(), Decares::value));
		params.put("landFree", amount(park.land().freeZoned(), Decares::value));
		params.put("buildingTotal", amount(park.buildings().total(), SquareMetres::value));
		params.put("buildingUsed", amount(park.buildings().used(), SquareMetres::value));
		params.put("infrastructure",
				park.infrastructure().stream().map(Infrastructure::key).collect(Collectors.joining(",")));
		params.put("transformer", amount(park.transformerCapacity(), MegavoltAmperes::value));
		params.put("source", park.source());
		params.put("landYear", in.landYear());
		if (existing.isPresent()) {
			update(parkKey, existing.get(), """
					update park set name = :name, kind = :kind, organisation_model = :organisationModel,
					county_number = :county, municipality_number = :municipality, lat = :lat, lon = :lon,
					land_total_daa = :landTotal, land_used_daa = :landUsed, land_free_zoned_daa = :landFree,
					building_total_m2 = :buildingTotal, building_used_m2 = :buildingUsed,
					infrastructure = string_to_array(:infrastructure, ','), transformer_capacity_mva = :transformer,
					source = :source, land_year = :landYear, version = version + 1, updated_at = now()
					where id = :id and version = :version""", params);
		}
		else {
			this.jdbc.sql("""
					insert into park (park_key, name, kind, organisation_model, county_number, municipality_number,
					lat, lon, land_total_daa, land_used_daa, land_free_zoned_daa, building_total_m2, building_used_m2,
					infrastructure, transformer_capacity_mva, source, land_year)
					values (:key, :name, :kind, :organisationModel, :county, :municipality, :lat, :lon, :landTotal,
					:landUsed, :landFree, :buildingTotal, :buildingUsed, string_to_array(:infrastructure, ','),
					:transformer, :source, :landYear)""").params(params).update();
		}
		return new Written<>(this.queries.park(parkKey).orElseThrow(), existing.isEmpty());
	}

	void deletePark(Viewer viewer, String parkKey, @Nullable Integer version) {
		Row existing = row("select id, version from park where park_key = :key", Map.of("key", parkKey))
			.orElseThrow(() -> new NotFoundException("park", parkKey));
		if (!this.permissions.mayDeletePark(viewer)) {
			throw new ForbiddenException();
		}
		checkVersion(parkKey, Optional.of(existing), version);
		if (usedByUsers("park_id", existing.id())) {
			throw ConflictException.inUse(parkKey);
		}
		this.jdbc.sql("delete from park where id = :id").param("id", existing.id()).update();
	}

	Written<CompanyView> putCompany(Viewer viewer, String companyKey, CompanyInput in) {
		Optional<Row> existing = row("select id, version from company where company_key = :key",
				Map.of("key", companyKey));
		Long targetParkId = in.parkKey() == null ? null
				: row("select id, version from park where park_key = :key", Map.of("key", in.parkKey())).map(Row::id)
					.orElse(null);
		if (!this.permissions.mayWriteCompany(viewer, existing.map(Row::id).orElse(null), targetParkId)) {
			throw new ForbiddenException();
		}
		CompanyWrite write = this.validator.company(companyKey, existing.map(Row::id).orElse(null), in);
		Company company = write.company();
		checkVersion(companyKey, existing, in.version());
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("key", company.key().value());
		params.put("orgNumber", (company.orgNumber() == null) ? null : company.orgNumber().value());
		params.put("name", company.name());
		params.put("naceVersion", (company.nace() == null) ? null : company.nace().version().name());
		params.put("naceCode", (company.nace() == null) ? null : company.nace().code());
		params.put("municipality", (company.municipality() == null) ? null : company.municipality().value());
		params.put("lat", (company.location() == null) ? null : company.location().latitude());
		params.put("lon", (company.location() == null) ? null : company.location().longitude());
		params.put("source", company.source());
		long companyId;
		if (existing.isPresent()) {
			update(companyKey, existing.get(), """
					update company set org_number = :orgNumber, name = :name, nace_version = :naceVersion,
					nace_code = :naceCode, municipality_number = :municipality, lat = :lat, lon = :lon,
					source = :source, version = version + 1, updated_at = now()
					where id = :id and version = :version""", params);
			companyId = existing.get().id();
		}
		else {
			companyId = this.jdbc.sql("""
					insert into company (company_key, org_number, name, nace_version, nace_code, municipality_number,
					lat, lon, source)
					values (:key, :orgNumber, :name, :naceVersion, :naceCode, :municipality, :lat, :lon, :source)
					returning id""").params(params).query(Long.class).single();
		}
		Tenancy tenancy = write.tenancy();
		if (targetParkId != null && tenancy != null) {
			this.jdbc.sql("""
					insert into tenancy (company_id, park_id, valid_from, valid_to)
					values (:companyId, :parkId, cast(:from as date), cast(:to as date))
					on conflict (company_id, park_id, valid_from) do update set valid_to = excluded.valid_to""")
				.param("companyId", companyId)
				.param("parkId", targetParkId)
				.param("from", tenancy.from().toString())
				.param("to", (tenancy.to() == null) ? null : tenancy.to().toString())
				.update();
		}
		return new Written<>(this.queries.company(companyKey).orElseThrow(), existing.isEmpty());
	}

	void deleteCompany(Viewer viewer, String companyKey, @Nullable Integer version) {
		Row existing = companyRow(companyKey);
		if (!this.permissions.mayDeleteCompany(viewer)) {
			throw new ForbiddenException();
		}
		checkVersion(companyKey, Optional.of(existing), version);
		if (usedByUsers("company_id", existing.id())) {
			throw ConflictException.inUse(companyKey);
		}
		this.jdbc.sql("delete from company where id = :id").param("id", existing.id()).update();
	}

	Written<FactsView> putFacts(Viewer viewer, String companyKey, int year, FactsInput in) {
		long companyId = companyRow(companyKey).id();
		if (!this.permissions.mayWriteCompanyData(viewer, companyId)) {
			throw new ForbiddenException();
		}
		YearlyFacts facts = this.validator.facts(companyKey, year, in);
		String key = companyKey + "/" + year;
		Optional<Row> existing = row(
				"select id, version from yearly_facts where company_id = :companyId and year = :year",
				Map.of("companyId", companyId, "year", year));
		checkVersion(key, existing, in.version());
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("companyId", companyId);
		params.put("year", year);
		params.put("electricity", amount(facts.energyUse().get(EnergyCarrier.ELECTRICITY), MegawattHours::value));
		params.put("gas", amount(facts.energyUse().get(EnergyCarrier.NATURAL_GAS), MegawattHours::value));
		params.put("oil", amount(facts.energyUse().get(EnergyCarrier.OIL_PRODUCTS), MegawattHours::value));
		params.put("coal", amount(facts.energyUse().get(EnergyCarrier.COAL_AND_COKE), MegawattHours::value));
		params.put("biomass", amount(facts.energyUse().get(EnergyCarrier.BIOMASS), MegawattHours::value));
		params.put("districtHeat", amount(facts.energyUse().get(EnergyCarrier.DISTRICT_HEAT), MegawattHours::value));
		params.put("hydrogen", amount(facts.energyUse().get(EnergyCarrier.HYDROGEN), MegawattHours::value));
		params.put("selfProduced", amount(facts.selfProducedElectricity(), MegawattHours::value));
		params.put("peak", amount(facts.peakPower(), Kilowatts::value));
		params.put("transformer", facts.transformerId());
		params.put("emissions", amount(facts.directEmissions(), TonnesCo2e::value));
		params.put("employees", facts.employees());
		params.put("turnover", (facts.turnover() == null) ? null : facts.turnover().value());
		params.put("export", (facts.export() == null) ? null : facts.export().value());
		params.put("confidentiality", facts.confidentiality().key());
		params.put("source", facts.source());
		if (existing.isPresent()) {
			update(key, existing.get(), """
					update yearly_facts set electricity_mwh = :electricity, natural_gas_mwh = :gas,
					oil_products_mwh = :oil, coal_and_coke_mwh = :coal, biomass_mwh = :biomass,
					district_heat_mwh = :districtHeat, hydrogen_mwh = :hydrogen,
					self_produced_electricity_mwh = :selfProduced, peak_power_kw = :peak, transformer_id = :transformer,
					direct_emissions_t_co2e = :emissions, employees = :employees, turnover_nok = :turnover,
					export_nok = :export, confidentiality = :confidentiality, source = :source, version = version + 1
					where id = :id and version = :version""", params);
		}
		else {
			this.jdbc.sql("""
					insert into yearly_facts (company_id, year, electricity_mwh, natural_gas_mwh, oil_products_mwh,
					coal_and_coke_mwh, biomass_mwh, district_heat_mwh, hydrogen_mwh, self_produced_electricity_mwh,
					peak_power_kw, transformer_id, direct_emissions_t_co2e, employees, turnover_nok, export_nok,
					confidentiality, source)
					values (:companyId, :year, :electricity, :gas, :oil, :coal, :biomass, :districtHeat, :hydrogen,
					:selfProduced, :peak, :transformer, :emissions, :employees, :turnover, :export, :confidentiality,
					:source)""").params(params).update();
		}
		FactsView written = this.queries.facts(companyId, viewer)
			.stream()
			.filter(f -> f.year() == year)
			.findFirst()
			.orElseThrow();
		return new Written<>(written, existing.isEmpty());
	}

	void deleteFacts(Viewer viewer, String companyKey, int year, @Nullable Integer version) {
		long companyId = companyRow(companyKey).id();
		String key = companyKey + "/" + year;
		Row existing = row("select id, version from yearly_facts where company_id = :companyId and year = :year",
				Map.of("companyId", companyId, "year", year))
			.filter(row -> this.queries.facts(companyId, viewer).stream().anyMatch(f -> f.id() == row.id()))
			.orElseThrow(() -> new NotFoundException("facts", key));
		if (!this.permissions.mayWriteCompanyData(viewer, companyId)) {
			throw new ForbiddenException();
		}
		checkVersion(key, Optional.of(existing), version);
		this.jdbc.sql("delete from yearly_facts where id = :id").param("id", existing.id()).update();
	}

	Written<StreamView> putStream(Viewer viewer, String companyKey, int year, String streamKey, StreamInput in) {
		long companyId = companyRow(companyKey).id();
		if (!this.permissions.mayWriteCompanyData(viewer, companyId)) {
			throw new ForbiddenException();
		}
		StreamWrite write = this.validator.stream(companyKey, year, streamKey, in);
		Stream stream = write.stream();
		String key = companyKey + "/" + year + "/" + streamKey;
		Optional<Row> existing = row("""
				select id, version from stream where company_id = :companyId and year = :year and stream_key = :key""",
				Map.of("companyId", companyId, "year", year, "key", streamKey));
		checkVersion(key, existing, in.version());
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("companyId", companyId);
		params.put("year", year);
		params.put("key", streamKey);
		params.put("direction", stream.direction().key());
		params.put("name", stream.name());
		params.put("ewc", (stream.ewc() == null) ? null : stream.ewc().code());
		params.put("material", (stream.material() == null) ? null : stream.material().key());
		params.put("heatMedium", (stream.heatMedium() == null) ? null : stream.heatMedium().key());
		params.put("temperature", (stream.temperature() == null) ? null : stream.temperature().value());
		params.put("quantity", (stream.quantity() == null) ? null : stream.quantity().amount());
		params.put("unit", (write.unit() == null) ? null : write.unit().symbol());
		params.put("availability", stream.availability().kind().key());
		params.put("months",
				stream.availability()
					.months()
					.stream()
					.map(Month::getValue)
					.map(String::valueOf)
					.collect(Collectors.joining(",")));
		params.put("treatment", (stream.treatment() == null) ? null : stream.treatment().code());
		params.put("destination", stream.destination());
		params.put("confidentiality", stream.confidentiality().key());
		params.put("source", stream.source());
		if (existing.isPresent()) {
			update(key, existing.get(), """
					update stream set direction = :direction, name = :name, ewc_code = :ewc, material_class = :material,
					heat_medium = :heatMedium, temperature_c = :temperature, quantity = :quantity, unit = :unit,
					availability = :availability,
					available_months = cast(string_to_array(:months, ',') as smallint[]),
					treatment_code = :treatment, destination = :destination, confidentiality = :confidentiality,
					source = :source, version = version + 1
					where id = :id and version = :version""", params);
		}
		else {
			this.jdbc.sql("""
					insert into stream (company_id, year, stream_key, direction, name, ewc_code, material_class,
					heat_medium, temperature_c, quantity, unit, availability, available_months, treatment_code,
					destination, confidentiality, source)
					values (:companyId, :year, :key, :direction, :name, :ewc, :material, :heatMedium, :temperature,
					:quantity, :unit, :availability, cast(string_to_array(:months, ',') as smallint[]), :treatment,
					:destination, :confidentiality, :source)""").params(params).update();
		}
		StreamView written = this.queries.streams(companyId, year, viewer)
			.stream()
			.filter(s -> s.streamKey().equals(streamKey))
			.findFirst()
			.orElseThrow();
		return new Written<>(written, existing.isEmpty());
	}

	void deleteStream(Viewer viewer, String companyKey, int year, String streamKey, @Nullable Integer version) {
		long companyId = companyRow(companyKey).id();
		String key = companyKey + "/" + year + "/" + streamKey;
		Row existing = row("""
				select id, version from stream where company_id = :companyId and year = :year and stream_key = :key""",
				Map.of("companyId", companyId, "year", year, "key", streamKey))
			.filter(row -> this.queries.streams(companyId, year, viewer).stream().anyMatch(s -> s.id() == row.id()))
			.orElseThrow(() -> new NotFoundException("stream", key));
		if (!this.permissions.mayWriteCompanyData(viewer, companyId)) {
			throw new ForbiddenException();
		}
		checkVersion(key, Optional.of(existing), version);
		this.jdbc.sql("delete from stream where id = :id").param("id", existing.id()).update();
	}

	private Row companyRow(String companyKey) {
		return row("select id, version from company where company_key = :key", Map.of("key", companyKey))
			.orElseThrow(() -> new NotFoundException("company", companyKey));
	}

	private Optional<Row> row(String sql, Map<String, ?> params) {
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("version")))
			.optional();
	}

	private static <Q> @Nullable Double amount(@Nullable Q quantity, ToDoubleFunction<Q> value) {
		return (quantity == null) ? null : value.applyAsDouble(quantity);
	}

	/**
	 * A client that sends a version claims to change what it read: the record must still
	 * have that version, or, for version 0, may also not exist yet.
	 */
	private static void checkVersion(String key, Optional<Row> existing, @Nullable Integer version) {
		if (version == null) {
			return;
		}
		if (existing.isPresent() && existing.get().version() != version) {
			throw ConflictException.staleVersion(key, existing.get().version());
		}
		if (existing.isEmpty() && version != 0) {
			throw ConflictException.staleVersion(key, -1);
		}
	}

	/**
	 * Updates where id and version still match, so a concurrent change between read and
	 * write is caught too.
	 */
	private void update(String key, Row existing, String sql, Map<String, @Nullable Object> params) {
		params.put("id", existing.id());
		params.put("version", existing.version());
		if (this.jdbc.sql(sql).params(params).update() == 0) {
			throw ConflictException.staleVersion(key, -1);
		}
	}

	private boolean usedByUsers(String column, long id) {
		return this.jdbc.sql("select count(*) from app_user where " + column + " = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}
