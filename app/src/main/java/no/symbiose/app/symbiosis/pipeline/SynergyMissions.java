package no.symbiose.app.symbiosis.pipeline;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national mission "at least two realised industrial symbioses per county" (the
 * mission statement of the parks' cooperation model, seed 003), counted from the
 * pipeline. A synergy is realised while it is in operation; one between companies in two
 * counties counts in both. Public: counts only, no names.
 */
@Service
@Transactional(readOnly = true)
public class SynergyMissions {

	/** Realised symbioses each county needs to meet the mission. */
	public static final int REALISED_PER_COUNTY = 2;

	private final JdbcClient jdbc;

	SynergyMissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One county's count. */
	public record CountyMission(String countyNumber, String countyName, long realised, boolean met) {
	}

	/**
	 * Every county, by county number, with the synergies in operation that involve it.
	 */
	public List<CountyMission> realisedByCounty() {
		return this.jdbc.sql("""
				select c.county_number, c.name, coalesce(r.realised, 0) as realised
				from county c left join (
				    select m.county_number, count(distinct s.id) as realised
				    from synergy s
				    join company co on co.id in (s.supply_company_id, s.demand_company_id)
				    join municipality m on m.municipality_number = co.municipality_number
				    where s.state = 'in_operation'
				    group by m.county_number) r on r.county_number = c.county_number
				order by c.county_number""")
			.query((rs, n) -> new CountyMission(rs.getString("county_number"), rs.getString("name"),
					rs.getLong("realised"), rs.getLong("realised") >= REALISED_PER_COUNTY))
			.list();
	}

}
