package no.symbiose.app.goals;

import java.util.Optional;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.goals.ParkTargets.AdoptedTarget;
import no.symbiose.app.goals.ParkTargets.Origin;
import no.symbiose.app.goals.ParkTargets.TargetInput;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A park follows the national targets until its facilitator adopts its own; the baseline
 * is fixed once set, in the service and in the database.
 */
@IntegrationTest
class ParkTargetsTest {

	@Autowired
	ParkTargets targets;

	@Autowired
	JdbcClient jdbc;

	Row park;

	Viewer facilitator;

	@BeforeEach
	void givenAParkWithItsFacilitator() {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		this.park = registry.aPark();
		this.facilitator = new Viewer(registry.facilitator(this.park), Role.PARK_FACILITATOR, null, this.park.id(),
				null);
	}

	private AdoptedTarget target(String indicatorKey) {
		return this.targets.of(this.park.key())
			.stream()
			.filter(t -> t.indicator().key().equals(indicatorKey))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aNewParkFollowsTheNationalTargets() {
		AdoptedTarget co2 = target("co2-emissions");

		assertThat(co2.origin()).isEqualTo(Origin.NATIONAL);
		assertThat(co2.target()).isEqualTo(new Target.RelativeChange(-0.5));
		assertThat(co2.baseline()).isEmpty();
		assertThat(target("land-use").target()).isEqualTo(new Target.Absolute(90));
		// county and nation targets are not the park's to adopt
		assertThat(this.targets.of(this.park.key()))
			.noneMatch(t -> t.indicator().key().equals("ccs-cooperating-parks"));
	}

	@Test
	void theFacilitatorAdoptsAStricterTargetWithItsBaseline() {
		this.targets.adopt(this.facilitator, this.park.key(), "co2-emissions",
				new TargetInput("relative_change", -0.6, 2023, 1000.0, "styrevedtak 2025"));

		AdoptedTarget co2 = target("co2-emissions");
		assertThat(co2.origin()).isEqualTo(Origin.PARK);
		assertThat(co2.target()).isEqualTo(new Target.RelativeChange(-0.6));
		assertThat(co2.baseline()).contains(new Observation(2023, 1000));
	}

	@Test
	void theBaselineIsFixedOnceSet() {
		this.targets.adopt(this.facilitator, this.park.key(), "co2-emissions",
				new TargetInput("relative_change", -0.5, 2023, 1000.0, null));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.targets.adopt(this.facilitator, this.park.key(), "co2-emissions",
					new TargetInput("relative_change", -0.7, 2023, 800.0, null)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.problem.baselineFixed"));
		// the refused write changed nothing
		assertThat(target("co2-emissions").target()).isEqualTo(new Target.RelativeChange(-0.5));

		// leaving the baseline out changes the target and keeps the baseline
		this.targets.adopt(this.facilitator, this.park.key(), "co2-emissions",
				new TargetInput("relative_change", -0.7, null, null, null));
		assertThat(target("co2-emissions").target()).isEqualTo(new Target.RelativeChange(-0.7));
		assertThat(target("co2-emissions").baseline()).contains(new Observation(2023, 1000));
	}

	@Test
	void theDatabaseRefusesToMoveABaselineToo() {
		this.targets.adopt(this.facilitator, this.park.key(), "land-use",
				new TargetInput("absolute", 92.0, 2024, 79.0, null));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("update park_target set baseline_value = 85 where park_id = :park and indicator_key = 'land-use'")
			.param("park", this.park.id())
			.update());
	}

	@Test
	void aRelativeTargetNeedsABaseline() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.targets.adopt(this.facilitator, this.park.key(), "co2-emissions",
					new TargetInput("relative_change", -0.5, null, null, null)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.problem.relativeNeedsBaseline"));
		assertThat(target("co2-emissions").origin()).isEqualTo(Origin.NATIONAL);
	}

	@Test
	void aShareAboveAHundredPercentIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.targets.adopt(this.facilitator, this.park.key(), "land-use",
					new TargetInput("absolute", 120.0, null, null, null)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.problem.range"));
		assertThat(target("land-use").origin()).isEqualTo(Origin.NATIONAL);
	}

	/**
	 * Found by fuzzing the API: a baseline year before 1990 reached the database's check
	 * and answered 500.
	 */
	@Test
	void aBaselineOutsideTheYearsOrTheUnitIsRefusedWithAMessage() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.targets.adopt(this.facilitator, this.park.key(), "co2-emissions",
					new TargetInput("relative_change", -0.5, 1387, 1000.0, null)))
			.satisfies(ex -> assertThat(ex.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("baselineYear");
				assertThat(problem.messageKey()).isEqualTo("goals.problem.baselineYearRange");
			}));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.targets.adopt(this.facilitator, this.park.key(), "co2-emissions",
					new TargetInput("relative_change", -0.5, 2031, 1000.0, null)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.problem.baselineYearRange"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.targets.adopt(this.facilitator, this.park.key(), "land-use",
					new TargetInput("absolute", 92.0, 2024, 140.0, null)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
				.containsExactly("goals.problem.baselineRange"));
		assertThat(target("co2-emissions").origin()).isEqualTo(Origin.NATIONAL);
		assertThat(target("land-use").origin()).isEqualTo(Origin.NATIONAL);

		this.targets.adopt(this.facilitator, this.park.key(), "co2-emissions",
				new TargetInput("relative_change", -0.5, 1990, 1000.0, null));
		assertThat(target("co2-emissions").baseline()).contains(new Observation(1990, 1000));
	}

	@Test
	void anotherParksFacilitatorMayNotSetTheTargets() {
		Row otherPark = new RegistryFixtures(this.jdbc).aPark();
		Viewer otherFacilitator = new Viewer("other", Role.PARK_FACILITATOR, null, otherPark.id(), null);

		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.targets.adopt(otherFacilitator,
				this.park.key(), "land-use", new TargetInput("absolute", 95.0, null, null, null)));
		assertThat(target("land-use").origin()).isEqualTo(Origin.NATIONAL);
	}

	@Test
	void refusesAnIndicatorThatIsNotTheParks() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.targets.adopt(this.facilitator,
				this.park.key(), "ccs-cooperating-parks", new TargetInput("absolute", 6.0, null, null, null)));
	}

	@Test
	void aNationalAdministratorMaySetAParksTarget() {
		this.targets.adopt(Viewer.nationalAdmin("admin"), this.park.key(), "building-use",
				new TargetInput("absolute", 99.0, 2024, 96.0, null));

		assertThat(target("building-use").target()).isEqualTo(new Target.Absolute(99));
		assertThat(Optional.of(target("building-use").origin())).contains(Origin.PARK);
	}

}
