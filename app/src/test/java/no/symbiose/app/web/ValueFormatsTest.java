package no.symbiose.app.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ValueFormatsTest {

	ValueFormats formats = new ValueFormats();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesBokmalNumbersWithSpaceThousandsAndDecimalComma() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));

		assertThat(formats.withUnit(1200.5, "daa")).isEqualTo("1\u00A0200,5\u00A0daa");
		assertThat(formats.number(956800)).isEqualTo("956\u00A0800");
	}

	@Test
	void writesEnglishNumbersWithCommaThousandsAndDecimalPoint() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(formats.withUnit(1200.5, "daa")).isEqualTo("1,200.5\u00A0daa");
	}

	@Test
	void roundsToTwoDecimalsAndLeavesOutAnEmptyUnit() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(formats.withUnit(2.0 / 3, "")).isEqualTo("0.67");
	}

	@Test
	void givesNoPercentWhenEitherPartIsUnknownOrTheWholeIsZero() {
		// 38 000 of 40 000 m² = 95 %
		assertThat(formats.percent(38000.0, 40000.0)).isEqualTo(95);
		assertThat(formats.percent(null, 40000.0)).isNull();
		assertThat(formats.percent(38000.0, null)).isNull();
		assertThat(formats.percent(0.0, 0.0)).isNull();
	}

}
