package no.symbiose.app.symbiosis;

import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Companies and streams that the built-in rule {@code slag-to-cement} joins, with unique
 * keys so that tests sharing the database never meet. Sites lie in Porsgrunn (Telemark,
 * county 40): the steelworks at 59.10° N 9.60° E, the cement works 0.09° further north,
 * about 10 km.
 */
final class SymbiosisFixtures {

	private final JdbcClient jdbc;

	SymbiosisFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RegistryFixtures registry() {
		return new RegistryFixtures(this.jdbc);
	}

	Row aCompanyAt(String name, double lat, double lon) {
		String key = RegistryFixtures.unique("symb:");
		long id = this.jdbc.sql("""
				insert into company (company_key, name, municipality_number, lat, lon)
				values (:key, :name, '4001', :lat, :lon) returning id""")
			.param("key", key)
			.param("name", name + " " + key)
			.param("lat", lat)
			.param("lon", lon)
			.query(Long.class)
			.single();
		return new Row(id, key);
	}

	String nameOf(Row company) {
		return this.jdbc.sql("select name from company where id = :id")
			.param("id", company.id())
			.query(String.class)
			.single();
	}

	/** A slag side stream; returns the stream's id. */
	long slag(Row company, double tonnes, String confidentiality) {
		return stream(company, "side_stream", "Hemmelig slaggstrøm " + company.key(), "slag", tonnes, confidentiality);
	}

	/** An input of cement and clinker; returns the stream's id. */
	long clinkerNeed(Row company, double tonnes, String confidentiality) {
		return stream(company, "input", "Hemmelig klinkerbehov " + company.key(), "cement_and_clinker", tonnes,
				confidentiality);
	}

	private long stream(Row company, String direction, String name, String material, double tonnes,
			String confidentiality) {
		return this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, material_class, quantity, unit,
				                    confidentiality, source)
				values (:c, 2024, :key, :direction, :name, :material, :quantity, 't/yr', :confidentiality, 'test')
				returning id""")
			.param("c", company.id())
			.param("key", RegistryFixtures.unique("s-"))
			.param("direction", direction)
			.param("name", name)
			.param("material", material)
			.param("quantity", tonnes)
			.param("confidentiality", confidentiality)
			.query(Long.class)
			.single();
	}

	/** A synergy on the candidate, opted in by the sides asked for. */
	long synergy(Row supplier, long supplyStream, Row receiver, long demandStream, String rule, boolean supplyOptIn,
			boolean demandOptIn) {
		return this.jdbc.sql("""
				insert into synergy (supply_stream_id, demand_stream_id, supply_company_id, demand_company_id, rule_id,
				                     title, supply_opt_in_at, demand_opt_in_at)
				values (:ss, :ds, :sc, :dc, :rule, 'test',
				        case when :so then now() end, case when :do then now() end) returning id""")
			.param("ss", supplyStream)
			.param("ds", demandStream)
			.param("sc", supplier.id())
			.param("dc", receiver.id())
			.param("rule", rule)
			.param("so", supplyOptIn)
			.param("do", demandOptIn)
			.query(Long.class)
			.single();
	}

}
