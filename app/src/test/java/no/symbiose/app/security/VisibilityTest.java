package no.symbiose.app.security;

import java.util.ArrayList;
import java.util.List;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Visibility#companiesBeyondPublic} only narrows where a query looks: for every
 * role, the rows that are not public and that {@link Visibility#predicate} lets a viewer
 * read are the same with it and without it, over the fixture below and every row of the
 * shared database (the demo data's too).
 */
@IntegrationTest
class VisibilityTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCompaniesBeyondPublicKeepEveryRowThePredicateLetsAViewerRead() {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		Row park = registry.aPark();
		Row otherPark = registry.aPark();
		Row tenant = registry.aTenantOf(park);
		Row coTenant = registry.aTenantOf(park);
		Row formerTenant = registry.aTenantOf(park);
		this.jdbc.sql("update tenancy set valid_to = date '2024-12-31' where company_id = :c")
			.param("c", formerTenant.id())
			.update();
		Row futureTenant = registry.aCompany();
		this.jdbc.sql("insert into tenancy (company_id, park_id, valid_from) values (:c, :p, date '2999-01-01')")
			.param("c", futureTenant.id())
			.param("p", park.id())
			.update();
		Row elsewhere = registry.aTenantOf(otherPark);
		Row outside = registry.aCompany();
		List<Row> companies = List.of(tenant, coTenant, formerTenant, futureTenant, elsewhere, outside);
		for (Row company : companies) {
			for (String confidentiality : List.of("public", "park", "private")) {
				this.jdbc.sql("""
						insert into stream (company_id, year, stream_key, direction, name, quantity, unit,
						confidentiality) values (:c, 2024, :key, 'waste', :key, 1, 't/yr', :confidentiality)""")
					.param("c", company.id())
					.param("key", "s-" + confidentiality)
					.param("confidentiality", confidentiality)
					.update();
			}
		}

		List<Viewer> viewers = new ArrayList<>(List.of(Viewer.anonymous(), Viewer.nationalAdmin("admin"),
				new Viewer("officer", Role.COUNTY_OFFICER, "40", null, null)));
		this.jdbc.sql("select id from park")
			.query(Long.class)
			.list()
			.forEach(parkId -> viewers.add(new Viewer("facilitator", Role.PARK_FACILITATOR, null, parkId, null)));
		this.jdbc.sql("select id from company where id in (select company_id from tenancy) or id = :outside")
			.param("outside", outside.id())
			.query(Long.class)
			.list()
			.forEach(companyId -> viewers.add(new Viewer("reporter", Role.COMPANY_REPORTER, null, null, companyId)));

		for (Viewer viewer : viewers) {
			for (String table : List.of("stream", "yearly_facts")) {
				assertThat(readable(table, viewer, true)).as("%s of %s", table, viewer.access())
					.isEqualTo(readable(table, viewer, false));
			}
		}
		// the fixture tells the rules apart: what the tenant's reporter and the park's
		// facilitator may read beyond the public rows
		Viewer reporter = new Viewer("reporter", Role.COMPANY_REPORTER, null, null, tenant.id());
		assertThat(readable("stream", reporter, true)).hasSize(2 + 1);
		Viewer facilitator = new Viewer("facilitator", Role.PARK_FACILITATOR, null, park.id(), null);
		assertThat(readable("stream", facilitator, true)).hasSize(2 * 2);
	}

	/** The ids of the table's rows that are not public and that the viewer may read. */
	private List<Long> readable(String table, Viewer viewer, boolean narrowed) {
		String narrowing = narrowed ? Visibility.companiesBeyondPublic(viewer, "r.company_id") : "true";
		return this.jdbc.sql("""
				select r.id from %s r where r.confidentiality <> 'public' and %s and (%s) is true
				order by r.id""".formatted(table, narrowing, Visibility.predicate("r.confidentiality", "r.company_id")))
			.params(Visibility.parameters(viewer))
			.query(Long.class)
			.list();
	}

}
