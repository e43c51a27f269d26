package no.symbiose.app.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One problem in an import file. {@code row} is the row number a spreadsheet shows: the
 * header is row 1, the first data row is row 2. {@code column} is null when the problem
 * concerns the whole row or file.
 */
public record ImportError(long row, @Nullable String column, @Nullable String value,
		@JsonProperty("message_nb") String messageNb, @JsonProperty("message_en") String messageEn) {

	/** The message in the given language: English for {@code en}, bokmål otherwise. */
	public String message(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.messageEn : this.messageNb;
	}

}
