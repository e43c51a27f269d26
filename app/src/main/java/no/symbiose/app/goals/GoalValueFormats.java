package no.symbiose.app.goals;

import no.symbiose.app.web.ValueFormats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An indicator's value in its unit as the goal pages write it ({@code @goalValues}): a
 * count as a bare number, yes/no as the word, every other unit after the number.
 */
@Component("goalValues")
class GoalValueFormats {

	private final ValueFormats formats;

	private final MessageSource messages;

	GoalValueFormats(ValueFormats formats, MessageSource messages) {
		this.formats = formats;
		this.messages = messages;
	}

	public String format(double value, String unit) {
		return switch (unit) {
			case "count" -> this.formats.number(value);
			case "yes/no" -> this.messages.getMessage(value >= 1 ? "goals.dash.yes" : "goals.dash.no", null,
					LocaleContextHolder.getLocale());
			default -> this.formats.withUnit(value, unit);
		};
	}

}
