package no.symbiose.app.e2e;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One invented park with two tenants, their yearly facts and streams, for the page tests.
 * Keys start with {@code e2e-} so they never meet real or demo data; inserting twice
 * changes nothing, so every test class may call {@link #install(JdbcClient)}.
 *
 * <p>
 * Chosen to show the edge cases: the park's land in use is unknown (shown as missing),
 * its total land has a decimal and a thousands group (1 200,5 daa in bokmål), building
 * use is 38 000 of 40 000 m² = 95 %. The smelter's 2023 facts are public (125 000 t CO₂e,
 * drawn on the map), its 2024 facts and its fly ash are private; the greenhouse has no
 * emissions.
 */
public final class WebFixture {

	public static final String ADMIN = "e2e-admin";

	public static final String GREENHOUSE_REPORTER = "e2e-rapportor-tomat";

	public static final String PARK_KEY = "e2e-fjordpark";

	public static final String PARK_NAME = "Fjordparken E2E";

	public static final String SMELTER_KEY = "e2e:smelteverk";

	public static final String SMELTER_NAME = "Fjord Smelteverk AS (E2E)";

	public static final String GREENHOUSE_KEY = "e2e:tomatgartneri";

	public static final String GREENHOUSE_NAME = "Fjord Tomatgartneri (E2E)";

	public static final String SYNERGY_RULE = "e2e-heat-to-greenhouse";

	private WebFixture() {
	}

	public static void install(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into park (park_key, name, kind, organisation_model, county_number, municipality_number, lat, lon,
						                  land_total_daa, land_used_daa, land_free_zoned_daa, building_total_m2, building_used_m2,
						                  infrastructure, transformer_capacity_mva, source)
						values (:key, :name, 'industripark', 'single_owner_with_facilitator', '40', '4001', 59.12, 9.65,
						        1200.5, null, 85, 40000, 38000, '{quay,rail,district_heating}', 120, 'E2E-fixture: oppdiktet park')
						on conflict (park_key) do nothing""")
			.param("key", PARK_KEY)
			.param("name", PARK_NAME)
			.update();
		company(jdbc, SMELTER_KEY, "999000010", SMELTER_NAME, "24.10", 59.13, 9.66, "2020-01-01");
		company(jdbc, GREENHOUSE_KEY, null, GREENHOUSE_NAME, "01.13", 59.10, 9.72, "2022-06-01");
		jdbc.sql(
				"""
						insert into yearly_facts (company_id, year, electricity_mwh, direct_emissions_t_co2e, employees,
						                          confidentiality, source)
						select id, 2023, 850000.5, 125000, 310, 'public', 'E2E-fixture: årsrapport 2023' from company where company_key = :key
						union all
						select id, 2024, 820000, 118000, 305, 'private', 'E2E-fixture: egenrapportert' from company where company_key = :key
						on conflict (company_id, year) do nothing""")
			.param("key", SMELTER_KEY)
			.update();
		stream(jdbc, SMELTER_KEY, "excess-heat", "excess_heat", "Overskuddsvarme fra ovnsgass", null, 85.0, 120000.0,
				"MWh/yr", "public");
		stream(jdbc, SMELTER_KEY, "fly-ash", "waste", "Flygeaske", "100102", null, 2300.0, "t/yr", "private");
		stream(jdbc, GREENHOUSE_KEY, "heat-in", "input", "Varme til veksthus", null, 60.0, 20000.0, "MWh/yr", "public");
		synergy(jdbc);
		// users the pages resolve through app_user (no password: MockMvc logs them in
		// directly)
		jdbc.sql(
				"""
						insert into app_user (username, display_name, role) values (:admin, 'E2E administrator', 'national_admin')
						on conflict (username) do nothing""")
			.param("admin", ADMIN)
			.update();
		jdbc.sql("""
				insert into app_user (username, display_name, role, company_id)
				select :reporter, 'E2E rapportør', 'company_reporter', id from company where company_key = :key
				on conflict (username) do nothing""")
			.param("reporter", GREENHOUSE_REPORTER)
			.param("key", GREENHOUSE_KEY)
			.update();
	}

	/**
	 * The smelter's excess heat warms the greenhouse: a synergy in operation since 2024,
	 * with one realised year, so the synergy page shows every part.
	 */
	private static void synergy(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into synergy (supply_stream_id, demand_stream_id, supply_company_id, demand_company_id, rule_id,
						                     title, state, expected_quantity, expected_unit, expected_t_co2e, notes)
						select ss.id, ds.id, ss.company_id, ds.company_id, :rule, 'Overskuddsvarme fra ovnsgass → Varme til veksthus',
						       'in_operation', 20000, 'MWh/yr', 3600, 'E2E-fixture: oppdiktet samarbeid'
						from stream ss join company sc on sc.id = ss.company_id, stream ds join company dc on dc.id = ds.company_id
						where sc.company_key = :smelter and ss.stream_key = 'excess-heat'
						  and dc.company_key = :greenhouse and ds.stream_key = 'heat-in'
						on conflict do nothing""")
			.param("rule", SYNERGY_RULE)
			.param("smelter", SMELTER_KEY)
			.param("greenhouse", GREENHOUSE_KEY)
			.update();
		jdbc.sql("""
				insert into synergy_realised (synergy_id, year, quantity, unit, t_co2e_avoided, source)
				select id, 2024, 18500.5, 'MWh/yr', 3330.09, 'E2E-fixture: målt 2024' from synergy where rule_id = :rule
				on conflict do nothing""").param("rule", SYNERGY_RULE).update();
	}

	/** The id of the fixture's synergy. */
	public static long synergyId(JdbcClient jdbc) {
		return jdbc.sql("select id from synergy where rule_id = :rule")
			.param("rule", SYNERGY_RULE)
			.query(Long.class)
			.single();
	}

	private static void company(JdbcClient jdbc, String key, String orgNumber, String name, String nace, double lat,
			double lon, String tenantFrom) {
		jdbc.sql(
				"""
						insert into company (company_key, org_number, name, nace_version, nace_code, municipality_number, lat, lon, source)
						values (:key, :org, :name, 'SN2007', :nace, '4001', :lat, :lon, 'E2E-fixture')
						on conflict (company_key) do nothing""")
			.param("key", key)
			.param("org", orgNumber)
			.param("name", name)
			.param("nace", nace)
			.param("lat", lat)
			.param("lon", lon)
			.update();
		jdbc.sql(
				"""
						insert into tenancy (company_id, park_id, valid_from)
						select c.id, p.id, cast(:from as date) from company c, park p where c.company_key = :key and p.park_key = :park
						on conflict do nothing""")
			.param("key", key)
			.param("park", PARK_KEY)
			.param("from", tenantFrom)
			.update();
	}

	private static void stream(JdbcClient jdbc, String companyKey, String streamKey, String direction, String name,
			String ewcCode, Double temperatureC, Double quantity, String unit, String confidentiality) {
		jdbc.sql(
				"""
						insert into stream (company_id, year, stream_key, direction, name, ewc_code, heat_medium, temperature_c, quantity, unit,
						                    confidentiality, source)
						select id, 2023, :streamKey, :direction, :name, :ewc, case when :temperature::float8 is null then null else 'hot_water' end, :temperature, :quantity, :unit, :confidentiality,
						       'E2E-fixture: målt 2023'
						from company where company_key = :key
						on conflict (company_id, year, stream_key) do nothing""")
			.param("key", companyKey)
			.param("streamKey", streamKey)
			.param("direction", direction)
			.param("name", name)
			.param("ewc", ewcCode)
			.param("temperature", temperatureC)
			.param("quantity", quantity)
			.param("unit", unit)
			.param("confidentiality", confidentiality)
			.update();
	}

}
