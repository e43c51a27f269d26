package no.symbiose.app.importing.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import no.symbiose.app.importing.TableWriter;

/**
 * Writes a table as the first sheet of an XLSX workbook with POI's streaming SXSSF, which
 * keeps only a window of rows in memory and spools the rest to a temporary file. Numbers
 * become numeric cells; text that looks like a formula gets Excel's quote prefix (shown
 * as {@code '=...}, stored and re-imported unchanged).
 */
public final class XlsxTableWriter implements TableWriter {

	private static final int ROWS_IN_MEMORY = 200;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);

	private final SXSSFSheet sheet;

	private final CellStyle quoted;

	private final CellStyle bold;

	private final OutputStream out;

	private int nextRow;

	public XlsxTableWriter(OutputStream out, String sheetName) {
		this.out = out;
		this.sheet = this.workbook.createSheet(sheetName);
		this.quoted = this.workbook.createCellStyle();
		this.quoted.setQuotePrefixed(true);
		this.bold = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold.setFont(font);
	}

	@Override
	public void header(List<String> columns) {
		Row row = this.sheet.createRow(this.nextRow++);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(this.bold);
		}
		this.sheet.createFreezePane(0, 1);
	}

	@Override
	public void row(List<@Nullable Object> cells) {
		Row row = this.sheet.createRow(this.nextRow++);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				String text = value.toString();
				cell.setCellValue(text);
				if (TableWriter.looksLikeFormula(text)) {
					cell.setCellStyle(this.quoted);
				}
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.workbook.write(this.out);
		}
		finally {
			this.workbook.close();
		}
	}

}
