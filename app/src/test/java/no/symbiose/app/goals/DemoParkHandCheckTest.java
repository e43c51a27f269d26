package no.symbiose.app.goals;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.goals.ParkTargets.TargetInput;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.GoalStatus;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.UnknownReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Goal 1 of the demo park Herøya recomputed by hand (issue 6, "status and trajectories
 * recomputed by hand for a demo park").
 * <p>
 * The demo data (source 002, "Klimagassutslipp") gives Herøya's two named emitters for
 * 2024 only: Yara Porsgrunn 956 800 t and Eramet Porsgrunn 206 619 t CO2, together 1 163
 * 419 t; no electricity, so scope 2 and with it the account's scope 1 + 2 total are
 * unknown. With no 2023 figure the national target (−50 % from 2023) has no baseline: the
 * demo park's status is unknown, and the test says so first.
 * <p>
 * Then the facilitator does what 002's numbers allow: adopts −50 % from the 2024 figure
 * of 002 (1 163 419 t) as the park's fixed baseline. The 2025 values below are test
 * figures, not demo data: Yara 900 000 t and Eramet 200 000 t, with 0 MWh electricity, so
 * scope 2 = 0 t and the 2025 total is 1 100 000 t.
 */
@IntegrationTest
class DemoParkHandCheckTest {

	private static final String HEROYA = "heroya";

	@Autowired
	GoalFollowUp followUp;

	@Autowired
	ParkTargets targets;

	@Autowired
	JdbcClient jdbc;

	Viewer admin = Viewer.nationalAdmin("admin");

	@AfterEach
	void forgetTheTestFigures() {
		this.jdbc.sql("delete from park_target where park_id = (select id from park where park_key = :p)")
			.param("p", HEROYA)
			.update();
		this.jdbc.sql("delete from yearly_facts where year = 2025 and source = 'hand check'").update();
	}

	@Test
	void theDemoParkAloneHasNoBaselineForGoal1() {
		IndicatorFollowUp co2 = this.followUp.of(AccountScope.park(HEROYA), ClimateIndicatorValues.CO2, this.admin);

		assertThat(co2.baseline()).isEmpty();
		assertThat(co2.assessment()).isEqualTo(new Assessment.Unknown(UnknownReason.NO_BASELINE));
	}

	@Test
	void withTheParksOwnBaselineFrom002AndA2025ValueTheStatusIsAtRisk() {
		this.targets.adopt(this.admin, HEROYA, ClimateIndicatorValues.CO2, new TargetInput("relative_change", -0.5,
				2024, 1_163_419.0, "002 Klimagassutslipp: Yara 956 800 t + Eramet 206 619 t"));
		tenantEmits("hotmaps:750", 900_000);
		tenantEmits("hotmaps:752", 200_000);

		IndicatorFollowUp co2 = this.followUp.of(AccountScope.park(HEROYA), ClimateIndicatorValues.CO2, this.admin);

		assertThat(co2.baseline()).contains(new Observation(2024, 1_163_419));
		assertThat(co2.latest()).contains(new Observation(2025, 1_100_000));
		Assessment.Assessed assessed = (Assessment.Assessed) co2.assessment();
		// target: 1 163 419 x (1 - 0.5) = 581 709.5 t in 2030
		// trajectory 2025 = 1 163 419 - 581 709.5 x 1/6 = 1 066 467.417 t
		assertThat(assessed.expectedValue()).isCloseTo(1_066_467.417, within(0.001));
		// shortfall 1 100 000 - 1 066 467.417 = 33 532.583 t <= tolerance 10 % x
		// 581 709.5 = 58 170.95 t: at risk, not off track
		assertThat(assessed.shortfall()).isCloseTo(33_532.583, within(0.001));
		assertThat(assessed.tolerance()).isCloseTo(58_170.95, within(0.001));
		assertThat(assessed.status()).isEqualTo(GoalStatus.AT_RISK);
		// trend through (2024, 1 163 419) and (2025, 1 100 000): -63 419 t/yr; in 2030
		// 1 163 419 - 6 x 63 419 = 782 905 t; 2033: 592 648 t > 581 709.5 t, 2034:
		// 529 229 t: the target is met in 2034
		assertThat(assessed.forecast().orElseThrow().valueInTargetYear()).isCloseTo(782_905, within(0.001));
		assertThat(assessed.forecast().orElseThrow().yearTargetReached()).hasValue(2034);
	}

	private void tenantEmits(String companyKey, double tonnes) {
		this.jdbc.sql("""
				insert into yearly_facts (company_id, year, direct_emissions_t_co2e, electricity_mwh,
				                          confidentiality, source)
				select id, 2025, :t, 0, 'public', 'hand check' from company where company_key = :k""")
			.param("t", tonnes)
			.param("k", companyKey)
			.update();
	}

}
