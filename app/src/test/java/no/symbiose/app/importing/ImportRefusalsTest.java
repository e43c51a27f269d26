package no.symbiose.app.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import no.symbiose.app.FuzzChecks;
import no.symbiose.app.IntegrationTest;

import static no.symbiose.app.importing.ImportFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files the fuzz tests found or that must be refused whatever the fuzzer does: each is
 * answered with a message a person can act on, and changes nothing.
 */
@IntegrationTest
class ImportRefusalsTest {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void refusesANulCharacterInACellInsteadOfFailingInTheDatabase() {
		FuzzChecks checks = new FuzzChecks(this.jdbc, this.transactions);
		String before = checks.checksum();

		ImportReport report = this.imports.importFile(Table.PARKS, Format.CSV,
				csv("park_key,name,kind,county_number,source", "t-nul,Nul park,industripark,40,a\u0000b"),
				ImportFuzzing.ADMIN);

		assertThat(report.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(2);
			assertThat(error.column()).isEqualTo("source");
			assertThat(error.value()).isEqualTo("a\uFFFDb");
			assertThat(error.messageEn()).startsWith("The cell contains a null character");
		});
		assertThat(FuzzChecks.changedTables(before, checks.checksum())).isEmpty();
	}

	@Test
	void namesAnUnclosedQuoteWithoutJavaText() {
		ImportReport report = this.imports.importFile(Table.PARKS, Format.CSV,
				csv("park_key,name,kind,county_number", "t-quote,\"Open park,industripark,40"), ImportFuzzing.ADMIN);

		assertThat(report.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(2);
			assertThat(error.messageEn()).isEqualTo("A cell that starts with a quote (\") is never closed, so the file"
					+ " cannot be read from here on. Close the quote, or write \"\" for a quote inside a cell.");
			assertThat(error.messageNb()).startsWith("En celle som begynner med anførselstegn");
		});
	}

	@Test
	void namesTextAfterAClosingQuote() {
		ImportReport report = this.imports.importFile(Table.PARKS, Format.CSV,
				csv("park_key,name,kind,county_number", "t-quote,\"Park\" AS,industripark,40"), ImportFuzzing.ADMIN);

		assertThat(report.errors()).singleElement()
			.satisfies(error -> assertThat(error.messageEn()).startsWith("Text follows the quote that closes a cell"));
	}

	@Test
	void refusesAnEmptyXlsxFileAsEmpty() {
		ImportReport report = this.imports.importFile(Table.PARKS, Format.XLSX, new ByteArrayInputStream(new byte[0]),
				ImportFuzzing.ADMIN);

		assertThat(report.errors()).singleElement()
			.satisfies(error -> assertThat(error.messageEn()).isEqualTo("The file is empty or has no header row."));
	}

	/**
	 * XXE: a workbook part whose DTD declares an external entity, one a file with a
	 * secret and one a URL on a local port. The file is refused, the secret appears in no
	 * message and nobody connects to the port: the entity is never resolved.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
			"[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels" })
	void refusesAWorkbookPartWithAnExternalEntityWithoutResolvingIt(String part, @TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "SECRET-7f3a");
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(300);
			String doctype = "<!DOCTYPE x [<!ENTITY file SYSTEM \"%s\"><!ENTITY url SYSTEM \"http://127.0.0.1:%d/x\">]>"
				.formatted(secret.toUri(), server.getLocalPort());
			byte[] file = withDoctype(parkWorkbook(), part, doctype);
			FuzzChecks checks = new FuzzChecks(this.jdbc, this.transactions);
			String before = checks.checksum();

			ImportReport report = this.imports.importFile(Table.PARKS, Format.XLSX, new ByteArrayInputStream(file),
					ImportFuzzing.ADMIN);

			assertThat(report.succeeded()).as("a workbook whose %s declares external entities", part).isFalse();
			assertThat(report.errors()).allSatisfy(error -> {
				assertThat(error.messageEn() + error.messageNb() + error.value()).doesNotContain("SECRET-7f3a");
				FuzzChecks.assertReadable(part, error.messageEn());
			});
			assertThat(connections(server)).as("connections to the entity's URL").isZero();
			assertThat(FuzzChecks.changedTables(before, checks.checksum())).isEmpty();
		}
	}

	/**
	 * A zip bomb: the sheet is 5 MB of blanks that deflate to a few kilobytes, over a
	 * thousand times; POI's ZipSecureFile allows at most a hundred.
	 */
	@Test
	void refusesAWorkbookWhoseSheetInflatesAThousandTimes() throws IOException {
		String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
				+ " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ " ".repeat(5_000_000) + "</sheetData></worksheet>";
		byte[] file = replaced(parkWorkbook(), "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));

		ImportReport report = this.imports.importFile(Table.PARKS, Format.XLSX, new ByteArrayInputStream(file),
				ImportFuzzing.ADMIN);

		assertThat(report.errors()).singleElement()
			.satisfies(error -> assertThat(error.messageEn())
				.startsWith("The file unpacks to far more than its own size"));
	}

	/**
	 * Found by the fuzzing run of a build: a part compressed with zstd (zip method 93),
	 * which OPC does not allow. The zip reader would load a codec we do not ship and fail
	 * with a NoClassDefFoundError, an error no catch of exceptions stops.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "[Content_Types].xml", "xl/worksheets/sheet1.xml" })
	void refusesAWorkbookWithAPartCompressedWithZstd(String part) throws IOException {
		byte[] file = withMethod(parkWorkbook(), part, 93);
		FuzzChecks checks = new FuzzChecks(this.jdbc, this.transactions);
		String before = checks.checksum();

		ImportReport report = this.imports.importFile(Table.PARKS, Format.XLSX, new ByteArrayInputStream(file),
				ImportFuzzing.ADMIN);

		assertThat(report.errors()).singleElement().satisfies(error -> {
			assertThat(error.messageEn()).startsWith("The file uses a compression method XLSX workbooks may not use");
			assertThat(error.messageNb()).startsWith("Filen bruker en komprimeringsmetode");
		});
		assertThat(FuzzChecks.changedTables(before, checks.checksum())).isEmpty();
	}

	/**
	 * A workbook whose end, the zip's central directory, is cut off (an upload that broke
	 * off), here with its parts' local headers saying zstd as the fuzzer's file did. POI
	 * would read the local headers instead; the file is refused before that.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void refusesAWorkbookWhoseCentralDirectoryIsCutOff(boolean zstd) throws IOException {
		byte[] whole = zstd ? withMethod(parkWorkbook(), "[Content_Types].xml", 93) : parkWorkbook();
		byte[] file = java.util.Arrays.copyOf(whole, whole.length - 10);
		FuzzChecks checks = new FuzzChecks(this.jdbc, this.transactions);
		String before = checks.checksum();

		ImportReport report = this.imports.importFile(Table.PARKS, Format.XLSX, new ByteArrayInputStream(file),
				ImportFuzzing.ADMIN);

		assertThat(report.errors()).singleElement()
			.satisfies(error -> assertThat(error.messageEn()).isEqualTo("The file is not a valid XLSX workbook."));
		assertThat(FuzzChecks.changedTables(before, checks.checksum())).isEmpty();
	}

	@Test
	void importsTheWorkbookThatIsRefusedWhenCutOff() throws IOException {
		byte[] file = parkWorkbook();
		FuzzChecks checks = new FuzzChecks(this.jdbc, this.transactions);

		ImportReport report = checks.inRolledBackTransaction("whole workbook", new FuzzChecks.Outcome<ImportReport>() {
			@Override
			public ImportReport run() {
				return ImportRefusalsTest.this.imports.importFile(Table.PARKS, Format.XLSX,
						new ByteArrayInputStream(file), ImportFuzzing.ADMIN);
			}

			@Override
			public boolean refused(ImportReport answer) {
				return !answer.succeeded();
			}
		});

		assertThat(report.errors()).isEmpty();
		assertThat(report.inserted()).isEqualTo(1);
	}

	/** A one-row parks workbook, with shared strings, as Excel writes it. */
	private static byte[] parkWorkbook() throws IOException {
		try (InputStream in = ImportFixtures.xlsx(List.of("park_key", "name", "kind", "county_number"),
				List.of(List.of("t-xxe", "&file;&url;", "industripark", "40")))) {
			return in.readAllBytes();
		}
	}

	/**
	 * The part with the DTD after its XML declaration, and the entities used in its first
	 * element.
	 */
	private static byte[] withDoctype(byte[] xlsx, String part, String doctype) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean found = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(part)) {
					found = true;
					String xml = new String(content, StandardCharsets.UTF_8);
					int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
					xml = xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
					int firstElementEnd = xml.indexOf('>', afterDeclaration + doctype.length());
					xml = xml.substring(0, firstElementEnd + 1) + "&file;&url;" + xml.substring(firstElementEnd + 1);
					content = xml.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		assertThat(found).as("the workbook has a part %s", part).isTrue();
		return out.toByteArray();
	}

	private static byte[] replaced(byte[] xlsx, String part, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] original = in.readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals(part) ? content : original);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static int connections(ServerSocket server) throws IOException {
		AtomicInteger count = new AtomicInteger();
		while (true) {
			try (Socket ignored = server.accept()) {
				count.incrementAndGet();
			}
			catch (SocketTimeoutException none) {
				return count.get();
			}
		}
	}

	/**
	 * The workbook with every part stored, and {@code part}'s compression method in its
	 * local header and central directory entry set to {@code method}; the part's bytes
	 * stay stored, what matters is the method a reader is told.
	 */
	static byte[] withMethod(byte[] xlsx, String part, int method) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				ZipEntry stored = new ZipEntry(entry.getName());
				stored.setMethod(ZipEntry.STORED);
				stored.setSize(content.length);
				stored.setCompressedSize(content.length);
				java.util.zip.CRC32 crc = new java.util.zip.CRC32();
				crc.update(content);
				stored.setCrc(crc.getValue());
				zip.putNextEntry(stored);
				zip.write(content);
				zip.closeEntry();
			}
		}
		byte[] file = out.toByteArray();
		java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(file).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		byte[] name = part.getBytes(StandardCharsets.UTF_8);
		int patched = 0;
		for (int at = 0; at + 46 < file.length; at++) {
			int signature = bytes.getInt(at);
			// local file header: method at 8, name length at 26, name at 30; central
			// directory entry: method at 10, name length at 28, name at 46
			int methodAt = (signature == 0x04034b50) ? 8 : (signature == 0x02014b50) ? 10 : -1;
			if (methodAt < 0) {
				continue;
			}
			int nameAt = (methodAt == 8) ? 30 : 46;
			int nameLength = Short.toUnsignedInt(bytes.getShort(at + nameAt - ((methodAt == 8) ? 4 : 18)));
			if (nameLength == name.length
					&& java.util.Arrays.equals(file, at + nameAt, at + nameAt + nameLength, name, 0, name.length)) {
				bytes.putShort(at + methodAt, (short) method);
				patched++;
			}
		}
		assertThat(patched).as("headers of %s", part).isEqualTo(2);
		return file;
	}

}
