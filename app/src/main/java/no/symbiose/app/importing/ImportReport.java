package no.symbiose.app.importing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an import did. When {@link #errors()} is not empty nothing was changed and the
 * counts of inserted, updated and unchanged rows are zero. Errors are capped at
 * {@link ImportService#MAX_ERRORS}; {@link #errorsNotShown()} counts the rest.
 *
 * @param rows data rows read (blank rows are skipped and not counted)
 */
public record ImportReport(Table table, long rows, long inserted, long updated, long unchanged,
		List<ImportError> errors, @JsonProperty("errors_not_shown") long errorsNotShown) {

	public ImportReport {
		errors = List.copyOf(errors);
	}

	public boolean succeeded() {
		return this.errors.isEmpty();
	}

	public long errorCount() {
		return this.errors.size() + this.errorsNotShown;
	}

}
