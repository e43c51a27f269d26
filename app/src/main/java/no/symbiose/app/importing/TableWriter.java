package no.symbiose.app.importing;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes a table row by row. Cells are {@code null} (unknown, written empty), a
 * {@link Number} (written without loss) or text. Text beginning with {@code = + - @}, tab
 * or carriage return is protected against formula injection; importing removes that
 * protection again.
 */
public interface TableWriter extends Closeable {

	void header(List<String> columns) throws IOException;

	void row(List<@Nullable Object> cells) throws IOException;

	/** Whether text would be read as a formula by a spreadsheet. */
	static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** Numbers as plain decimals without loss: 129371, 0.1, 12.5 (never 1.29371E5). */
	static String plain(Number number) {
		if (number instanceof Double || number instanceof Float) {
			return BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
		}
		if (number instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return number.toString();
	}

}
