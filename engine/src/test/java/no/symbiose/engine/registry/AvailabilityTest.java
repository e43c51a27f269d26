package no.symbiose.engine.registry;

import java.time.Month;

import org.junit.jupiter.api.Test;

import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTest {

	@Test
	void readsARangeOfMonths() {
		Availability summer = Availability.parse("seasonal", "5-9");
		assertThat(summer.months()).containsExactly(Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST, Month.SEPTEMBER);
		assertThat(summer.monthsText()).isEqualTo("5-9");
	}

	@Test
	void writesMonthsBackCanonically() {
		assertThat(Availability.parse("seasonal", "11-12; 2;1").monthsText()).isEqualTo("1-2;11-12");
		assertThat(Availability.parse("SEASONAL", "3;5").monthsText()).isEqualTo("3;5");
	}

	@Test
	void readsAWinterRangeAcrossNewYear() {
		assertThat(Availability.parse("seasonal", "11-2").monthsText()).isEqualTo("1-2;11-12");
	}

	@Test
	void readsABlankKindAsContinuous() {
		assertThat(Availability.parse("", null)).isEqualTo(Availability.CONTINUOUS);
	}

	@Test
	void rejectsASeasonalStreamWithoutMonths() {
		assertViolates("registry.availability.seasonalWithoutMonths", () -> Availability.parse("seasonal", " "));
	}

	@Test
	void rejectsMonthsOnAContinuousStream() {
		assertViolates("registry.availability.monthsNotSeasonal", () -> Availability.parse("continuous", "5-9"));
	}

	@Test
	void rejectsMonthsOutsideOneToTwelve() {
		assertViolates("registry.availability.monthFormat", () -> Availability.parse("seasonal", "0-3"));
		assertViolates("registry.availability.monthFormat", () -> Availability.parse("seasonal", "mai"));
	}

}
