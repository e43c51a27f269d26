package no.symbiose.app.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import no.symbiose.app.FuzzChecks;
import no.symbiose.app.importing.FuzzedTables.Generated;
import no.symbiose.app.security.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the import fuzz tests share. Every input is imported as a national administrator,
 * who may import every table, so what is fuzzed is reading and validation. For every
 * input: no exception escapes, the report either imported every row or lists at least one
 * error, each with a readable bokmål and English message, and a refused file changed no
 * table. Every input runs in a transaction that is rolled back, so accepted files leave
 * the shared test database as it was.
 * <p>
 * An input whose last byte is even is taken as a whole file, less that byte (the CSV
 * seeds are real files, which end in a line break; the XLSX seeds are real files with a
 * zero byte added, since a zip cut by a byte has no central directory and is refused at
 * once); an odd one builds a file from a table, header and cells the input chooses
 * ({@link FuzzedTables}).
 */
abstract class ImportFuzzing {

	static final Viewer ADMIN = Viewer.nationalAdmin("fuzz-admin");

	private static final List<Charset> ODD_ENCODINGS = List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE,
			StandardCharsets.UTF_16BE, Charset.forName("windows-1252"));

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	FuzzChecks checks;

	@BeforeEach
	public void checks() {
		this.checks = new FuzzChecks(this.jdbc, this.transactions);
	}

	void importChecked(@Nullable Table requested, Format format, byte[] file) {
		String what = format + " of " + file.length + " bytes as " + (requested == null ? "detected" : requested);
		ImportReport report = this.checks.inRolledBackTransaction(what, new FuzzChecks.Outcome<ImportReport>() {
			@Override
			public ImportReport run() {
				return ImportFuzzing.this.imports.importFile(requested, format, new ByteArrayInputStream(file), ADMIN);
			}

			@Override
			public boolean refused(ImportReport answer) {
				return !answer.succeeded();
			}
		});
		if (report.succeeded()) {
			assertThat(report.errorsNotShown()).as("%s: errors not shown of a successful import", what).isZero();
			assertThat(report.inserted() + report.updated() + report.unchanged()).as("%s: rows", what)
				.isEqualTo(report.rows());
			return;
		}
		assertThat(report.inserted() + report.updated()).as("%s: rows written though refused", what).isZero();
		for (ImportError error : report.errors()) {
			String where = what + ", row " + error.row() + " column " + error.column() + " value "
					+ abbreviated(error.value());
			assertThat(error.row()).as("%s: row number", where).isPositive();
			FuzzChecks.assertReadable(where + " (nb)", error.messageNb(), error.value());
			FuzzChecks.assertReadable(where + " (en)", error.messageEn(), error.value());
		}
	}

	private static String abbreviated(@Nullable String value) {
		return (value == null) ? "null" : '"'
				+ ((value.length() > 60) ? value.substring(0, 60) + "… (" + value.length() + " chars)" : value) + '"';
	}

	/**
	 * The rows as CSV: quoted where needed and sometimes where not, sometimes a broken
	 * quote, a byte order mark, another line break, separator or encoding.
	 */
	static byte[] csvBytes(FuzzedDataProvider data, Generated generated) {
		String separator = data.consumeInt(0, 15) == 0 ? ";" : ",";
		String lineBreak = data.pickValue(List.of("\n", "\r\n", "\r", "\n\n"));
		StringBuilder text = new StringBuilder();
		if (data.consumeInt(0, 7) == 0) {
			text.append('\uFEFF');
		}
		appendLine(data, text, generated.header(), separator, lineBreak);
		for (List<String> row : generated.rows()) {
			appendLine(data, text, row, separator, lineBreak);
		}
		if (data.consumeInt(0, 7) == 0) {
			text.setLength(Math.max(0, text.length() - data.consumeInt(0, 20)));
		}
		Charset charset = data.consumeInt(0, 9) == 0 ? data.pickValue(ODD_ENCODINGS) : StandardCharsets.UTF_8;
		byte[] bytes = text.toString().getBytes(charset);
		if (data.consumeInt(0, 9) == 0 && bytes.length > 0) {
			// a byte that is no UTF-8 anywhere: 0xff, or a lone continuation byte
			bytes[data.consumeInt(0, bytes.length - 1)] = data.pickValue(List.of((byte) 0xff, (byte) 0x80));
		}
		return bytes;
	}

	private static void appendLine(FuzzedDataProvider data, StringBuilder text, List<String> cells, String separator,
			String lineBreak) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(separator);
			}
			String cell = cells.get(i);
			boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n")
					|| cell.contains("\r") || cell.contains(separator);
			int quoting = data.consumeInt(0, 19);
			if (quoting == 0) {
				// a stray quote: never closed, or inside an unquoted cell
				text.append('"').append(cell);
			}
			else if (needsQuotes || quoting == 1) {
				text.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				text.append(cell);
			}
		}
		text.append(lineBreak);
	}

	/**
	 * The rows in a real workbook written by POI: a cell that reads as a number becomes a
	 * numeric cell, sometimes with a date format; others text; sometimes a boolean, a
	 * formula or an error cell, a row or column far away, or more sheets.
	 */
	static byte[] xlsxBytes(FuzzedDataProvider data, Generated generated) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet sheet = workbook.createSheet(data.consumeBoolean() ? "data" : "Ark1");
			int rowIndex = 0;
			List<List<String>> rows = new java.util.ArrayList<>();
			rows.add(generated.header());
			rows.addAll(generated.rows());
			for (List<String> cells : rows) {
				Row row = sheet.createRow(rowIndex);
				// now and then the next row far below, up to the sheet's last (1 048 576)
				rowIndex = Math.min(rowIndex + ((data.consumeInt(0, 15) == 0) ? data.consumeInt(2, 200_000) : 1),
						1_048_575);
				int column = 0;
				for (String value : cells) {
					write(data, row.createCell(column), value, date);
					// now and then the next cell far right, up to the sheet's last (16
					// 384)
					column = Math.min(column + ((data.consumeInt(0, 30) == 0) ? data.consumeInt(2, 4_000) : 1), 16_383);
				}
			}
			if (data.consumeInt(0, 7) == 0) {
				workbook.createSheet("more").createRow(0).createCell(0).setCellValue(data.consumeString(20));
			}
			if (data.consumeInt(0, 15) == 0) {
				workbook.setSheetOrder(workbook.getSheetName(workbook.getNumberOfSheets() - 1), 0);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The most text a cell of a workbook holds (Excel's limit, which POI enforces). */
	static final int MAX_CELL_TEXT = 32_767;

	private static void write(FuzzedDataProvider data, Cell cell, String text, CellStyle date) {
		String value = (text.length() > MAX_CELL_TEXT) ? text.substring(0, MAX_CELL_TEXT) : text;
		switch (data.consumeInt(0, 15)) {
			case 0 -> cell.setCellValue(data.consumeBoolean());
			case 1 -> {
				try {
					cell.setCellFormula(data.pickValue(List.of("1/0", "A1", "SUM(A1:A3)", "NA()", "\"=\"&1", "10^400",
							"DATE(2024,1,1)", value.isEmpty() ? "1" : value)));
				}
				catch (RuntimeException notAFormula) {
					cell.setCellValue(value);
				}
			}
			case 2 -> cell.setCellErrorValue(data.pickValue(FormulaError.values()).getCode());
			case 3 -> {
				cell.setCellValue(data.consumeDouble());
				cell.setCellStyle(date);
			}
			case 4 -> cell.setCellValue(data.consumeDouble());
			default -> {
				if (value.isEmpty()) {
					return;
				}
				try {
					double number = Double.parseDouble(value);
					cell.setCellValue(number);
					if (data.consumeInt(0, 7) == 0) {
						cell.setCellStyle(date);
					}
				}
				catch (NumberFormatException notANumber) {
					cell.setCellValue(value);
				}
			}
		}
	}

	/**
	 * Sometimes rewrites the zip: an entry left out, an XML part with a DTD and an
	 * external entity, a part replaced by input bytes, or one that inflates a thousand
	 * times (a small zip bomb).
	 */
	static byte[] zipTricks(FuzzedDataProvider data, byte[] xlsx) throws IOException {
		int trick = data.consumeInt(0, 7);
		if (trick > 3) {
			return xlsx;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			List<String> names = new java.util.ArrayList<>();
			java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
				entries.put(entry.getName(), in.readAllBytes());
			}
			String target = data.pickValue(names);
			for (var entry : entries.entrySet()) {
				byte[] content = entry.getValue();
				if (entry.getKey().equals(target)) {
					switch (trick) {
						case 0 -> {
							continue;
						}
						case 1 -> content = withExternalEntity(content);
						case 2 -> content = data.consumeBytes(2_000);
						default -> {
							content = new byte[5_000_000];
							zip.setLevel(Deflater.BEST_COMPRESSION);
						}
					}
				}
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/**
	 * The workbook with one part changed: {@code change} gives the new content, or null
	 * to leave the part out.
	 */
	static byte[] zipTricksFor(byte[] xlsx, String part, java.util.function.UnaryOperator<byte[]> change)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(part)) {
					content = change.apply(content);
					if (content == null) {
						continue;
					}
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/**
	 * The XML part with a DTD declaring an external entity, used in its first element.
	 */
	static byte[] withExternalEntity(byte[] xml) {
		String text = new String(xml, StandardCharsets.UTF_8);
		String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>";
		int declarationEnd = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
		String with = text.substring(0, declarationEnd) + doctype + text.substring(declarationEnd);
		int firstElementEnd = with.indexOf('>', declarationEnd + doctype.length());
		if (firstElementEnd > 0) {
			with = with.substring(0, firstElementEnd + 1) + "&xxe;" + with.substring(firstElementEnd + 1);
		}
		return with.getBytes(StandardCharsets.UTF_8);
	}

}
