package no.symbiose.app.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountPlacements.Placement;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.database.DataVersionCache;
import no.symbiose.app.goals.ParkTargets;
import no.symbiose.app.goals.ParkTargets.Origin;
import no.symbiose.engine.programme.Facilitator;
import no.symbiose.engine.programme.ParkEvidence;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's evidence for the programme in a year, from the registry and the accounts'
 * placement rule ({@link AccountPlacements}: the tenants of a park in a year). Only which
 * data exist is read, as counts and yes/no per tenant; counts are not confidential, so
 * they are the same for every viewer. No figure leaves this class.
 * <ul>
 * <li>facts: a yearly facts row for the year;</li>
 * <li>climate account: that row lets scope 1 (reported direct emissions, or a fuel's use)
 * and scope 2 (electricity or district heat use) be worked out;</li>
 * <li>energy: the row's electricity use is known;</li>
 * <li>material flows: streams for the year (inputs, products, side streams, waste) with a
 * quantity in t/yr.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class ProgrammeEvidence {

	/** A park as the programme needs it. */
	public record ParkRef(long id, String key, String name, String countyNumber, String countyName,
			@Nullable String organisationModel, boolean facilitatorUser, @Nullable Integer landYear,
			boolean landFiguresKnown) {

		public Facilitator facilitator() {
			if (this.facilitatorUser || "single_owner_with_facilitator".equals(this.organisationModel)) {
				return Facilitator.REGISTERED;
			}
			return "several_owners_without_facilitator".equals(this.organisationModel) ? Facilitator.NONE
					: Facilitator.UNKNOWN;
		}

		/** The park's land and building use is registered for the year. */
		public boolean landFor(int year) {
			return this.landFiguresKnown && this.landYear != null && this.landYear == year;
		}

	}

	/** Which of a tenant's data exist for a year. */
	public record TenantData(long companyId, String companyKey, String companyName, boolean facts,
			boolean climateAccount, boolean energy, int quantifiedMaterialFlows, int materialFlowsWithoutQuantity) {

		public boolean materialFlows() {
			return this.quantifiedMaterialFlows > 0;
		}

	}

	private static final String PARK_SELECT = """
			select p.id, p.park_key, p.name, p.county_number, c.name as county_name, p.organisation_model,
			       p.land_year, (p.land_total_daa is not null and p.land_used_daa is not null) as land_known,
			       exists (select 1 from app_user u where u.park_id = p.id and u.role = 'park_facilitator'
			               and u.enabled) as facilitator_user
			from park p join county c on c.county_number = p.county_number
			""";

	private final JdbcClient jdbc;

	private final AccountPlacements placements;

	private final ParkTargets targets;

	private final DataVersionCache cache;

	private record TenantsKey(int year) {
	}

	ProgrammeEvidence(JdbcClient jdbc, AccountPlacements placements, ParkTargets targets, DataVersionCache cache) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.placements = placements;
		this.targets = targets;
	}

	/** Every park, by name. */
	public List<ParkRef> parks() {
		return this.jdbc.sql(PARK_SELECT + " order by p.name, p.park_key").query(ProgrammeEvidence::park).list();
	}

	/**
	 * @throws NotFoundException no such park
	 */
	public ParkRef park(String parkKey) {
		return this.jdbc.sql(PARK_SELECT + " where p.park_key = :key")
			.param("key", parkKey)
			.query(ProgrammeEvidence::park)
			.optional()
			.orElseThrow(() -> new NotFoundException("park", parkKey));
	}

	/**
	 * @throws NotFoundException no such park
	 */
	public ParkRef park(long parkId) {
		return this.jdbc.sql(PARK_SELECT + " where p.id = :id")
			.param("id", parkId)
			.query(ProgrammeEvidence::park)
			.optional()
			.orElseThrow(() -> new NotFoundException("park", Long.toString(parkId)));
	}

	/**
	 * The data of every park's tenants in the year, by park id; tenants by name. Read
	 * once per version of the data: every park's programme status needs it.
	 */
	public Map<Long, List<TenantData>> tenantsByPark(int year) {
		return this.cache.get(new TenantsKey(year), () -> readTenantsByPark(year));
	}

	private Map<Long, List<TenantData>> readTenantsByPark(int year) {
		Map<Long, Long> parkOf = new HashMap<>();
		for (Placement placement : this.placements.forYear(year).values()) {
			if (placement.parkId() != null) {
				parkOf.put(placement.companyId(), placement.parkId());
			}
		}
		Map<Long, List<TenantData>> byPark = new HashMap<>();
		if (parkOf.isEmpty()) {
			return byPark;
		}
		List<TenantData> data = this.jdbc
			.sql("""
					select c.id, c.company_key, c.name, f.id is not null as has_facts,
					       coalesce((f.direct_emissions_t_co2e is not null or f.natural_gas_mwh is not null
					                 or f.oil_products_mwh is not null or f.coal_and_coke_mwh is not null
					                 or f.biomass_mwh is not null or f.hydrogen_mwh is not null)
					                and (f.electricity_mwh is not null or f.district_heat_mwh is not null), false) as climate,
					       coalesce(f.electricity_mwh is not null, false) as energy,
					       coalesce(s.flows, 0) as flows, coalesce(s.unquantified, 0) as unquantified
					from company c left join yearly_facts f on f.company_id = c.id and f.year = :year
					left join (
					    select company_id,
					           count(*) filter (where quantity is not null and unit = 't/yr') as flows,
					           count(*) filter (where quantity is null) as unquantified
					    from stream
					    where year = :year and direction in ('input', 'product', 'side_stream', 'waste')
					    group by company_id) s on s.company_id = c.id
					where c.id = any(cast(string_to_array(:ids, ',') as bigint[]))
					order by c.name, c.company_key
					""")
			.param("year", year)
			.param("ids", parkOf.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.query((rs, n) -> new TenantData(rs.getLong("id"), rs.getString("company_key"), rs.getString("name"),
					rs.getBoolean("has_facts"), rs.getBoolean("climate"), rs.getBoolean("energy"), rs.getInt("flows"),
					rs.getInt("unquantified")))
			.list();
		for (TenantData tenant : data) {
			byPark.computeIfAbsent(parkOf.get(tenant.companyId()), id -> new ArrayList<>()).add(tenant);
		}
		byPark.replaceAll((park, tenants) -> List.copyOf(tenants));
		return Collections.unmodifiableMap(byPark);
	}

	/** The data of the park's tenants in the year, by name. */
	public List<TenantData> tenants(long parkId, int year) {
		return tenantsByPark(year).getOrDefault(parkId, List.of());
	}

	/** The park's evidence from its tenants' data. */
	public ParkEvidence evidence(ParkRef park, int year, List<TenantData> tenants) {
		int ownTargets = (int) this.targets.of(park.key())
			.stream()
			.filter(adopted -> adopted.origin() == Origin.PARK)
			.count();
		return new ParkEvidence(park.key(), year, park.facilitator(), tenants.size(),
				(int) tenants.stream().filter(TenantData::facts).count(),
				(int) tenants.stream().filter(TenantData::climateAccount).count(),
				tenants.stream().mapToInt(TenantData::quantifiedMaterialFlows).sum(),
				tenants.stream().mapToInt(TenantData::materialFlowsWithoutQuantity).sum(), ownTargets);
	}

	/**
	 * @throws NotFoundException no such park
	 */
	public ParkEvidence of(long parkId, int year) {
		return evidence(park(parkId), year, tenants(parkId, year));
	}

	private static ParkRef park(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Integer landYear = rs.getObject("land_year", Integer.class);
		return new ParkRef(rs.getLong("id"), rs.getString("park_key"), rs.getString("name"),
				rs.getString("county_number"), rs.getString("county_name"), rs.getString("organisation_model"),
				rs.getBoolean("facilitator_user"), landYear, rs.getBoolean("land_known"));
	}

}
