package no.symbiose.app.accounting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.Disclosure;
import no.symbiose.engine.accounting.MaterialFlowCell;
import no.symbiose.engine.accounting.MaterialFlowAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The material-flow analysis over the database, checked by hand. Year 2019, which neither
 * the demo data nor other tests use, so the county figures are the fixture's alone.
 *
 * <p>
 * Park P (Porsgrunn, Telemark), tenants since 2019, every row private:
 * <ul>
 * <li>smelter A: 1 000 t in, 700 t product; waste 200 t slag (10 02 02, R5) and 50 t dust
 * (10 02 08, D1); side stream 50 t fines without treatment, of which a realised synergy
 * takes 40 t to B;</li>
 * <li>board plant B: 40 t fines in (its reported input of the synergy) + 60 t other in,
 * 90 t product, 10 t mixed waste (20 03 01) of unknown treatment;</li>
 * <li>mill C: 300 t in, 250 t product, 30 t paper waste (20 01 01, R3), 1 000 m3 process
 * water and 5 000 MWh excess heat, both kept out of the balance.</li>
 * </ul>
 * In 2024 (the baseline) A had 100 t R5 and 100 t D1: rate 0.5.
 */
@IntegrationTest
class MaterialFlowAccountsTest {

	private static final int YEAR = 2019;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MaterialFlowAccounts accounts;

	RegistryFixtures registry;

	Row park;

	Row smelter;

	Row boardPlant;

	Row mill;

	@BeforeEach
	void givenAParkWithThreeCompaniesAndARealisedSynergy() {
		this.registry = new RegistryFixtures(this.jdbc);
		this.park = this.registry.aPark();
		this.smelter = tenantSince2019(this.park, "4001");
		this.boardPlant = tenantSince2019(this.park, "4001");
		Row mill = tenantSince2019(this.park, "4001");
		this.mill = mill;
		stream(this.smelter, YEAR, "ore", "input", null, 1000, null);
		stream(this.smelter, YEAR, "alloy", "product", null, 700, null);
		stream(this.smelter, YEAR, "slag", "waste", "100202", 200, "R5");
		stream(this.smelter, YEAR, "dust", "waste", "100208", 50, "D1");
		long fines = stream(this.smelter, YEAR, "fines", "side_stream", null, 50, null);
		long finesIn = stream(this.boardPlant, YEAR, "fines-in", "input", null, 40, null);
		stream(this.boardPlant, YEAR, "glue", "input", null, 60, null);
		stream(this.boardPlant, YEAR, "board", "product", null, 90, null);
		stream(this.boardPlant, YEAR, "mixed", "waste", "200301", 10, null);
		stream(mill, YEAR, "wood", "input", null, 300, null);
		stream(mill, YEAR, "paper", "product", null, 250, null);
		stream(mill, YEAR, "paper-waste", "waste", "200101", 30, "R3");
		this.jdbc
			.sql("""
					insert into stream (company_id, year, stream_key, direction, name, ewc_code, material_class, quantity, unit)
					values (:c, :year, 'process-water', 'waste', 'Prosessvann', '030399', 'wastewater', 1000, 'm3/yr')""")
			.param("c", mill.id())
			.param("year", YEAR)
			.update();
		this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, heat_medium, quantity, unit)
				values (:c, :year, 'flue-gas', 'excess_heat', 'Røykgass', 'flue_gas', 5000, 'MWh/yr')""")
			.param("c", mill.id())
			.param("year", YEAR)
			.update();
		stream(this.smelter, 2024, "slag", "waste", "100202", 100, "R5");
		stream(this.smelter, 2024, "dust", "waste", "100208", 100, "D1");
		long synergy = this.jdbc.sql("""
				insert into synergy (supply_stream_id, demand_stream_id, supply_company_id, demand_company_id, rule_id,
				title, state, supply_opt_in_at, demand_opt_in_at) values (:supply, :demand, :supplier, :receiver,
				'fines-to-board', 'Finstoff → plater', 'in_operation', now(), now()) returning id""")
			.param("supply", fines)
			.param("demand", finesIn)
			.param("supplier", this.smelter.id())
			.param("receiver", this.boardPlant.id())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into synergy_realised (synergy_id, year, quantity, unit, source)
				values (:synergy, :year, 40, 't/yr', 'test')""").param("synergy", synergy).param("year", YEAR).update();
	}

	@Test
	void balancesTheParkAndGivesItsRateAsWorkedOutByHand() {
		MaterialFlowAccount account = parkAccount(Viewer.nationalAdmin("test-admin"));

		MaterialFlowAccount.Balance balance = account.balance();
		// inputs 1 000 + 40 + 60 + 300 = 1 400, of which 40 t come from A: 1 360 t from
		// outside
		assertThat(balance.inputs().value()).isCloseTo(1400, within(1e-6));
		assertThat(balance.internalIntoInputs().value()).isCloseTo(40, within(1e-6));
		assertThat(balance.externalInputs().value()).isCloseTo(1360, within(1e-6));
		// products 700 + 90 + 250 = 1 040
		assertThat(balance.products().value()).isCloseTo(1040, within(1e-6));
		// side streams 50; waste 200 + 50 + 10 + 30 = 290; leaving 50 + 290 − 40 = 300
		assertThat(balance.sideStreams().value()).isCloseTo(50, within(1e-6));
		assertThat(balance.waste().value()).isCloseTo(290, within(1e-6));
		assertThat(balance.externalSideStreamsAndWaste().value()).isCloseTo(300, within(1e-6));
		// closing item 1 360 − 1 040 − 300 = 20 (the mill's 300 − 250 − 30)
		assertThat(balance.closingItem().value()).isCloseTo(20, within(1e-6));
		// rate (200 R5 + 30 R3 + 40 symbiosis) / (270 + 50 D1) = 270 / 320
		assertThat(account.rate().rate()).isCloseTo(270.0 / 320, within(1e-9));
		// unknown: A's 10 t fines left over + B's 10 t mixed waste
		assertThat(account.rate().unknownFate().value()).isCloseTo(20, within(1e-6));
		// against 2024: 100 / 200 = 0.5 → +0.34375, relatively 0.84375 / 0.5 − 1 = 0.6875
		assertThat(account.rate().baselineRate()).isCloseTo(0.5, within(1e-9));
		assertThat(account.rate().changePoints()).isCloseTo(270.0 / 320 - 0.5, within(1e-9));
		assertThat(account.rate().relativeChange()).isCloseTo(0.6875, within(1e-9));
		assertThat(account.apart()).hasSize(2);
	}

	@Test
	void servesTheSameBalanceAsJsonWithTheSankeyBands() throws Exception {
		this.mvc
			.perform(get("/api/v1/accounts/material-flows").param("park", this.park.key())
				.param("ar", String.valueOf(YEAR))
				.with(httpBasic(this.registry.admin(), RegistryFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.balance.closingItem.value", closeTo(20.0, 1e-6)))
			.andExpect(jsonPath("$.recyclingRate.rate", closeTo(270.0 / 320, 1e-9)))
			.andExpect(jsonPath("$.sankey.links[?(@.target == 'products')].tonnes").value(1040.0))
			.andExpect(jsonPath("$.sankey.links[?(@.source == 'internal-received')].tonnes").value(40.0))
			.andExpect(jsonPath("$.sankey.leftOut").isEmpty());
	}

	@Test
	void thePageShowsTheBalanceTableWithItsClosingItem() throws Exception {
		String page = this.mvc
			.perform(get("/regnskap/materialer").param("park", this.park.key())
				.param("ar", String.valueOf(YEAR))
				.with(user(this.registry.admin()).roles("NATIONAL_ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("id=\"material-balance\"", "data-figure=\"closing-item\"", "id=\"material-sankey\"",
				"Restpost", "1\u00A0360", "84 %", "Finstoff → plater");
	}

	@Test
	void aParkWithThreeHiddenCompaniesStillShowsItsInputsToAnonymousViewers() throws Exception {
		// inputs: A 1 000, B 100, C 300 hidden; the largest is 71 % of 1 400, under 85 %
		this.mvc
			.perform(get("/api/v1/accounts/material-flows").param("park", this.park.key())
				.param("ar", String.valueOf(YEAR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.balance.inputs.value", closeTo(1400.0, 1e-6)))
			// the synergy is not readable anonymously, and R5 slag is A's alone
			.andExpect(jsonPath("$.balance.internalExchanges.hidden").value("few-contributors"))
			.andExpect(jsonPath("$.balance.waste.value", nullValue()))
			.andExpect(jsonPath("$.recyclingRate.rate", nullValue()));
	}

	@Test
	void aCountyWithTwoCompaniesShowsNoPrivateTonnageToAnonymousViewersOrCountyOfficers() throws Exception {
		// Finnmark (56) in 2019: two companies outside parks, private waste 4 321 t and
		// 8 765 t
		Row first = companyIn("5601");
		Row second = companyIn("5601");
		stream(first, YEAR, "slag", "waste", "100202", 4321, "R5");
		stream(second, YEAR, "slag", "waste", "100202", 8765, "R5");

		assertThat(countyWaste(null)).isNull();
		assertThat(countyWaste(this.registry.countyOfficer("56"))).isNull();
		// 4 321 + 8 765 = 13 086
		assertThat(countyWaste(this.registry.admin())).isCloseTo(13_086, within(1e-6));

		String page = this.mvc
			.perform(get("/regnskap/materialer").param("fylke", "56").param("ar", String.valueOf(YEAR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("skjult (færre enn tre bedrifter)")
			.doesNotContain("4\u00A0321", "8\u00A0765", "13\u00A0086");
	}

	@Test
	void aParkWithTwoCompaniesShowsNoPrivateTonnageToAnonymousViewersOrCountyOfficers() throws Exception {
		// in Rana (Nordland, 18), so that Telemark's parks are not its neighbours
		Row small = parkIn("18", "1833");
		Row first = tenantSince2019(small, "1833");
		Row second = tenantSince2019(small, "1833");
		stream(first, YEAR, "ore", "input", null, 5432, null);
		stream(second, YEAR, "ore", "input", null, 6543, null);

		assertThat(parkInputs(small, null)).isNull();
		assertThat(parkInputs(small, this.registry.countyOfficer("18"))).isNull();
		// 5 432 + 6 543 = 11 975
		assertThat(parkInputs(small, this.registry.admin())).isCloseTo(11_975, within(1e-6));
	}

	@Test
	void listsOnlyTheCompaniesWhoseRowsTheViewerMaySee() {
		Viewer reporterOfA = new Viewer("reporter", Role.COMPANY_REPORTER, null, null, this.smelter.id());

		MaterialFlowReport report = this.accounts.report(AccountScope.park(this.park.key()), "P", YEAR, reporterOfA,
				Locale.ENGLISH);

		assertThat(report.companies()).extracting(MaterialFlowReport.CompanyLine::companyKey)
			.containsExactly(this.smelter.key());
		// A alone: 1 000 − 700 − 300 = 0
		assertThat(report.companies().get(0).account().balance().closingItem().value()).isCloseTo(0, within(1e-6));
		assertThat(report.exchanges()).extracting(MaterialFlowReport.ExchangeLine::tonnes).containsExactly(40.0);
	}

	/**
	 * A signed-in viewer's cells are the anonymous visitor's wherever nothing in them is
	 * hidden from the one and not from the other. Each access gets the cells disclosed
	 * from every part for it alone: with the fixture's rows private; with the synergy's
	 * two rows public, so that the synergy alone decides; with the mill's rows shown to
	 * the park.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "private", "synergy-rows-public", "mill-shown-to-park" })
	void everyAccessGetsTheCellsDisclosedForItAlone(String variant) {
		switch (variant) {
			case "synergy-rows-public" -> this.jdbc.sql("""
					update stream set confidentiality = 'public'
					where year = :year and (company_id, stream_key) in ((:smelter, 'fines'), (:board, 'fines-in'))""")
				.param("year", YEAR)
				.param("smelter", this.smelter.id())
				.param("board", this.boardPlant.id())
				.update();
			case "mill-shown-to-park" ->
				this.jdbc.sql("update stream set confidentiality = 'park' where year = :year and company_id = :mill")
					.param("year", YEAR)
					.param("mill", this.mill.id())
					.update();
			default -> {
			}
		}
		Row otherPark = this.registry.aPark();
		Viewer anonymous = Viewer.anonymous();
		Viewer admin = Viewer.nationalAdmin("test-admin");
		Viewer otherFacilitator = new Viewer("other", Role.PARK_FACILITATOR, null, otherPark.id(), null);
		List<Viewer> viewers = List.of(anonymous, reporter(this.smelter), reporter(this.boardPlant),
				reporter(this.mill), new Viewer("facilitator", Role.PARK_FACILITATOR, null, this.park.id(), null),
				otherFacilitator, new Viewer("officer", Role.COUNTY_OFFICER, "40", null, null),
				new Viewer("officer", Role.COUNTY_OFFICER, "18", null, null), admin);

		for (Viewer viewer : viewers) {
			for (int year : List.of(YEAR, 2024)) {
				assertThat(this.accounts.yearCells(year, viewer)).as("%s, %s in %d", variant, viewer.access(), year)
					.isEqualTo(this.accounts.yearCellsEachDisclosed(year, viewer));
			}
		}
		// the accesses differ here: the administrator's cells are not the anonymous
		// visitor's
		assertThat(this.accounts.yearCells(YEAR, admin)).isNotEqualTo(this.accounts.yearCells(YEAR, anonymous));
		// another park's facilitator may see nothing more in 2019: the same figures,
		// shared
		Map<MaterialFlowCell, Map<String, Disclosure.Figure>> shared = this.accounts.yearCells(YEAR, anonymous);
		this.accounts.yearCells(YEAR, otherFacilitator)
			.forEach((cell, figures) -> assertThat(figures).isSameAs(shared.get(cell)));
	}

	private static Viewer reporter(Row company) {
		return new Viewer("reporter", Role.COMPANY_REPORTER, null, null, company.id());
	}

	@Test
	void leavesOutAndCountsARowThatBreaksARegistryRuleInsteadOfFailing() {
		// waste without an EWC code, written past the API; removed again, because the
		// shared database is exported and re-imported by ImportServiceTest
		this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, material_class, quantity, unit)
				values (:c, :year, 'no-code', 'waste', 'Uten kode', 'other', 999, 't/yr')""")
			.param("c", this.boardPlant.id())
			.param("year", YEAR)
			.update();
		try {
			MaterialFlowReport report = this.accounts.report(AccountScope.park(this.park.key()), "P", YEAR,
					Viewer.nationalAdmin("test-admin"), Locale.ENGLISH);

			assertThat(report.refusedRows()).isEqualTo(1);
			// waste unchanged: 290 t
			assertThat(report.account().balance().waste().value()).isCloseTo(290, within(1e-6));
		}
		finally {
			this.jdbc.sql("delete from stream where company_id = :c and stream_key = 'no-code'")
				.param("c", this.boardPlant.id())
				.update();
		}
	}

	@Test
	void refusesAYearOutsideTheRegistryAndAnUnknownPark() throws Exception {
		this.mvc.perform(get("/api/v1/accounts/material-flows").param("ar", "1850")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/accounts/material-flows").param("park", "no-such-park"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/regnskap/materialer").param("fylke", "4")).andExpect(status().isBadRequest());
	}

	private MaterialFlowAccount parkAccount(Viewer viewer) {
		return this.accounts.report(AccountScope.park(this.park.key()), "P", YEAR, viewer, Locale.ENGLISH).account();
	}

	private @Nullable Double countyWaste(@Nullable String username) throws Exception {
		return figure("fylke", "56", username, "$.balance.waste.value");
	}

	private @Nullable Double parkInputs(Row park, @Nullable String username) throws Exception {
		return figure("park", park.key(), username, "$.balance.inputs.value");
	}

	private @Nullable Double figure(String parameter, String value, @Nullable String username, String path)
			throws Exception {
		var request = get("/api/v1/accounts/material-flows").param(parameter, value).param("ar", String.valueOf(YEAR));
		if (username != null) {
			request = request.with(httpBasic(username, RegistryFixtures.PASSWORD));
		}
		String json = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Object found = com.jayway.jsonpath.JsonPath.read(json, path);
		return found == null ? null : ((Number) found).doubleValue();
	}

	private Row tenantSince2019(Row park, String municipality) {
		Row company = companyIn(municipality);
		this.jdbc.sql("insert into tenancy (company_id, park_id, valid_from) values (:c, :p, date '2019-01-01')")
			.param("c", company.id())
			.param("p", park.id())
			.update();
		return company;
	}

	private Row parkIn(String county, String municipality) {
		Row park = this.registry.aPark();
		this.jdbc.sql("update park set county_number = :county, municipality_number = :m where id = :id")
			.param("county", county)
			.param("m", municipality)
			.param("id", park.id())
			.update();
		return park;
	}

	private Row companyIn(String municipality) {
		Row company = this.registry.aCompany();
		this.jdbc.sql("update company set municipality_number = :m where id = :id")
			.param("m", municipality)
			.param("id", company.id())
			.update();
		return company;
	}

	private long stream(Row company, int year, String key, String direction, @Nullable String ewc, double tonnes,
			@Nullable String treatment) {
		return this.jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, ewc_code, material_class, quantity,
				unit, treatment_code, confidentiality)
				values (:c, :year, :key, :direction, :key, :ewc, 'other', :tonnes, 't/yr', :treatment, 'private')
				returning id""")
			.param("c", company.id())
			.param("year", year)
			.param("key", key)
			.param("direction", direction)
			.param("ewc", ewc)
			.param("tonnes", tonnes)
			.param("treatment", treatment)
			.query(Long.class)
			.single();
	}

}
