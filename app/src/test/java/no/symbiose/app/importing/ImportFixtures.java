package no.symbiose.app.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.symbiose.app.importing.csv.CsvTableReader;
import no.symbiose.app.importing.xlsx.XlsxTableReader;

/**
 * Files for import tests, written as a user would: CSV lines, or XLSX cells with numbers
 * as numbers.
 */
final class ImportFixtures {

	static final String PARKS_HEADER = String.join(",", Table.PARKS.columns());

	private ImportFixtures() {
	}

	static InputStream csv(String... lines) {
		return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** A park row of Telemark (county 40) in Porsgrunn (4001). */
	static String park(String key, String name) {
		return key + "," + name + ",industripark,,40,4001,59.12,9.62,100,80,10.5,,,quay;rail,,test";
	}

	/** One sheet; a cell that parses as a number is written as a numeric cell. */
	static InputStream xlsx(List<String> header, List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("data");
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int i = 0; i < cells.size(); i++) {
					String cell = cells.get(i);
					if (cell.isEmpty()) {
						continue;
					}
					if (cell.matches("-?\\d+(\\.\\d+)?") && !cell.matches("0\\d+")) {
						row.createCell(i).setCellValue(Double.parseDouble(cell));
					}
					else {
						row.createCell(i).setCellValue(cell);
					}
				}
			}
			workbook.write(out);
			return new ByteArrayInputStream(out.toByteArray());
		}
	}

	/** Every row of a file, header first, as the import reads it. */
	static List<List<String>> rows(Format format, byte[] file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		RowSink sink = new RowSink() {
			@Override
			public void header(List<String> names) {
				rows.add(names);
			}

			@Override
			public void row(long rowNumber, List<String> cells) {
				List<String> padded = new ArrayList<>(cells);
				while (padded.size() < rows.get(0).size()) {
					padded.add("");
				}
				rows.add(padded);
			}

			@Override
			public void unreadable(long rowNumber, String messageKey, Object... arguments) {
				throw new AssertionError(messageKey);
			}
		};
		if (format == Format.CSV) {
			CsvTableReader.read(new ByteArrayInputStream(file), sink);
		}
		else {
			XlsxTableReader.read(new ByteArrayInputStream(file), sink);
		}
		return rows;
	}

}
