package no.symbiose.app.symbiosis.pipeline;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.security.Viewer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quantities synergies realised per year, for the accounts. All rows are read, each
 * marked with whether the viewer may read the synergy ({@link SynergyAccess}, both sides
 * shown under the double-blind rule), so that aggregates can be computed from everything
 * and disclosed per viewer.
 */
@Service
@Transactional(readOnly = true)
public class RealisedExchanges {

	/**
	 * One synergy's realised quantity in one year. The stream columns are those of the
	 * synergy's supply and demand streams, {@code null} when a stream was deleted.
	 *
	 * @param readable whether the viewer may read the synergy and see both its companies
	 */
	public record Realised(long synergyId, int year, double quantity, String unit, String title, long supplyCompanyId,
			String supplyCompanyKey, String supplyCompanyName, @Nullable String supplyStreamKey,
			@Nullable String supplyDirection, @Nullable String supplyEwc, long demandCompanyId, String demandCompanyKey,
			String demandCompanyName, @Nullable String demandStreamKey, boolean readable) {

		/** Hides quantity and companies, which may be confidential. */
		@Override
		public String toString() {
			return "Realised[synergyId=%d, year=%d]".formatted(this.synergyId, this.year);
		}

	}

	private final JdbcClient jdbc;

	RealisedExchanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every realised quantity of the years, whoever may see it, marked per viewer. */
	/**
	 * The realised synergies of the year the viewer may not read: the rule of
	 * {@link #inYears}'s {@code readable}, negated.
	 */
	public List<Long> unreadable(int year, Viewer viewer) {
		return this.jdbc
			.sql("""
					select r.synergy_id
					from synergy_realised r join synergy s on s.id = r.synergy_id
					where r.year = :year and (%s and %s and %s) is not true""".formatted(SynergyAccess.read(),
					SynergyAccess.sideShown("supply"), SynergyAccess.sideShown("demand")))
			.param("year", year)
			.params(SynergyAccess.parameters(viewer))
			.query(Long.class)
			.list();
	}

	public List<Realised> inYears(Collection<Integer> years, Viewer viewer) {
		if (years.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource(SynergyAccess.parameters(viewer)).addValue("years",
				years);
		return this.jdbc
			.sql("""
					select r.synergy_id, r.year, r.quantity, r.unit, s.title,
					       s.supply_company_id, sc.company_key as supply_company_key, sc.name as supply_company_name,
					       ss.stream_key as supply_stream_key, ss.direction as supply_direction, ss.ewc_code as supply_ewc,
					       s.demand_company_id, dc.company_key as demand_company_key, dc.name as demand_company_name,
					       ds.stream_key as demand_stream_key,
					       (%s and %s and %s) as readable
					from synergy_realised r
					join synergy s on s.id = r.synergy_id
					join company sc on sc.id = s.supply_company_id
					join company dc on dc.id = s.demand_company_id
					left join stream ss on ss.id = s.supply_stream_id
					left join stream ds on ds.id = s.demand_stream_id
					where r.year in (:years)
					order by r.synergy_id, r.year"""
				.formatted(SynergyAccess.read(), SynergyAccess.sideShown("supply"), SynergyAccess.sideShown("demand")))
			.paramSource(params)
			.query((rs, n) -> new Realised(rs.getLong("synergy_id"), rs.getInt("year"), rs.getDouble("quantity"),
					rs.getString("unit"), rs.getString("title"), rs.getLong("supply_company_id"),
					rs.getString("supply_company_key"), rs.getString("supply_company_name"),
					rs.getString("supply_stream_key"), rs.getString("supply_direction"), rs.getString("supply_ewc"),
					rs.getLong("demand_company_id"), rs.getString("demand_company_key"),
					rs.getString("demand_company_name"), rs.getString("demand_stream_key"), rs.getBoolean("readable")))
			.list();
	}

}
