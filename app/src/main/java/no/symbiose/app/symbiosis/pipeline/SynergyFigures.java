package no.symbiose.app.symbiosis.pipeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.security.Viewer;
import no.symbiose.engine.symbiosis.SynergyState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's figures for the goals: which synergies were in operation in which year,
 * and what each open synergy is expected to save. All rows are read, each marked with
 * whether the viewer may read the synergy ({@link SynergyAccess}), so that callers can
 * aggregate everything and disclose per viewer; nothing here names a company.
 */
@Service
@Transactional(readOnly = true)
public class SynergyFigures {

	/**
	 * A synergy in operation at some time during a year.
	 *
	 * @param supplyCountyNumber the county of the supplier's municipality, as
	 * {@link SynergyMissions} counts it; null when unknown
	 */
	public record OperatingYear(long synergyId, int year, @Nullable String supplyCountyNumber,
			@Nullable String demandCountyNumber) {
	}

	/**
	 * A synergy of the pipeline with its expected yearly saving.
	 *
	 * @param expectedTonnesCo2ePerYear the candidate's net t CO2e avoided per year when
	 * the synergy was created; null when the candidate had no figure
	 * @param readable whether the viewer may read the synergy
	 */
	public record PipelineSynergy(long synergyId, SynergyState state, long supplyCompanyId, long demandCompanyId,
			@Nullable Double expectedTonnesCo2ePerYear, boolean readable) {

		/** Hides the figure, which may be confidential. */
		@Override
		public String toString() {
			return "PipelineSynergy[synergyId=%d, state=%s]".formatted(this.synergyId, this.state.key());
		}

	}

	private final JdbcClient jdbc;

	SynergyFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every (synergy, year) in which the synergy was in operation, up to
	 * {@code thisYear}: from each move into operation to the next move out of it (by the
	 * years of its history's events), every year with a realised quantity, and this year
	 * for a synergy in operation now whose move into operation was not recorded.
	 */
	public List<OperatingYear> operatingYears(int thisYear) {
		return this.jdbc
			.sql("""
					with moves as (
					    select synergy_id, at, from_state, to_state from synergy_event where kind = 'moved'),
					periods as (
					    select m.synergy_id, extract(year from m.at)::int as from_year,
					           (select extract(year from min(o.at))::int from moves o
					            where o.synergy_id = m.synergy_id and o.from_state = 'in_operation' and o.at > m.at) as to_year
					    from moves m where m.to_state = 'in_operation'),
					years as (
					    select p.synergy_id, y::int as year
					    from periods p, generate_series(p.from_year, coalesce(p.to_year, :thisYear)) y
					    union
					    select synergy_id, year from synergy_realised
					    union
					    select s.id, :thisYear from synergy s
					    where s.state = 'in_operation'
					      and not exists (select 1 from moves m where m.synergy_id = s.id and m.to_state = 'in_operation'))
					select y.synergy_id, y.year, sm.county_number as supply_county, dm.county_number as demand_county
					from years y
					join synergy s on s.id = y.synergy_id
					join company sc on sc.id = s.supply_company_id
					left join municipality sm on sm.municipality_number = sc.municipality_number
					join company dc on dc.id = s.demand_company_id
					left join municipality dm on dm.municipality_number = dc.municipality_number
					where y.year <= :thisYear
					order by y.year, y.synergy_id""")
			.param("thisYear", thisYear)
			.query((rs, n) -> new OperatingYear(rs.getLong("synergy_id"), rs.getInt("year"),
					rs.getString("supply_county"), rs.getString("demand_county")))
			.list();
	}

	/** Every synergy that is open (identified … in operation), marked for the viewer. */
	public List<PipelineSynergy> open(Viewer viewer) {
		return this.jdbc.sql("""
				select s.id, s.state, s.supply_company_id, s.demand_company_id, s.expected_t_co2e, %s as readable
				from synergy s
				where s.state not in ('ended', 'rejected')
				order by s.id""".formatted(SynergyAccess.read()))
			.params(SynergyAccess.parameters(viewer))
			.query((rs, n) -> new PipelineSynergy(rs.getLong("id"), SynergyState.fromKey(rs.getString("state")),
					rs.getLong("supply_company_id"), rs.getLong("demand_company_id"),
					rs.getObject("expected_t_co2e", Double.class), rs.getBoolean("readable")))
			.list();
	}

}
