package no.symbiose.app.importing;

import java.util.List;

/**
 * Receives a table file row by row, so no reader holds more than one row. Row numbers are
 * as a spreadsheet shows them: the header is row 1.
 */
public interface RowSink {

	void header(List<String> names);

	void row(long rowNumber, List<String> cells);

	/** The file cannot be read any further, for example a CSV quote is never closed. */
	void unreadable(long rowNumber, String messageKey, Object... arguments);

}
