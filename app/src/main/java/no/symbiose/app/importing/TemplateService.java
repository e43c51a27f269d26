package no.symbiose.app.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import no.symbiose.app.importing.csv.CsvTableWriter;

/**
 * Empty templates of each table: CSV with the header row; XLSX with the header row,
 * drop-down lists on columns with fixed values, and a second sheet "Veiledning / Guide"
 * describing every column in bokmål and English (texts {@code import.column.<column>} in
 * the messages files).
 */
@Service
public class TemplateService {

	static final String GUIDE_SHEET = "Veiledning - Guide";

	/** Rows of the template that carry drop-down lists. */
	private static final int VALIDATED_ROWS = 10_000;

	private final MessageSource messages;

	TemplateService(MessageSource messages) {
		this.messages = messages;
	}

	public void template(Table table, Format format, OutputStream out) throws IOException {
		if (format == Format.CSV) {
			try (CsvTableWriter writer = new CsvTableWriter(out)) {
				writer.header(table.columns());
			}
			return;
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			XSSFSheet data = workbook.createSheet(table.key());
			Row header = data.createRow(0);
			List<String> columns = table.columns();
			DataValidationHelper validations = data.getDataValidationHelper();
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(columns.get(i));
				cell.setCellStyle(bold);
				data.setColumnWidth(i, Math.max(12, columns.get(i).length() + 2) * 256);
				List<String> choices = Table.CHOICES.get(columns.get(i));
				if (choices != null) {
					DataValidation validation = validations.createValidation(
							validations.createExplicitListConstraint(choices.toArray(String[]::new)),
							new CellRangeAddressList(1, VALIDATED_ROWS, i, i));
					validation.setShowErrorBox(true);
					data.addValidationData(validation);
				}
			}
			data.createFreezePane(0, 1);
			XSSFSheet guide = workbook.createSheet(GUIDE_SHEET);
			Row guideHeader = guide.createRow(0);
			String[] titles = { "kolonne / column", "påkrevd / required", "beskrivelse (bokmål)",
					"description (English)", "verdier / values" };
			for (int i = 0; i < titles.length; i++) {
				Cell cell = guideHeader.createCell(i);
				cell.setCellValue(titles[i]);
				cell.setCellStyle(bold);
			}
			for (int i = 0; i < columns.size(); i++) {
				String column = columns.get(i);
				Row row = guide.createRow(i + 1);
				row.createCell(0).setCellValue(column);
				row.createCell(1).setCellValue(table.requiredColumns().contains(column) ? "ja / yes" : "nei / no");
				row.createCell(2).setCellValue(describe(column, ImportService.BOKMAL));
				row.createCell(3).setCellValue(describe(column, Locale.ENGLISH));
				List<String> choices = Table.CHOICES.get(column);
				row.createCell(4).setCellValue((choices == null) ? "" : String.join(", ", choices));
			}
			guide.setColumnWidth(0, 30 * 256);
			guide.setColumnWidth(1, 14 * 256);
			guide.setColumnWidth(2, 80 * 256);
			guide.setColumnWidth(3, 80 * 256);
			guide.setColumnWidth(4, 50 * 256);
			workbook.write(out);
		}
	}

	String describe(String column, Locale locale) {
		return this.messages.getMessage("import.column." + column, null, locale);
	}

}
