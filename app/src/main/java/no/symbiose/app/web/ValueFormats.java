package no.symbiose.app.web;

import java.text.NumberFormat;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the page's language writes them: bokmål groups thousands with a (no-break)
 * space and uses a decimal comma ({@code 1 200,5}), English {@code 1,200.5}. Templates
 * call it as {@code @formats}; {@code fragments/value.html} adds the unit or the missing
 * marker.
 */
@Component("formats")
public class ValueFormats {

	static final char NO_BREAK_SPACE = '\u00A0';

	public String number(Number value) {
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		return format.format(value);
	}

	/** The number and its unit, kept on one line. */
	public String withUnit(Number value, @Nullable String unit) {
		return unit == null || unit.isBlank() ? number(value) : number(value) + NO_BREAK_SPACE + unit;
	}

	/**
	 * part as a whole number of percent of whole; null (unknown) when either is unknown
	 * or whole is zero.
	 */
	public @Nullable Long percent(@Nullable Double part, @Nullable Double whole) {
		if (part == null || whole == null || whole == 0) {
			return null;
		}
		return Math.round(part * 100 / whole);
	}

}
