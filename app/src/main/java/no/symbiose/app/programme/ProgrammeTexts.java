package no.symbiose.app.programme;

import java.util.Locale;

import no.symbiose.engine.programme.CriterionResult;

import org.springframework.context.MessageSource;

/** The engine's reasons in the viewer's language ({@code programme.reason.*}). */
public final class ProgrammeTexts {

	private ProgrammeTexts() {
	}

	public static String reason(MessageSource messages, CriterionResult result, Locale locale) {
		return messages.getMessage("programme.reason." + result.reason().key(), result.reason().arguments().toArray(),
				result.reason().english(), locale);
	}

}
