package no.symbiose.app.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import no.symbiose.app.importing.RowSink;

/**
 * Streams the first sheet of an XLSX file to a {@link RowSink} with POI's SAX event API
 * (XSSFReader + XSSFSheetXMLHandler, shared strings read-only), never building a
 * workbook, so memory stays bounded whatever the row count. The upload is spooled to a
 * temporary file because a zip is read from its central directory at the end.
 * <p>
 * Safety: POI's {@link XMLHelper} parsers refuse DTDs and external entities (XXE). Zip
 * bombs are refused by {@link ZipSecureFile}: an entry may not inflate more than 100
 * times its compressed size (POI's default minimum ratio 0.01) nor beyond 2 GiB. A file
 * POI cannot read, for any of these or other reasons, is reported to the sink as not a
 * workbook; what the sink itself throws goes through unchanged. Only a zip with a sound
 * central directory is read (POI would fall back to the entries' local headers), and only
 * entries compressed as OPC allows, stored or deflated: the zip reader would load a codec
 * for zstd that we do not ship, and fail with an error instead of an exception.
 * <p>
 * Numbers reach the sink without loss as plain decimals ({@code 129371}, {@code 0.1});
 * date cells as ISO dates ({@code 2024-01-01}); text cells as typed.
 */
public final class XlsxTableReader {

	static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
	}

	private static final Logger log = LoggerFactory.getLogger(XlsxTableReader.class);

	private XlsxTableReader() {
	}

	public static void read(InputStream in, RowSink sink) throws IOException {
		Path spool = Files.createTempFile("symbiose-import-", ".xlsx");
		try {
			Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
			read(spool, sink);
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	public static void read(Path file, RowSink sink) throws IOException {
		if (Files.size(file) == 0) {
			sink.unreadable(1, "import.emptyFile");
			return;
		}
		ZipSecureFile zip;
		try {
			zip = new ZipSecureFile(file.toFile());
		}
		catch (IOException | RuntimeException ex) {
			// no zip, or one whose central directory is broken: POI would read such a
			// file's local headers instead, a path that trusts the file far more
			log.info("Refused an XLSX file: {}", ex.toString());
			sink.unreadable(1, "import.notXlsx");
			return;
		}
		String foreignMethod = foreignCompression(zip);
		if (foreignMethod != null) {
			zip.close();
			log.info("Refused an XLSX file: an entry is compressed with {}", foreignMethod);
			sink.unreadable(1, "import.xlsxCompression");
			return;
		}
		try (zip; OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				sink.unreadable(1, "import.emptyFile");
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(sink),
						new LosslessFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (SinkFailure ex) {
			// the import's own failure, not the file's
			throw ex.getCause();
		}
		catch (IOException | RuntimeException | OpenXML4JException | SAXException
				| javax.xml.parsers.ParserConfigurationException ex) {
			// Whatever POI, the zip reader or the XML parser throw means the file is no
			// workbook we can read: a broken zip or XML part, a missing part, a DTD
			// (refused, XXE), an entry that inflates too far (ZipSecureFile, a zip bomb)
			log.info("Refused an XLSX file: {}", ex.toString());
			sink.unreadable(1, isZipBomb(ex) ? "import.xlsxInflatesTooFar" : "import.notXlsx");
		}
	}

	/**
	 * The compression method of the first entry that uses neither of the two an OPC
	 * package may use (ECMA-376 Part 2, annex C: stored and deflate), or null. The zip
	 * reader knows others, and would load a codec for them that is not on our class path.
	 */
	private static @Nullable String foreignCompression(ZipSecureFile zip) {
		for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
			int method = entry.getMethod();
			if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
				return String.valueOf(ZipMethod.getMethodByCode(method));
			}
		}
		return null;
	}

	private static boolean isZipBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb detected") || message.contains("exceed the max size")) {
				return true;
			}
		}
		return false;
	}

	/** Carries an exception of the sink (the import) past the catch of file errors. */
	private static final class SinkFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		SinkFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	/**
	 * Assembles the cells of a row (missing cells are empty) and hands each row to the
	 * sink.
	 */
	private static final class RowCollector implements SheetContentsHandler {

		private final RowSink sink;

		private final List<String> cells = new ArrayList<>();

		private boolean headerSeen;

		RowCollector(RowSink sink) {
			this.sink = sink;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			try {
				if (!this.headerSeen) {
					this.headerSeen = true;
					this.sink.header(List.copyOf(this.cells));
				}
				else {
					this.sink.row(rowNum + 1L, List.copyOf(this.cells));
				}
			}
			catch (RuntimeException ex) {
				throw new SinkFailure(ex);
			}
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
			int column = (reference == null) ? this.cells.size() : new CellReference(reference).getCol();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add(value == null ? "" : value);
		}

	}

	/**
	 * Formats numeric cells as plain decimals, never rounded to a display format, and
	 * date cells as ISO dates (with time only when there is one).
	 */
	private static final class LosslessFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
				return (dateTime.toLocalTime().toSecondOfDay() == 0) ? dateTime.toLocalDate().toString()
						: dateTime.toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

}
