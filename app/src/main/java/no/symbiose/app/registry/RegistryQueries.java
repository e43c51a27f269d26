package no.symbiose.app.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.symbiose.app.registry.RegistryViews.CompanyView;
import no.symbiose.app.registry.RegistryViews.FactsView;
import no.symbiose.app.registry.RegistryViews.MapSite;
import no.symbiose.app.registry.RegistryViews.PageOf;
import no.symbiose.app.registry.RegistryViews.ParkView;
import no.symbiose.app.registry.RegistryViews.StreamView;
import no.symbiose.app.registry.RegistryViews.TenancyView;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.security.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the registry. Park and company identities are public registry facts; yearly facts
 * and streams pass through {@link Visibility}, so callers cannot forget the
 * confidentiality rule.
 */
@Service
@Transactional(readOnly = true)
public class RegistryQueries {

	private static final String PARK_SELECT = """
			select p.*, c.name as county_name, m.name as municipality_name,
			       (select count(distinct t.company_id) from tenancy t
			        where t.park_id = p.id and """ + Visibility.activeTenancy("t") + """
			       ) as tenant_count
			from park p join county c on c.county_number = p.county_number
			left join municipality m on m.municipality_number = p.municipality_number
			""";

	private static final String COMPANY_SELECT = """
			select co.*, n.name_nb as nace_name_nb, n.name_en as nace_name_en, m.name as municipality_name,
			       m.county_number
			from company co
			left join nace_code n on n.version = co.nace_version and n.code = co.nace_code
			left join municipality m on m.municipality_number = co.municipality_number
			""";

	private final JdbcClient jdbc;

	RegistryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ParkView> parks() {
		return jdbc.sql(PARK_SELECT + " order by p.name").query(RegistryQueries::park).list();
	}

	public Optional<ParkView> park(String parkKey) {
		return jdbc.sql(PARK_SELECT + " where p.park_key = :key")
			.param("key", parkKey)
			.query(RegistryQueries::park)
			.optional();
	}

	/**
	 * Companies, optionally filtered, a page at a time (page numbers start at 0).
	 * @param search case-insensitive part of the name, the key or the org number
	 */
	public PageOf<CompanyView> companies(@Nullable String parkKey, @Nullable String countyNumber,
			@Nullable String search, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (parkKey != null && !parkKey.isBlank()) {
			where.append(" and exists (select 1 from tenancy t join park p on p.id = t.park_id"
					+ " where t.company_id = co.id and p.park_key = :parkKey)");
			params.put("parkKey", parkKey);
		}
		if (countyNumber != null && !countyNumber.isBlank()) {
			where.append(" and m.county_number = :county");
			params.put("county", countyNumber);
		}
		if (search != null && !search.isBlank()) {
			where.append(" and (co.name ilike :search or co.company_key ilike :search or co.org_number like :search)");
			params.put("search", "%" + search.strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = jdbc
			.sql("select count(*) from company co left join municipality m"
					+ " on m.municipality_number = co.municipality_number" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<CompanyView> items = withTenancies(
				jdbc.sql(COMPANY_SELECT + where + " order by co.name, co.company_key limit :limit offset :offset")
					.params(params)
					.param("limit", size)
					.param("offset", (long) page * size)
					.query((rs, n) -> company(rs))
					.list());
		return new PageOf<>(items, page, size, total);
	}

	public Optional<CompanyView> company(String companyKey) {
		return jdbc.sql(COMPANY_SELECT + " where co.company_key = :key")
			.param("key", companyKey)
			.query((rs, n) -> company(rs))
			.optional()
			.map(company -> withTenancies(List.of(company)).get(0));
	}

	/** Companies with an active tenancy in the park. */
	public List<CompanyView> tenants(long parkId) {
		return withTenancies(jdbc.sql(COMPANY_SELECT + """
				where exists (select 1 from tenancy t where t.company_id = co.id and t.park_id = :parkId
				              and """ + Visibility.activeTenancy("t") + """
				)
				order by co.name""").param("parkId", parkId).query((rs, n) -> company(rs)).list());
	}

	/** The yearly facts of a company that the viewer may see, newest year first. */
	public List<FactsView> facts(long companyId, Viewer viewer) {
		return jdbc
			.sql("select f.*, co.company_key from yearly_facts f join company co on co.id = f.company_id"
					+ " where f.company_id = :companyId and "
					+ Visibility.predicate("f.confidentiality", "f.company_id") + " order by f.year desc")
			.param("companyId", companyId)
			.params(Visibility.parameters(viewer))
			.query(RegistryQueries::facts)
			.list();
	}

	/** The streams of a company that the viewer may see; all years when year is null. */
	public List<StreamView> streams(long companyId, @Nullable Integer year, Viewer viewer) {
		return jdbc
			.sql("""
					select s.*, co.company_key, e.title_nb as ewc_title_nb, e.title_en as ewc_title_en
					from stream s join company co on co.id = s.company_id
					left join ewc_code e on e.code = s.ewc_code
					where s.company_id = :companyId and (cast(:year as integer) is null or s.year = :year) and """
					+ Visibility.predicate("s.confidentiality", "s.company_id")
					+ " order by s.year desc, s.direction, s.stream_key")
			.param("companyId", companyId)
			.param("year", year)
			.params(Visibility.parameters(viewer))
			.query(RegistryQueries::stream)
			.list();
	}

	/**
	 * Parks and company sites for the public map. A site's emission figure is shown only
	 * where the newest yearly facts carrying one are public.
	 */
	public List<MapSite> mapSites() {
		List<MapSite> sites = new ArrayList<>(
				jdbc.sql("select park_key, name, lat, lon from park where lat is not null")
					.query((rs, n) -> new MapSite("park", rs.getString("park_key"), rs.getString("name"),
							rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("park_key"), null, null))
					.list());
		sites.addAll(jdbc.sql("""
				select co.company_key, co.name, co.lat, co.lon,
				       (select p.park_key from tenancy t join park p on p.id = t.park_id where t.company_id = co.id
				        and """ + Visibility.activeTenancy("t") + """
				        order by t.valid_from desc limit 1) as park_key,
				       f.direct_emissions_t_co2e, f.year
				from company co
				left join lateral (select direct_emissions_t_co2e, year from yearly_facts yf
				                   where yf.company_id = co.id and yf.confidentiality = 'public'
				                   and yf.direct_emissions_t_co2e is not null order by year desc limit 1) f on true
				where co.lat is not null
				order by co.name""")
			.query((rs, n) -> new MapSite("company", rs.getString("company_key"), rs.getString("name"),
					rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("park_key"),
					nullableDouble(rs, "direct_emissions_t_co2e"), nullableInt(rs, "year")))
			.list());
		return sites;
	}

	private static ParkView park(ResultSet rs, int rowNum) throws SQLException {
		return new ParkView(rs.getLong("id"), rs.getString("park_key"), rs.getString("name"), rs.getString("kind"),
				rs.getString("organisation_model"), rs.getString("county_number"), rs.getString("county_name"),
				rs.getString("municipality_number"), rs.getString("municipality_name"), nullableDouble(rs, "lat"),
				nullableDouble(rs, "lon"), nullableDouble(rs, "land_total_daa"), nullableDouble(rs, "land_used_daa"),
				nullableDouble(rs, "land_free_zoned_daa"), nullableDouble(rs, "building_total_m2"),
				nullableDouble(rs, "building_used_m2"), textArray(rs.getArray("infrastructure")),
				nullableDouble(rs, "transformer_capacity_mva"), rs.getString("source"), nullableInt(rs, "land_year"),
				rs.getLong("tenant_count"), rs.getInt("version"));
	}

	/**
	 * A company without its tenancies: {@link #withTenancies} reads them for a list at
	 * once.
	 */
	private static CompanyView company(ResultSet rs) throws SQLException {
		return new CompanyView(rs.getLong("id"), rs.getString("company_key"), rs.getString("org_number"),
				rs.getString("name"), rs.getString("nace_version"), rs.getString("nace_code"),
				rs.getString("nace_name_nb"), rs.getString("nace_name_en"), rs.getString("municipality_number"),
				rs.getString("municipality_name"), rs.getString("county_number"), nullableDouble(rs, "lat"),
				nullableDouble(rs, "lon"), rs.getString("source"), List.of(), rs.getInt("version"));
	}

	/**
	 * The companies with their tenancies, oldest first, read in one query (a park's
	 * tenants are hundreds of companies).
	 */
	private List<CompanyView> withTenancies(List<CompanyView> companies) {
		if (companies.isEmpty()) {
			return companies;
		}
		Map<Long, List<TenancyView>> byCompany = new HashMap<>();
		jdbc.sql("""
				select t.company_id, p.park_key, p.name, t.valid_from, t.valid_to
				from tenancy t join park p on p.id = t.park_id
				where t.company_id = any(cast(:ids as bigint[])) order by t.company_id, t.valid_from, t.id""")
			.param("ids",
					companies.stream()
						.map(c -> Long.toString(c.id()))
						.collect(java.util.stream.Collectors.joining(",", "{", "}")))
			.query(t -> {
				byCompany.computeIfAbsent(t.getLong("company_id"), id -> new ArrayList<>())
					.add(new TenancyView(t.getString("park_key"), t.getString("name"),
							t.getDate("valid_from").toLocalDate(),
							t.getDate("valid_to") == null ? null : t.getDate("valid_to").toLocalDate()));
			});
		List<CompanyView> complete = new ArrayList<>(companies.size());
		for (CompanyView c : companies) {
			complete.add(new CompanyView(c.id(), c.key(), c.orgNumber(), c.name(), c.naceVersion(), c.naceCode(),
					c.naceNameNb(), c.naceNameEn(), c.municipalityNumber(), c.municipalityName(), c.countyNumber(),
					c.lat(), c.lon(), c.source(), List.copyOf(byCompany.getOrDefault(c.id(), List.of())), c.version()));
		}
		return complete;
	}

	private static FactsView facts(ResultSet rs, int rowNum) throws SQLException {
		return new FactsView(rs.getLong("id"), rs.getString("company_key"), rs.getInt("year"),
				nullableDouble(rs, "electricity_mwh"), nullableDouble(rs, "natural_gas_mwh"),
				nullableDouble(rs, "oil_products_mwh"), nullableDouble(rs, "coal_and_coke_mwh"),
				nullableDouble(rs, "biomass_mwh"), nullableDouble(rs, "district_heat_mwh"),
				nullableDouble(rs, "hydrogen_mwh"), nullableDouble(rs, "self_produced_electricity_mwh"),
				nullableDouble(rs, "peak_power_kw"), rs.getString("transformer_id"),
				nullableDouble(rs, "direct_emissions_t_co2e"), nullableInt(rs, "employees"),
				nullableLong(rs, "turnover_nok"), nullableLong(rs, "export_nok"), rs.getString("confidentiality"),
				rs.getString("source"), rs.getInt("version"));
	}

	private static StreamView stream(ResultSet rs, int rowNum) throws SQLException {
		Array months = rs.getArray("available_months");
		List<Integer> monthList = months == null ? List.of()
				: Arrays.stream((Object[]) months.getArray()).map(m -> ((Number) m).intValue()).toList();
		return new StreamView(rs.getLong("id"), rs.getString("company_key"), rs.getInt("year"),
				rs.getString("stream_key"), rs.getString("direction"), rs.getString("name"), rs.getString("ewc_code"),
				rs.getString("ewc_title_nb"), rs.getString("ewc_title_en"), rs.getString("material_class"),
				rs.getString("heat_medium"), nullableDouble(rs, "temperature_c"), nullableDouble(rs, "quantity"),
				rs.getString("unit"), rs.getString("availability"), monthList, rs.getString("treatment_code"),
				rs.getString("destination"), rs.getString("confidentiality"), rs.getString("source"),
				rs.getInt("version"));
	}

	static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static List<String> textArray(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
