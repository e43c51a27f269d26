package no.symbiose.app.accounting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import no.symbiose.app.symbiosis.pipeline.SynergyAccess;
import no.symbiose.engine.registry.CompanyKey;
import no.symbiose.engine.registry.Confidentiality;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.GeoPoint;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Nok;
import no.symbiose.engine.units.TonnesCo2e;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows the accounts are made of: yearly facts, streams and realised exchanges. Every
 * row comes with {@code visible}, whether the viewer may see it, worked out in SQL by the
 * one rule for each kind of row ({@link Visibility} for facts and streams,
 * {@link SynergyAccess} for synergies). A company's own account uses only visible rows;
 * aggregates use all rows and pass the flag to the disclosure control.
 */
@Repository
@Transactional(readOnly = true)
class AccountRows {

	private final JdbcClient jdbc;

	AccountRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A company's facts of one year, with the company's identity and location. */
	record FactsRow(long companyId, String companyKey, String companyName, @Nullable GeoPoint location,
			YearlyFacts facts, boolean visible) {
	}

	/**
	 * A realised exchange of one year between two companies.
	 *
	 * @param heat whether heat was exchanged: the supply stream is heat, or, when the
	 * stream is gone, the quantity is in MWh
	 */
	record ExchangeRow(long synergyId, String title, long supplyCompanyId, long demandCompanyId, int year,
			double quantity, String unit, @Nullable String materialClass, boolean heat, @Nullable GeoPoint from,
			@Nullable GeoPoint to, boolean visible) {
	}

	/** A stream, with the List of Waste's hazard of its code (null when not given). */
	record StreamRow(long companyId, String streamKey, String direction, String name, @Nullable String ewcCode,
			@Nullable Boolean hazardous, @Nullable String materialClass, @Nullable String heatMedium,
			@Nullable Double quantity, @Nullable String unit, @Nullable String treatmentCode, boolean visible) {
	}

	/** Facts rows, optionally of one company and/or one year, newest year first. */
	List<FactsRow> facts(@Nullable Long companyId, @Nullable Integer year, Viewer viewer) {
		return facts(companyId, null, year, viewer);
	}

	/**
	 * Facts rows of the companies given (ids separated by commas; all when null),
	 * optionally of one company and/or one year, newest year first.
	 */
	List<FactsRow> facts(@Nullable Long companyId, @Nullable String companyIds, @Nullable Integer year, Viewer viewer) {
		return this.jdbc.sql("""
				select f.*, co.company_key, co.name as company_name, co.lat, co.lon,
				       %s as visible
				from yearly_facts f join company co on co.id = f.company_id
				where (cast(:companyId as bigint) is null or f.company_id = :companyId)
				  and (cast(:companyIds as text) is null
				       or f.company_id = any(cast(string_to_array(:companyIds, ',') as bigint[])))
				  and (cast(:year as integer) is null or f.year = :year)
				order by f.year desc, co.name""".formatted(Visibility.predicate("f.confidentiality", "f.company_id")))
			.param("companyId", companyId)
			.param("companyIds", companyIds)
			.param("year", year)
			.params(Visibility.parameters(viewer))
			.query((rs, n) -> new FactsRow(rs.getLong("company_id"), rs.getString("company_key"),
					rs.getString("company_name"), point(rs, "lat", "lon"), facts(rs), rs.getBoolean("visible")))
			.list();
	}

	/** Realised exchanges of the year; of one company (either side) when given. */
	List<ExchangeRow> exchanges(@Nullable Long companyId, int year, Viewer viewer) {
		return exchanges(companyId, null, year, viewer);
	}

	/** Realised exchanges of the year with either side among the companies given. */
	List<ExchangeRow> exchanges(@Nullable Long companyId, @Nullable String companyIds, int year, Viewer viewer) {
		Map<String, Object> params = new HashMap<>(Visibility.parameters(viewer));
		params.putAll(SynergyAccess.parameters(viewer));
		return this.jdbc.sql("""
				select s.id, s.title, s.supply_company_id, s.demand_company_id, r.year, r.quantity, r.unit,
				       ss.material_class, (ss.heat_medium is not null or (ss.id is null and r.unit = 'MWh/yr')) as heat,
				       sc.lat as from_lat, sc.lon as from_lon, dc.lat as to_lat, dc.lon as to_lon,
				       %s as visible
				from synergy_realised r join synergy s on s.id = r.synergy_id
				left join stream ss on ss.id = s.supply_stream_id
				join company sc on sc.id = s.supply_company_id
				join company dc on dc.id = s.demand_company_id
				where r.year = :year
				  and (cast(:companyId as bigint) is null or :companyId in (s.supply_company_id, s.demand_company_id))
				  and (cast(:companyIds as text) is null
				       or s.supply_company_id = any(cast(string_to_array(:companyIds, ',') as bigint[]))
				       or s.demand_company_id = any(cast(string_to_array(:companyIds, ',') as bigint[])))
				order by s.id""".formatted(SynergyAccess.read()))
			.param("companyId", companyId)
			.param("companyIds", companyIds)
			.param("year", year)
			.params(params)
			.query((rs, n) -> new ExchangeRow(rs.getLong("id"), rs.getString("title"), rs.getLong("supply_company_id"),
					rs.getLong("demand_company_id"), rs.getInt("year"), rs.getDouble("quantity"), rs.getString("unit"),
					rs.getString("material_class"), rs.getBoolean("heat"), point(rs, "from_lat", "from_lon"),
					point(rs, "to_lat", "to_lon"), rs.getBoolean("visible")))
			.list();
	}

	/** Streams of the year; of one company when given. */
	List<StreamRow> streams(@Nullable Long companyId, int year, Viewer viewer) {
		return streams(companyId, null, year, viewer);
	}

	/** Streams of the year of the companies given (ids separated by commas). */
	List<StreamRow> streams(@Nullable Long companyId, @Nullable String companyIds, int year, Viewer viewer) {
		return this.jdbc
			.sql("""
					select s.*, e.hazardous, %s as visible
					from stream s left join ewc_code e on e.code = s.ewc_code
					where s.year = :year and (cast(:companyId as bigint) is null or s.company_id = :companyId)
					  and (cast(:companyIds as text) is null
					       or s.company_id = any(cast(string_to_array(:companyIds, ',') as bigint[])))
					order by s.company_id, s.direction, s.stream_key"""
				.formatted(Visibility.predicate("s.confidentiality", "s.company_id")))
			.param("companyId", companyId)
			.param("companyIds", companyIds)
			.param("year", year)
			.params(Visibility.parameters(viewer))
			.query((rs, n) -> new StreamRow(rs.getLong("company_id"), rs.getString("stream_key"),
					rs.getString("direction"), rs.getString("name"), rs.getString("ewc_code"),
					nullableBoolean(rs, "hazardous"), rs.getString("material_class"), rs.getString("heat_medium"),
					nullableDouble(rs, "quantity"), rs.getString("unit"), rs.getString("treatment_code"),
					rs.getBoolean("visible")))
			.list();
	}

	/**
	 * The rows of the year that are not public, as {@link #hidden} names them: what is
	 * hidden from a viewer who may read nothing more, the same for every viewer.
	 */
	NonPublic nonPublic(int year) {
		Set<Long> facts = new HashSet<>(this.jdbc
			.sql("select f.company_id from yearly_facts f where f.year = :year and f.confidentiality <> 'public'")
			.param("year", year)
			.query(Long.class)
			.list());
		Set<String> excessHeat = new HashSet<>(this.jdbc.sql("""
				select s.company_id || '/' || s.stream_key from stream s
				where s.year = :year and s.direction = 'excess_heat' and s.confidentiality <> 'public'""")
			.param("year", year)
			.query(String.class)
			.list());
		return new NonPublic(Set.copyOf(facts), Set.copyOf(excessHeat));
	}

	/** See {@link #nonPublic(int)}. */
	record NonPublic(Set<Long> facts, Set<String> excessHeat) {
	}

	/**
	 * The rows of the year the viewer may not see: yearly facts by company id, realised
	 * exchanges by synergy id, excess-heat streams as "company id/stream key". The same
	 * rules as the {@code visible} of the other queries, negated ({@code is not true}: a
	 * rule that cannot be decided hides). The facts and excess heat hidden are the year's
	 * {@link #nonPublic} rows, given, less those the viewer may read: few, and found by
	 * company ({@link Visibility#companiesBeyondPublic}) instead of by testing every row.
	 */
	HiddenIds hidden(int year, Viewer viewer, NonPublic nonPublic) {
		Map<String, Object> params = new HashMap<>(Visibility.parameters(viewer));
		params.putAll(SynergyAccess.parameters(viewer));
		Set<Long> facts = new HashSet<>(nonPublic.facts());
		facts.removeAll(this.jdbc
			.sql("""
					select f.company_id from yearly_facts f
					where f.year = :year and f.confidentiality <> 'public' and %s and (%s) is true""".formatted(
					Visibility.companiesBeyondPublic(viewer, "f.company_id"),
					Visibility.predicate("f.confidentiality", "f.company_id")))
			.param("year", year)
			.params(params)
			.query(Long.class)
			.list());
		Set<Long> exchanges = new HashSet<>(this.jdbc.sql("""
				select s.id from synergy_realised r join synergy s on s.id = r.synergy_id
				where r.year = :year and (%s) is not true""".formatted(SynergyAccess.read()))
			.param("year", year)
			.params(params)
			.query(Long.class)
			.list());
		Set<String> excessHeat = new HashSet<>(nonPublic.excessHeat());
		excessHeat.removeAll(this.jdbc
			.sql("""
					select s.company_id || '/' || s.stream_key from stream s
					where s.year = :year and s.direction = 'excess_heat' and s.confidentiality <> 'public'
					and %s and (%s) is true""".formatted(Visibility.companiesBeyondPublic(viewer, "s.company_id"),
					Visibility.predicate("s.confidentiality", "s.company_id")))
			.param("year", year)
			.params(params)
			.query(String.class)
			.list());
		return new HiddenIds(facts, exchanges, excessHeat);
	}

	/** See {@link #hidden(int, Viewer)}. */
	record HiddenIds(Set<Long> facts, Set<Long> exchanges, Set<String> excessHeat) {
	}

	private static YearlyFacts facts(ResultSet rs) throws SQLException {
		Map<EnergyCarrier, MegawattHours> use = new EnumMap<>(EnergyCarrier.class);
		for (EnergyCarrier carrier : EnergyCarrier.values()) {
			Double mwh = nullableDouble(rs, carrier.key() + "_mwh");
			if (mwh != null) {
				use.put(carrier, MegawattHours.of(mwh));
			}
		}
		Double own = nullableDouble(rs, "self_produced_electricity_mwh");
		Double peak = nullableDouble(rs, "peak_power_kw");
		Double direct = nullableDouble(rs, "direct_emissions_t_co2e");
		Long turnover = nullableLong(rs, "turnover_nok");
		Long export = nullableLong(rs, "export_nok");
		int employeeCount = rs.getInt("employees");
		Integer employees = rs.wasNull() ? null : employeeCount;
		return new YearlyFacts(CompanyKey.of(rs.getString("company_key")), rs.getInt("year"), use,
				own == null ? null : MegawattHours.of(own), peak == null ? null : Kilowatts.of(peak),
				rs.getString("transformer_id"), direct == null ? null : TonnesCo2e.of(direct), employees,
				turnover == null ? null : Nok.of(turnover), export == null ? null : Nok.of(export),
				Confidentiality.fromKey(rs.getString("confidentiality")), rs.getString("source"));
	}

	private static @Nullable GeoPoint point(ResultSet rs, String lat, String lon) throws SQLException {
		Double latitude = nullableDouble(rs, lat);
		Double longitude = nullableDouble(rs, lon);
		return latitude == null || longitude == null ? null : GeoPoint.of(latitude, longitude);
	}

	static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}
