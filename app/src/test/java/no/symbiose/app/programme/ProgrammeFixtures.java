package no.symbiose.app.programme;

import java.util.ArrayList;
import java.util.List;

import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A park with a facilitator organisation and tenants since 2024, whose 2024 facts the
 * tests shape: every tenant reports its direct emissions; only those given electricity
 * use too have a climate account (scope 2 needs it).
 */
final class ProgrammeFixtures {

	private final JdbcClient jdbc;

	private final RegistryFixtures registry;

	ProgrammeFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.registry = new RegistryFixtures(jdbc);
	}

	RegistryFixtures registry() {
		return this.registry;
	}

	/** A park with one owner and a facilitator organisation. */
	Row aParkWithAFacilitator() {
		Row park = this.registry.aPark();
		this.jdbc.sql("update park set organisation_model = 'single_owner_with_facilitator' where id = :id")
			.param("id", park.id())
			.update();
		return park;
	}

	/**
	 * {@code tenants} tenants, each with 2024 facts (10 t CO2e direct emissions); the
	 * first {@code withClimateAccount} also with 100 MWh electricity and a side stream of
	 * 1 000 t.
	 */
	List<Row> tenants(Row park, int tenants, int withClimateAccount) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < tenants; i++) {
			Row tenant = this.registry.aTenantOf(park);
			this.registry.facts(tenant, 2024, "private", 10);
			if (i < withClimateAccount) {
				giveClimateAccount(tenant);
				this.registry.stream(tenant, 2024, "slag", "private");
			}
			rows.add(tenant);
		}
		return rows;
	}

	/** Electricity use for 2024: with the direct emissions, scope 1 and 2 are known. */
	void giveClimateAccount(Row tenant) {
		this.jdbc.sql("update yearly_facts set electricity_mwh = 100 where company_id = :c and year = 2024")
			.param("c", tenant.id())
			.update();
	}

}
