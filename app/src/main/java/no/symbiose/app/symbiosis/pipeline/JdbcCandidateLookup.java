package no.symbiose.app.symbiosis.pipeline;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a candidate's streams and companies straight from the registry, until the
 * engine-backed lookup replaces it: the supply must be a stream that offers something
 * (not an input), the demand an input stream or a company. It does not run the engine's
 * rules, so it does not know quantities or CO2e (null).
 */
@Component
class JdbcCandidateLookup implements CandidateLookup {

	private final JdbcClient jdbc;

	JdbcCandidateLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CandidateSnapshot> find(String candidateId) {
		return CandidateId.parse(candidateId).flatMap(this::find);
	}

	private Optional<CandidateSnapshot> find(CandidateId id) {
		return this.jdbc.sql("""
				select s.id as supply_stream_id, s.company_id as supply_company_id, s.name as supply_name,
				       ds.id as demand_stream_id, dc.id as demand_company_id, coalesce(ds.name, dc.name) as demand_name
				from stream s
				join company dc on dc.id = coalesce(
				    (select company_id from stream where id = cast(:demandStream as bigint) and direction = 'input'),
				    cast(:demandCompany as bigint))
				left join stream ds on ds.id = cast(:demandStream as bigint) and ds.direction = 'input'
				where s.id = :supplyStream and s.direction <> 'input'
				  and (cast(:demandStream as bigint) is null or ds.id is not null)""")
			.param("supplyStream", id.supplyStreamId())
			.param("demandStream", id.demandStreamId())
			.param("demandCompany", id.demandCompanyId())
			.query((rs, n) -> new CandidateSnapshot(rs.getLong("supply_stream_id"),
					(rs.getObject("demand_stream_id") == null) ? null : rs.getLong("demand_stream_id"),
					rs.getLong("supply_company_id"), rs.getLong("demand_company_id"), id.ruleId(),
					rs.getString("supply_name") + " → " + rs.getString("demand_name"), null, null, null))
			.optional();
	}

}
