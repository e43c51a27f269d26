package no.symbiose.app.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.api.ConflictException;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.goals.GoalEntries.Entry;
import no.symbiose.app.goals.GoalEntries.EntryFilter;
import no.symbiose.app.goals.GoalEntries.EntryInput;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Recorded goal entries: who may write and read them, every field checked before anything
 * is written, optimistic locking, and the database's own checks.
 */
@IntegrationTest
class GoalEntriesTest {

	static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 12);

	@Autowired
	GoalEntries entries;

	@Autowired
	JdbcClient jdbc;

	RegistryFixtures registry;

	Row park;

	Viewer facilitator;

	final Viewer admin = Viewer.nationalAdmin("admin");

	@BeforeEach
	void givenAParkWithItsFacilitator() {
		this.registry = new RegistryFixtures(this.jdbc);
		this.park = this.registry.aPark();
		this.facilitator = new Viewer(this.registry.facilitator(this.park), Role.PARK_FACILITATOR, null, this.park.id(),
				null);
	}

	private EntryInput workshop(String parkKey, double count) {
		return new EntryInput("competence-activities", parkKey, null, 2025, count, "Symbiose-workshop", null,
				"https://example.no/referat-2025-03-12.pdf", MARCH_2025);
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from goal_entry").query(Long.class).single();
	}

	private Map<String, Object> stored(long id) {
		return this.jdbc.sql("select * from goal_entry where id = :id").param("id", id).query().singleRow();
	}

	private static List<String> fields(InvalidInputException ex) {
		return ex.problems().stream().map(FieldProblem::field).toList();
	}

	@Test
	void theFacilitatorRecordsAnEntryWithItsUnitEvidenceAndWho() {
		long id = this.entries.add(this.facilitator, workshop(this.park.key(), 3));

		Map<String, Object> row = stored(id);
		assertThat(row).containsEntry("indicator_key", "competence-activities")
			.containsEntry("unit", "count")
			.containsEntry("scope_level", "park")
			.containsEntry("park_id", this.park.id())
			.containsEntry("value", 3.0)
			.containsEntry("evidence", "https://example.no/referat-2025-03-12.pdf")
			.containsEntry("recorded_by", this.facilitator.username())
			.containsEntry("version", 0);
		Entry entry = this.entries.entry(this.facilitator, id);
		assertThat(entry.scope().parkKey()).isEqualTo(this.park.key());
		assertThat(entry.scope().countyNumber()).isEqualTo("40");
		assertThat(entry.evidenceLink()).contains("https://example.no/referat-2025-03-12.pdf");
	}

	@Test
	void everyBadFieldIsReportedAtOnceAndNothingIsWritten() {
		long before = rows();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.facilitator,
					new EntryInput("competence-activities", this.park.key(), null, 1999, -1.0, " ", "x".repeat(2001),
							"", null)))
			.satisfies(ex -> assertThat(fields(ex)).containsExactly("year", "value", "title", "description", "evidence",
					"eventDate"));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aValueMustFitTheIndicatorsUnit() {
		long before = rows();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.facilitator,
					new EntryInput("esg-goals", this.park.key(), null, 2025, 0.5, "ESG-mål", null,
							"Styrevedtak sak 12/25", MARCH_2025)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.entries.problem.yesNo"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.facilitator,
					new EntryInput("growth-competence-access", this.park.key(), null, 2025, 120.0, "Kartlegging", null,
							"Rapport 2025", MARCH_2025)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.entries.problem.share"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.facilitator, workshop(this.park.key(), 2.5)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.entries.problem.count"));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void evidenceThatLooksLikeALinkMustBeAWebAddress() {
		EntryInput script = new EntryInput("competence-activities", this.park.key(), null, 2025, 1.0, "Seminar", null,
				"javascript:alert(1)", MARCH_2025);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.facilitator, script))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.entries.problem.evidenceLink"));
		// a document reference is evidence too, but no link
		long id = this.entries.add(this.facilitator, new EntryInput("competence-activities", this.park.key(), null,
				2025, 1.0, "Seminar", null, "Referat, arkivsak 2025/114", MARCH_2025));
		assertThat(this.entries.entry(this.facilitator, id).evidenceLink()).isEmpty();
	}

	@Test
	void aComputedIndicatorIsNotRecorded() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.facilitator,
					new EntryInput("co2-emissions", this.park.key(), null, 2025, 100.0, "Utslipp", null, "Rapport",
							MARCH_2025)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.entries.problem.computed"));
	}

	@Test
	void theScopeMustBeTheIndicatorsLevel() {
		// a park indicator without a park
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.admin, workshop(null, 1)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.entries.problem.scope.park"));
		// a national indicator for a park
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.admin,
					new EntryInput("ccs-cooperating-parks", this.park.key(), null, 2025, 1.0, "CCS", null, "Avtale",
							MARCH_2025)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.entries.problem.scope.nation"));
		// an unknown park
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(this.admin, workshop("no-such-park-x", 1)))
			.satisfies(ex -> assertThat(fields(ex)).containsExactly("park"));
	}

	@Test
	void aCountyOfficerRecordsTheirCountysEntriesOnly() {
		Viewer officer = new Viewer(this.registry.countyOfficer("40"), Role.COUNTY_OFFICER, "40", null, null);
		EntryInput access = new EntryInput("symbiosis-infrastructure-access", null, "40", 2025, 60.0,
				"Kartlegging av infrastruktur", null, "Fylkesrapport 2025", MARCH_2025);

		long id = this.entries.add(officer, access);
		assertThat(stored(id)).containsEntry("scope_level", "county").containsEntry("county_number", "40");

		Viewer otherOfficer = new Viewer("other", Role.COUNTY_OFFICER, "46", null, null);
		long before = rows();
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.entries.add(otherOfficer, access));
		// nor a park's entries
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.entries.add(officer, workshop(this.park.key(), 1)));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anotherParksFacilitatorAndATenantMayNotWrite() {
		Row otherPark = this.registry.aPark();
		Viewer otherFacilitator = new Viewer("other", Role.PARK_FACILITATOR, null, otherPark.id(), null);
		Row tenant = this.registry.aTenantOf(this.park);
		Viewer reporter = new Viewer("reporter", Role.COMPANY_REPORTER, null, null, tenant.id());
		long before = rows();

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.entries.add(otherFacilitator, workshop(this.park.key(), 1)));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.entries.add(reporter, workshop(this.park.key(), 1)));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.entries.add(Viewer.anonymous(), workshop(this.park.key(), 1)));
		// without an indicator the reporter learns what is missing, not that it is
		// forbidden
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.add(reporter,
					new EntryInput(null, this.park.key(), null, 2025, 1.0, "Seminar", null, "Referat", MARCH_2025)))
			.satisfies(ex -> assertThat(fields(ex)).containsExactly("indicator"));
		// only a national administrator records the nation's entries
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.entries.add(this.facilitator, new EntryInput("carbon-contracts-pilot", null, null,
					2025, 1.0, "Pilot", null, "Prop. 1 S (2025–2026)", MARCH_2025)));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theParksEntriesAreReadWithAccessToThePark() {
		long id = this.entries.add(this.facilitator, workshop(this.park.key(), 2));
		Row tenant = this.registry.aTenantOf(this.park);
		Viewer reporter = new Viewer("reporter", Role.COMPANY_REPORTER, null, null, tenant.id());
		Viewer outsider = new Viewer("outsider", Role.COMPANY_REPORTER, null, null, this.registry.aCompany().id());
		Viewer officer = new Viewer("officer", Role.COUNTY_OFFICER, "40", null, null);
		Viewer otherOfficer = new Viewer("other", Role.COUNTY_OFFICER, "46", null, null);
		EntryFilter ofPark = EntryFilter.ofPark(this.park.key());

		assertThat(this.entries.list(reporter, ofPark)).extracting(Entry::id).containsExactly(id);
		assertThat(this.entries.list(officer, ofPark)).extracting(Entry::id).containsExactly(id);
		assertThat(this.entries.list(this.admin, ofPark)).extracting(Entry::id).containsExactly(id);
		assertThat(this.entries.list(outsider, ofPark)).isEmpty();
		assertThat(this.entries.list(otherOfficer, ofPark)).isEmpty();
		assertThat(this.entries.list(Viewer.anonymous(), ofPark)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.entries.entry(outsider, id));
		assertThat(this.entries.mayReadPark(reporter, this.park.key())).isTrue();
		assertThat(this.entries.mayReadPark(outsider, this.park.key())).isFalse();
	}

	@Test
	void aChangeFromAStaleVersionIsAConflictAndChangesNothing() {
		long id = this.entries.add(this.facilitator, workshop(this.park.key(), 3));
		this.entries.change(this.facilitator, id, workshop(this.park.key(), 4), 0, List.of());
		assertThat(stored(id)).containsEntry("value", 4.0).containsEntry("version", 1);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.entries.change(this.admin, id, workshop(this.park.key(), 9), 0, List.of()))
			.satisfies(ex -> assertThat(ex.currentVersion()).isEqualTo(1));
		assertThat(stored(id)).containsEntry("value", 4.0).containsEntry("version", 1);
	}

	@Test
	void aRefusedChangeLeavesTheEntryAsItWas() {
		long id = this.entries.add(this.facilitator, workshop(this.park.key(), 3));
		Map<String, Object> before = stored(id);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.entries.change(this.facilitator, id,
					new EntryInput("spin-offs", null, null, LocalDate.now().getYear() + 1, 1.5, "Nytt navn", null,
							"https://", MARCH_2025),
					null, List.of()))
			.satisfies(
					ex -> assertThat(fields(ex)).containsExactly("indicator", "version", "year", "value", "evidence"));
		Row otherPark = this.registry.aPark();
		Viewer otherFacilitator = new Viewer("other", Role.PARK_FACILITATOR, null, otherPark.id(), null);
		// another park's facilitator may not even see it
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.entries.change(otherFacilitator, id, workshop(this.park.key(), 9), 0, List.of()));
		assertThat(stored(id)).isEqualTo(before);
	}

	@Test
	void anEntryIsDeletedByItsFacilitatorUnlessChangedSince() {
		long id = this.entries.add(this.facilitator, workshop(this.park.key(), 3));
		this.entries.change(this.facilitator, id, workshop(this.park.key(), 5), 0, List.of());
		Viewer officer = new Viewer("officer", Role.COUNTY_OFFICER, "40", null, null);

		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.entries.delete(officer, id, 1));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.entries.delete(this.facilitator, id, 0));
		assertThat(stored(id)).containsEntry("value", 5.0);

		this.entries.delete(this.facilitator, id, 1);
		assertThat(this.jdbc.sql("select count(*) from goal_entry where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDatabaseRefusesWhatTheServiceWouldRefuse() {
		String insert = """
				insert into goal_entry (indicator_key, unit, scope_level, park_id, county_number, year, value, title,
				    evidence, event_date, recorded_by)
				values ('esg-goals', :unit, 'park', :park, null, :year, :value, 'ESG', :evidence, date '2025-03-01', 'x')""";

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(insert)
			.params(Map.of("unit", "yes/no", "park", this.park.id(), "year", 2025, "value", 2.0, "evidence", "e"))
			.update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(insert)
			.params(Map.of("unit", "count", "park", this.park.id(), "year", 2025, "value", -1.0, "evidence", "e"))
			.update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(insert)
			.params(Map.of("unit", "%", "park", this.park.id(), "year", 2025, "value", 101.0, "evidence", "e"))
			.update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(insert)
			.params(Map.of("unit", "count", "park", this.park.id(), "year", 1999, "value", 1.0, "evidence", "e"))
			.update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(insert)
			.params(Map.of("unit", "count", "park", this.park.id(), "year", 2025, "value", 1.0, "evidence", " "))
			.update());
		assertThat(this.jdbc.sql("select count(*) from goal_entry where park_id = :park")
			.param("park", this.park.id())
			.query(Long.class)
			.single()).isZero();
	}

}
