package no.symbiose.app.accounting.land;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.engine.accounting.LandAccount.Basis;
import no.symbiose.engine.accounting.LandAccount.SurveyStatus;
import no.symbiose.engine.accounting.LandFigures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national land account of the demo data reproduces source 002 ("Av totalt 18 000
 * dekar ... hos syv av de åtte parkene ... 3700 dekar ledig og ferdig regulert ...
 * Arealutnyttelsen i dag ligger på 79 prosent"; "cirka 30 000 kvadratmeter ledig
 * bygningsmasse ... 96 prosent"), from demo/land_surveys.csv alone: no park has figures
 * of its own in the demo data.
 */
@IntegrationTest
class LandAccountDemoTest {

	/** Far from the demo data's years, so other tests never meet it. */
	private static final int OWN_YEAR = 1999;

	@Autowired
	LandAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Other tests' parks with figures of their own for 2024 (the goal indicators need
	 * that year) are set aside to a year nobody reads while this test compares with 002.
	 */
	private static final int ASIDE_YEAR = 1998;

	@org.junit.jupiter.api.BeforeEach
	void setOtherTestsFiguresAside() {
		this.jdbc.sql("update park set land_year = :aside where land_year = 2024").param("aside", ASIDE_YEAR).update();
	}

	@AfterEach
	void forgetOwnFigures() {
		this.jdbc.sql("update park set land_year = null where land_year = :year").param("year", OWN_YEAR).update();
		this.jdbc.sql("update park set land_year = 2024 where land_year = :aside").param("aside", ASIDE_YEAR).update();
	}

	@Test
	void theNationalAccountFor2024GivesExactlyTheFiguresOf002() {
		LandFigures total = this.accounts.account(AccountScope.nation(), 2024).account().total();

		assertThat(total.landTotal().value().value()).isEqualTo(18_000);
		assertThat(total.landFreeZoned().value().value()).isEqualTo(3_700);
		// 18 000 − 3 700 = 14 300 daa in use; 14 300 / 18 000 = 79.4 %, which 002 writes
		// 79
		assertThat(total.landUsed().value().value()).isEqualTo(14_300);
		assertThat(total.landUsed().derived()).isTrue();
		assertThat(total.landUse().value()).isCloseTo(14_300.0 / 18_000, within(1e-12));
		assertThat(Math.round(total.landUse().value() * 100)).isEqualTo(79);
		assertThat(total.landUse().reported()).isCloseTo(0.79, within(1e-12));
		// ~30 000 m² free at 96 %: 30 000 / (1 − 0.96) = 750 000 m² in all, derived
		assertThat(total.buildingFree().value().value()).isEqualTo(30_000);
		assertThat(total.buildingTotal().value().value()).isCloseTo(750_000, within(1e-6));
		assertThat(total.buildingTotal().derived()).isTrue();
		assertThat(total.buildingUse().value()).isCloseTo(0.96, within(1e-12));
		assertThat(total.parks()).isEqualTo(7);
	}

	@Test
	void countsEachOfTheEightParksOnlyThroughTheSurvey() {
		var account = this.accounts.account(AccountScope.nation(), 2024).account();

		assertThat(account.surveys()).singleElement().satisfies(s -> {
			assertThat(s.status()).isEqualTo(SurveyStatus.COUNTED);
			assertThat(s.survey().parksAnswered()).isEqualTo(7);
			assertThat(s.survey().groupSize()).isEqualTo(8);
		});
		assertThat(account.parks().stream().filter(p -> p.survey() != null).map(p -> p.park().park().value()).toList())
			.containsExactlyInAnyOrder("heroya", "mo", "mongstad", "treklyngen", "raufoss", "kongsberg", "verdal",
					"skogmo");
		assertThat(account.parks()).filteredOn(p -> p.survey() != null)
			.allSatisfy(p -> assertThat(p.basis()).isEqualTo(Basis.SURVEY_ONLY));
	}

	@Test
	void theApiAnswersTheSameFiguresWithTheTargetsBeside() throws Exception {
		this.mvc.perform(get("/api/v1/accounts/land").param("ar", "2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.scope").value("nation"))
			.andExpect(jsonPath("$.total.landTotalDaa").value(18000.0))
			.andExpect(jsonPath("$.total.landFreeZonedDaa").value(3700.0))
			.andExpect(jsonPath("$.total.landUsedDaa").value(14300.0))
			.andExpect(jsonPath("$.total.landUsedDerived").value(true))
			.andExpect(jsonPath("$.total.landUsePercent", closeTo(79.444, 0.001)))
			.andExpect(jsonPath("$.total.landUsePercentReported", closeTo(79.0, 1e-9)))
			.andExpect(jsonPath("$.total.buildingFreeM2").value(30000.0))
			.andExpect(jsonPath("$.total.buildingTotalM2", closeTo(750000.0, 1e-6)))
			.andExpect(jsonPath("$.total.buildingTotalDerived").value(true))
			.andExpect(jsonPath("$.total.buildingUsePercent", closeTo(96.0, 1e-9)))
			.andExpect(jsonPath("$.targets.landUsePercent").value(90.0))
			.andExpect(jsonPath("$.targets.buildingUsePercent").value(98.0))
			.andExpect(jsonPath("$.surveys[0].parksAnswered").value(7))
			.andExpect(jsonPath("$.surveys[0].groupSize").value(8))
			.andExpect(jsonPath("$.surveys[0].status").value("counted"));
	}

	@Test
	void thePageShowsSeventyNinePercentItsSourceAndWhoAnswered() throws Exception {
		this.mvc.perform(get("/regnskap/areal").param("ar", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Areal og bygg for hele landet, 2024"),
					containsString("79\u00A0%"), containsString("96\u00A0%"), containsString("18\u00A0000\u00A0daa"),
					containsString("3\u00A0700\u00A0daa"), containsString("750\u00A0000\u00A0m²"),
					containsString("7 av 8 parker svarte."), containsString("shared/seeds/002"),
					containsString("Arealutnyttelsen i dag ligger på 79 prosent"))));
	}

	@Test
	void aCountyShowsTheSurveyBesideItsSumsBecauseTheGroupSpansCounties() throws Exception {
		this.mvc.perform(get("/api/v1/accounts/land").param("fylke", "40").param("ar", "2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.surveys[0].status").value("group_outside_scope"))
			.andExpect(jsonPath("$.surveys[0].groupInScope").value(1))
			.andExpect(jsonPath("$.total.landTotalDaa").doesNotExist());
	}

	@Test
	void addsAParkWithItsOwnFiguresOfTheYearToTheNationalSum() throws Exception {
		Row park = new RegistryFixtures(this.jdbc).aPark();
		this.jdbc
			.sql("""
					update park set land_year = :year, land_total_daa = 1000, land_used_daa = 800, land_free_zoned_daa = 150,
					building_total_m2 = 40000, building_used_m2 = 38000 where id = :id""")
			.param("year", OWN_YEAR)
			.param("id", park.id())
			.update();

		LandFigures total = this.accounts.account(AccountScope.nation(), OWN_YEAR).account().total();

		// the only figures of 1999: 800 / 1 000 = 80 %, 38 000 / 40 000 = 95 %
		assertThat(total.landTotal().value().value()).isEqualTo(1_000);
		assertThat(total.landUse().value()).isCloseTo(0.80, within(1e-12));
		assertThat(total.buildingUse().value()).isCloseTo(0.95, within(1e-12));
		assertThat(total.parks()).isEqualTo(1);
	}

	@Test
	void theParkApiKeepsTheYearOfTheLandFiguresAndRefusesOneOutsideTheRegistry() throws Exception {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		Row park = registry.aPark();
		String admin = registry.admin();

		this.mvc
			.perform(put("/api/v1/parks/" + park.key()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Årstallpark", "kind": "industripark", "countyNumber": "40",
						 "landTotalDaa": 200, "landUsedDaa": 150, "landYear": 1800}""")
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("landYear"));
		this.mvc
			.perform(put("/api/v1/parks/" + park.key()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Årstallpark", "kind": "industripark", "countyNumber": "40",
						 "landTotalDaa": 200, "landUsedDaa": 150, "landYear": 1999}""")
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.landYear").value(OWN_YEAR));

		// 150 / 200 = 75 %
		assertThat(this.accounts.account(AccountScope.park(park.key()), OWN_YEAR).account().total().landUse().value())
			.isCloseTo(0.75, within(1e-12));
	}

	@Test
	void answersAnUnknownParkWithNotFoundAndABadYearWithBadRequest() throws Exception {
		this.mvc.perform(get("/api/v1/accounts/land").param("park", "no-such-park")).andExpect(status().isNotFound());
		this.mvc.perform(get("/regnskap/areal").param("park", "no-such-park")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/accounts/land").param("ar", "1800")).andExpect(status().isBadRequest());
	}

	@Test
	void theParkPageTellsThatTheParkIsCountedOnlyThroughTheSurvey() throws Exception {
		this.mvc.perform(get("/parks/heroya"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"park-land\""), containsString(
					"Parken er med i undersøkelsen siva-industriparkene-2024 (2024): 7 av 8 parker svarte"))));
	}

}
