package no.symbiose.app.goals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.goals.ParkTargets.TargetInput;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.GoalStatus;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.UnknownReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Goal 1 of a park computed from its climate account, recomputed by hand. Given: one
 * tenant since 2020 with 100 t CO2e direct emissions in 2023, 96 t in 2024, 90 t in 2025
 * and no electricity (scope 2 = 0 MWh x factor = 0 t).
 */
@IntegrationTest
class GoalFollowUpTest {

	@Autowired
	GoalFollowUp followUp;

	@Autowired
	ParkTargets targets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	Row park;

	Viewer admin = Viewer.nationalAdmin("admin");

	@BeforeEach
	void givenAParkWhoseOnlyTenantCutsItsEmissions() {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		this.park = registry.aPark();
		Row company = registry.aCompany();
		this.jdbc.sql("insert into tenancy (company_id, park_id, valid_from) values (:c, :p, date '2020-01-01')")
			.param("c", company.id())
			.param("p", this.park.id())
			.update();
		registry.facts(company, 2023, "public", 100);
		registry.facts(company, 2024, "public", 96);
		registry.facts(company, 2025, "public", 90);
		this.jdbc.sql("update yearly_facts set electricity_mwh = 0 where company_id = :c")
			.param("c", company.id())
			.update();
	}

	@Test
	void computesTheEmissionsAndJudgesThemAgainstTheNationalTarget() {
		IndicatorFollowUp co2 = this.followUp.of(AccountScope.park(this.park.key()), ClimateIndicatorValues.CO2,
				this.admin);

		assertThat(co2.values()).containsSubsequence(new Observation(2023, 100), new Observation(2024, 96),
				new Observation(2025, 90));
		// baseline: the account's 2023 value, 100 t; target -50 % = 50 t in 2030
		assertThat(co2.baseline()).contains(new Observation(2023, 100));
		Assessment.Assessed assessed = (Assessment.Assessed) co2.assessment();
		// trajectory 2025 = 100 - 50 x 2/7 = 85.71 t; 90 t is 4.29 t behind, within 10 %
		// x 50 t = 5 t
		assertThat(assessed.latest()).isEqualTo(new Observation(2025, 90));
		assertThat(assessed.expectedValue()).isCloseTo(85.714, within(0.001));
		assertThat(assessed.status()).isEqualTo(GoalStatus.AT_RISK);
		// trend -5 t/yr through (2023, 100), (2024, 96), (2025, 90): 50 t reached in 2034
		assertThat(assessed.forecast().orElseThrow().yearTargetReached()).hasValue(2034);
	}

	@Test
	void aStricterParkTargetTurnsTheSameValuesOffTrack() {
		// -70 % of 100 t = 30 t; trajectory 2025 = 100 - 70 x 2/7 = 80 t; 90 t is 10 t
		// behind > 7 t
		this.targets.adopt(this.admin, this.park.key(), "co2-emissions",
				new TargetInput("relative_change", -0.7, 2023, 100.0, null));

		assertThat(this.followUp.of(AccountScope.park(this.park.key()), ClimateIndicatorValues.CO2, this.admin)
			.assessment()
			.status()).isEqualTo(GoalStatus.OFF_TRACK);
	}

	@Test
	void theParkPageShowsTheStatusTheTrajectoryAndTheForecast() throws Exception {
		String html = this.mvc
			.perform(get("/mal/park/" + this.park.key())
				.with(user(new RegistryFixtures(this.jdbc).admin()).roles("NATIONAL_ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace('\u00a0', ' ');

		String co2Row = html.substring(html.indexOf("data-indicator=\"co2-emissions\""),
				html.indexOf("</tr>", html.indexOf("data-indicator=\"co2-emissions\"")));
		assertThat(co2Row).contains("data-status=\"AT_RISK\"", ">I fare<")
			.contains("90 t CO2e (2025)")
			.contains("linjen mot målet var 85,71 t CO2e i 2025")
			.contains("−5 t CO2e per år, 65,33 t CO2e i 2030")
			.contains("nås målet i 2034")
			.contains("nasjonalt mål");
	}

	@Test
	void aVisitorMustLogInToSeeAParksStatus() throws Exception {
		this.mvc.perform(get("/mal/park/" + this.park.key())).andExpect(status().is3xxRedirection());
	}

	@Test
	void aParkWithoutAccountsIsUnknownWithTheReason() {
		Row empty = new RegistryFixtures(this.jdbc).aPark();

		IndicatorFollowUp co2 = this.followUp.of(AccountScope.park(empty.key()), ClimateIndicatorValues.CO2,
				this.admin);

		assertThat(co2.values()).isEqualTo(List.of());
		assertThat(co2.assessment()).isEqualTo(new Assessment.Unknown(UnknownReason.NO_BASELINE));
	}

}
