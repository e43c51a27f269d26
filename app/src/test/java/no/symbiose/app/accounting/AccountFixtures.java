package no.symbiose.app.accounting;

import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Companies with energy use, locations and realised exchanges, for the account tests.
 * Keys carry a random suffix, so tests never see each other's rows.
 */
final class AccountFixtures {

	private final JdbcClient jdbc;

	private final RegistryFixtures registry;

	AccountFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.registry = new RegistryFixtures(jdbc);
	}

	RegistryFixtures registry() {
		return this.registry;
	}

	/** A tenant of the park at the position given (Porsgrunn, Telemark). */
	Row tenantAt(Row park, double lat, double lon) {
		Row company = this.registry.aTenantOf(park);
		this.jdbc.sql("update company set lat = :lat, lon = :lon where id = :id")
			.param("lat", lat)
			.param("lon", lon)
			.param("id", company.id())
			.update();
		return company;
	}

	/** Energy facts of a year; null columns stay unknown. */
	void energy(Row company, int year, String confidentiality, Double gasMwh, Double oilMwh, Double electricityMwh,
			Double selfProducedMwh, Double biomassMwh, Double peakKw) {
		this.jdbc.sql("""
				insert into yearly_facts (company_id, year, natural_gas_mwh, oil_products_mwh, electricity_mwh,
				    self_produced_electricity_mwh, biomass_mwh, peak_power_kw, transformer_id, confidentiality, source)
				values (:c, :year, :gas, :oil, :el, :own, :bio, :peak, 'T1', :confidentiality, 'test: energibruk')""")
			.param("c", company.id())
			.param("year", year)
			.param("gas", gasMwh)
			.param("oil", oilMwh)
			.param("el", electricityMwh)
			.param("own", selfProducedMwh)
			.param("bio", biomassMwh)
			.param("peak", peakKw)
			.param("confidentiality", confidentiality)
			.update();
	}

	/**
	 * A synergy in operation from the supplier's side stream to the receiver, with a
	 * realised quantity in the year; its id.
	 */
	long realised(Row supplier, Row receiver, int year, String materialClass, String heatMedium, double streamQuantity,
			double quantity, String unit) {
		long stream = this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, material_class, heat_medium,
				    quantity, unit, confidentiality)
				values (:c, :year, :key, :direction, 'Sidestrøm', :material, :heat, :quantity, :unit, 'private')
				returning id""")
			.param("c", supplier.id())
			.param("year", year)
			.param("key", RegistryFixtures.unique("s-"))
			.param("direction", heatMedium == null ? "side_stream" : "excess_heat")
			.param("material", heatMedium == null ? materialClass : null)
			.param("heat", heatMedium)
			.param("quantity", streamQuantity)
			.param("unit", unit)
			.query(Long.class)
			.single();
		long synergy = this.jdbc.sql("""
				insert into synergy (supply_stream_id, supply_company_id, demand_company_id, rule_id, title, state)
				values (:stream, :supplier, :receiver, :rule, 'Sidestrøm → mottaker', 'in_operation') returning id""")
			.param("stream", stream)
			.param("supplier", supplier.id())
			.param("receiver", receiver.id())
			.param("rule", RegistryFixtures.unique("t-rule-"))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into synergy_realised (synergy_id, year, quantity, unit, source)
				values (:id, :year, :quantity, :unit, 'test: målt')""")
			.param("id", synergy)
			.param("year", year)
			.param("quantity", quantity)
			.param("unit", unit)
			.update();
		return synergy;
	}

}
