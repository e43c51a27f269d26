package no.symbiose.app.accounting;

import java.util.Locale;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.Disclosure.Suppression;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two companies in Telemark (40), the only ones with facts in {@value #YEAR}, both
 * private: their scope 1 of 1 234 and 4 321 t CO2e add up to 5 555 t. A county officer of
 * Telemark and an anonymous visitor may see neither row, and a total of two hidden
 * companies would give each of them the other's figure, so they get "hidden (fewer than
 * three companies)"; a national administrator sees every row and gets the total.
 */
@IntegrationTest
class AggregateDisclosureTest {

	/** A year no demo data and no other test uses, so the county has only these two. */
	static final int YEAR = 2047;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountAggregates aggregates;

	@Autowired
	AccountPageModel pages;

	AccountFixtures fixtures;

	Row park;

	@BeforeEach
	void twoPrivateCompaniesInTelemark() {
		this.jdbc.sql("delete from yearly_facts where year = :year").param("year", YEAR).update();
		this.fixtures = new AccountFixtures(this.jdbc);
		this.park = this.fixtures.registry().aPark();
		this.fixtures.registry().facts(this.fixtures.tenantAt(this.park, 59.12, 9.62), YEAR, "private", 1234);
		this.fixtures.registry().facts(this.fixtures.tenantAt(this.park, 59.13, 9.63), YEAR, "private", 4321);
	}

	@Test
	void aCountyOfficerAndAnAnonymousVisitorGetNoTotalOfTwoHiddenCompanies() throws Exception {
		String officer = this.fixtures.registry().countyOfficer("40");
		Viewer countyOfficer = new Viewer(officer, no.symbiose.app.security.Role.COUNTY_OFFICER, "40", null, null);

		for (Viewer viewer : new Viewer[] { countyOfficer, Viewer.anonymous() }) {
			AccountAggregates.Aggregate county = climate(AccountScope.county("40"), viewer);
			assertThat(county.totals().get("scope1").total()).isNull();
			assertThat(county.totals().get("scope1").suppression()).isEqualTo(Suppression.FEW_CONTRIBUTORS);
			assertThat(county.totals().get("scope1").contributors()).isEqualTo(2);
			AccountAggregates.Aggregate park = climate(AccountScope.park(this.park.key()), viewer);
			assertThat(park.totals().get("scope1").total()).isNull();
			assertThat(park.companies()).isEmpty();
		}

		for (RequestPostProcessor who : new RequestPostProcessor[] { as(officer), request -> request }) {
			this.mvc.perform(get("/regnskap/klima").param("fylke", "40").param("ar", String.valueOf(YEAR)).with(who))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("skjult (færre enn tre bedrifter)"),
						not(containsString("5 555")), not(containsString("1 234")), not(containsString("4 321")))));
		}
		this.mvc.perform(get("/api/v1/accounts/climate").param("fylke", "40").param("ar", String.valueOf(YEAR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.scope1.total").doesNotExist())
			.andExpect(jsonPath("$.totals.scope1.suppression").value("FEW_CONTRIBUTORS"));
	}

	@Test
	void aNationalAdministratorSeesTheTotalAndEachCompanyOfThePark() throws Exception {
		AccountAggregates.Aggregate county = climate(AccountScope.county("40"), Viewer.nationalAdmin("t"));
		AccountAggregates.Aggregate park = climate(AccountScope.park(this.park.key()), Viewer.nationalAdmin("t"));

		assertThat(county.totals().get("scope1").total()).isEqualTo(5555.0);
		assertThat(county.groups()).extracting(AccountAggregates.Group::name).contains("Testpark " + this.park.key());
		assertThat(park.companies()).hasSize(2);

		String admin = this.fixtures.registry().admin();
		this.mvc.perform(get("/regnskap/klima").param("fylke", "40").param("ar", String.valueOf(YEAR)).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("5 555"), containsString("ingen 2023-grunnlinje"))));
	}

	@Test
	void theEnergyPageOfAParkShowsItsTransformersAsALowerBound() throws Exception {
		Row works = this.fixtures.tenantAt(this.park, 59.14, 9.64);
		this.fixtures.energy(works, YEAR, "public", null, null, 8_760.0, null, null, 2_000.0);

		AccountAggregates.Aggregate park = this.aggregates
			.energy(this.pages.resolve(AccountScope.park(this.park.key())), YEAR, Viewer.anonymous());

		// 8 760 MWh × 1 000 / 2 000 kW = 4 380 h on transformer T1, the works alone
		assertThat(park.transformers()).hasSize(1);
		assertThat(park.transformers().get(0).utilisationHoursLowerBound()).isEqualTo(4380.0);
		this.mvc.perform(get("/regnskap/energi").param("park", this.park.key()).param("ar", String.valueOf(YEAR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nedre grense"), containsString("4" + "\u00A0" + "380"))));
	}

	@Test
	void refusesBothACountyAndAPark() throws Exception {
		this.mvc.perform(get("/api/v1/accounts/climate").param("fylke", "40").param("park", "heroya"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/regnskap/energi").param("fylke", "4x")).andExpect(status().isBadRequest());
	}

	private AccountAggregates.Aggregate climate(AccountScope scope, Viewer viewer) {
		return this.aggregates.climate(this.pages.resolve(scope), YEAR, viewer);
	}

	private RequestPostProcessor as(String username) {
		String role = this.jdbc.sql("select role from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
		return user(username).roles(role.toUpperCase(Locale.ROOT));
	}

}
