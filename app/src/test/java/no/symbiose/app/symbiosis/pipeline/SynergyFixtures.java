package no.symbiose.app.symbiosis.pipeline;

import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Companies with a stream to offer or take, and synergies put straight into a state, for
 * the pipeline tests. Companies lie in the municipality given, at a position given, so
 * counties and distances are known.
 */
final class SynergyFixtures {

	private final JdbcClient jdbc;

	private final RegistryFixtures registry;

	SynergyFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.registry = new RegistryFixtures(jdbc);
	}

	RegistryFixtures registry() {
		return this.registry;
	}

	/** A company in Porsgrunn (4001, Telemark) at Herøya. */
	Row aCompany() {
		return companyAt("4001", 59.12, 9.62);
	}

	Row companyAt(String municipality, double lat, double lon) {
		Row company = this.registry.aCompany();
		this.jdbc.sql("update company set municipality_number = :m, lat = :lat, lon = :lon where id = :id")
			.param("m", municipality)
			.param("lat", lat)
			.param("lon", lon)
			.param("id", company.id())
			.update();
		return company;
	}

	/** A fly-ash waste stream of the company; its id. */
	long offer(Row company, String name) {
		return stream(company, "waste", name);
	}

	/** An input stream of the company; its id. */
	long need(Row company, String name) {
		return stream(company, "input", name);
	}

	private long stream(Row company, String direction, String name) {
		return this.jdbc
			.sql("""
					insert into stream (company_id, year, stream_key, direction, name, material_class, quantity, unit,
					confidentiality) values (:c, 2024, :key, :direction, :name, 'other', 500, 't/yr', 'private') returning id""")
			.param("c", company.id())
			.param("key", RegistryFixtures.unique("s-"))
			.param("direction", direction)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/** A synergy between the two companies' new streams, in the state given; its id. */
	long synergy(Row supplier, Row receiver, String state) {
		long supply = offer(supplier, "Flygeaske");
		long demand = need(receiver, "Sementråstoff");
		return this.jdbc.sql("""
				insert into synergy (supply_stream_id, demand_stream_id, supply_company_id, demand_company_id, rule_id,
				title, state, state_reason, expected_quantity, expected_unit, expected_t_co2e)
				values (:supply, :demand, :supplier, :receiver, 'ash-to-cement', 'Flygeaske → Sementråstoff', :state,
				case when :state = 'rejected' then 'fixture' end, 400, 't/yr', 100) returning id""")
			.param("supply", supply)
			.param("demand", demand)
			.param("supplier", supplier.id())
			.param("receiver", receiver.id())
			.param("state", state)
			.query(Long.class)
			.single();
	}

	String state(long synergyId) {
		return this.jdbc.sql("select state from synergy where id = :id")
			.param("id", synergyId)
			.query(String.class)
			.single();
	}

	long events(long synergyId) {
		return this.jdbc.sql("select count(*) from synergy_event where synergy_id = :id")
			.param("id", synergyId)
			.query(Long.class)
			.single();
	}

}
