package no.symbiose.app.goals;

import java.time.LocalDate;
import java.util.List;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.goals.GoalEntries.EntryInput;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Assessment;
import no.symbiose.engine.goals.GoalStatus;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.UnknownReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Recorded entries followed up by {@link GoalFollowUp}: amounts add up per year and over
 * a county's parks, a level (yes/no, %) is the year's latest entry, and the status comes
 * from {@code StatusRule} as for computed indicators. Worked by hand in each test.
 */
@IntegrationTest
class RecordedIndicatorValuesTest {

	@Autowired
	GoalEntries entries;

	@Autowired
	GoalFollowUp followUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordedIndicatorValues values;

	Row park;

	Viewer facilitator;

	final Viewer admin = Viewer.nationalAdmin("admin");

	@BeforeEach
	void givenAParkWithItsFacilitator() {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		this.park = registry.aPark();
		this.facilitator = new Viewer(registry.facilitator(this.park), Role.PARK_FACILITATOR, null, this.park.id(),
				null);
	}

	private void record(Viewer viewer, String indicator, String parkKey, String county, int year, double value,
			LocalDate eventDate) {
		this.entries.add(viewer, new EntryInput(indicator, parkKey, county, year, value, indicator + " " + year, null,
				"https://example.no/dokumentasjon", eventDate));
	}

	@Test
	void everyRecordedIndicatorHasItsSource() {
		assertThat(this.entries.catalogue().indicators())
			.filteredOn(indicator -> indicator.measurement() == no.symbiose.engine.goals.Measurement.RECORDED)
			.hasSizeGreaterThan(20)
			.allSatisfy(indicator -> assertThat(this.followUp.hasSource(indicator.key())).isTrue());
	}

	@Test
	void aShareIsTheLatestEntryOfTheYearAndJudgedAgainstItsTarget() {
		// growth-competence-access: %, higher is better, 100 % in 2030, no baseline year:
		// the first known value (40 % in 2023) is the baseline.
		record(this.facilitator, "growth-competence-access", this.park.key(), null, 2023, 40,
				LocalDate.of(2023, 11, 1));
		// two surveys in 2025: the later event (55 %) is the year's value, though
		// recorded
		// first
		record(this.facilitator, "growth-competence-access", this.park.key(), null, 2025, 55, LocalDate.of(2025, 9, 1));
		record(this.facilitator, "growth-competence-access", this.park.key(), null, 2025, 70, LocalDate.of(2025, 3, 1));

		IndicatorFollowUp access = this.followUp.of(AccountScope.park(this.park.key()), "growth-competence-access",
				this.facilitator);

		assertThat(access.values()).containsExactly(new Observation(2023, 40), new Observation(2025, 55));
		assertThat(access.baseline()).contains(new Observation(2023, 40));
		Assessment.Assessed assessed = (Assessment.Assessed) access.assessment();
		// trajectory 2025 = 40 + 60 x 2/7 = 57.14 %; 55 % is 2.14 behind, within 10 % x
		// 60 = 6
		assertThat(assessed.expectedValue()).isCloseTo(57.143, within(0.001));
		assertThat(assessed.shortfall()).isCloseTo(2.143, within(0.001));
		assertThat(assessed.status()).isEqualTo(GoalStatus.AT_RISK);
		// a share does not add up over parks: the county has no value for it
		assertThat(this.followUp.values(access.indicator(), AccountScope.county("40"), this.admin)).isEmpty();
	}

	@Test
	void aYesIsTheTargetMet() {
		// peak-levelling-tool: yes/no, target yes (1) in 2030; no in 2024, yes in 2025
		record(this.facilitator, "peak-levelling-tool", this.park.key(), null, 2024, 0, LocalDate.of(2024, 5, 1));
		record(this.facilitator, "peak-levelling-tool", this.park.key(), null, 2025, 1, LocalDate.of(2025, 5, 1));

		IndicatorFollowUp tool = this.followUp.of(AccountScope.park(this.park.key()), "peak-levelling-tool",
				this.facilitator);

		assertThat(tool.values()).containsExactly(new Observation(2024, 0), new Observation(2025, 1));
		assertThat(tool.assessment().status()).isEqualTo(GoalStatus.ON_TRACK);
	}

	@Test
	void countsAddUpPerYearAndOverTheCountysParks() {
		IndicatorFollowUp countyBefore = this.followUp.of(AccountScope.county("40"), "spin-offs", this.admin);
		double before2025 = countyBefore.values()
			.stream()
			.filter(v -> v.year() == 2025)
			.mapToDouble(Observation::value)
			.sum();

		record(this.facilitator, "spin-offs", this.park.key(), null, 2025, 1, LocalDate.of(2025, 2, 1));
		record(this.facilitator, "spin-offs", this.park.key(), null, 2025, 2, LocalDate.of(2025, 8, 1));
		record(this.facilitator, "spin-offs", this.park.key(), null, 2024, 4, LocalDate.of(2024, 8, 1));

		IndicatorFollowUp spinOffs = this.followUp.of(AccountScope.park(this.park.key()), "spin-offs",
				Viewer.anonymous());
		// 1 + 2 = 3 in 2025; no target, so no status
		assertThat(spinOffs.values()).containsExactly(new Observation(2024, 4), new Observation(2025, 3));
		assertThat(spinOffs.assessment()).isEqualTo(new Assessment.Unknown(UnknownReason.NO_TARGET));
		// the county (Telemark, 40) counts the park's 3 on top of what it had
		double after2025 = this.followUp.of(AccountScope.county("40"), "spin-offs", this.admin)
			.values()
			.stream()
			.filter(v -> v.year() == 2025)
			.mapToDouble(Observation::value)
			.sum();
		assertThat(after2025 - before2025).isEqualTo(3.0);
	}

	@Test
	void anEntryInAnotherUnitThanTheCataloguesIsLeftOut() {
		record(this.facilitator, "spin-offs", this.park.key(), null, 2025, 2, LocalDate.of(2025, 2, 1));
		// as if the catalogue had once measured spin-offs in NOK
		this.jdbc
			.sql("""
					insert into goal_entry (indicator_key, unit, scope_level, park_id, year, value, title, evidence,
					    event_date, recorded_by)
					values ('spin-offs', 'NOK', 'park', :park, 2025, 500000, 'Kapital', 'Avtale', date '2025-03-01', 'x')""")
			.param("park", this.park.id())
			.update();
		this.values.forget();

		assertThat(this.followUp.of(AccountScope.park(this.park.key()), "spin-offs", this.admin).values())
			.containsExactly(new Observation(2025, 2));
	}

	@Test
	void theNationsCcsCooperationIsFollowedAgainstFiveParks() {
		this.jdbc.sql("delete from goal_entry where indicator_key = 'ccs-cooperating-parks'").update();
		this.values.forget();
		// 1 park in 2023, 2 in 2025; target 5 in 2030, baseline the first value
		record(this.admin, "ccs-cooperating-parks", null, null, 2023, 1, LocalDate.of(2023, 6, 1));
		record(this.admin, "ccs-cooperating-parks", null, null, 2025, 2, LocalDate.of(2025, 6, 1));

		IndicatorFollowUp ccs = this.followUp.of(AccountScope.nation(), "ccs-cooperating-parks", Viewer.anonymous());

		assertThat(ccs.values()).isEqualTo(List.of(new Observation(2023, 1), new Observation(2025, 2)));
		Assessment.Assessed assessed = (Assessment.Assessed) ccs.assessment();
		// trajectory 2025 = 1 + 4 x 2/7 = 2.143; 2 is 0.143 behind, within 10 % x 4 = 0.4
		assertThat(assessed.expectedValue()).isCloseTo(2.143, within(0.001));
		assertThat(assessed.status()).isEqualTo(GoalStatus.AT_RISK);
	}

	@Test
	void aCountysOwnShareIsItsLatestEntry() {
		Viewer officer = new Viewer("officer", Role.COUNTY_OFFICER, "40", null, null);
		this.jdbc.sql("delete from goal_entry where indicator_key = 'cooperating-competence-access'").update();
		this.values.forget();
		record(officer, "cooperating-competence-access", null, "40", 2025, 30, LocalDate.of(2025, 1, 10));
		record(officer, "cooperating-competence-access", null, "40", 2025, 45, LocalDate.of(2025, 10, 10));

		assertThat(this.followUp.of(AccountScope.county("40"), "cooperating-competence-access", this.admin).values())
			.containsExactly(new Observation(2025, 45));
	}

}
