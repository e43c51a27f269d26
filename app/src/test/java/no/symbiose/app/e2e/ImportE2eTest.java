package no.symbiose.app.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the import page in a real browser (docs/import-formats.md): the counts
 * after a good file, "unchanged" the second time, every error of a bad file with its row,
 * and a reporter who may not import another company's streams.
 */
class ImportE2eTest extends BrowserTest {

	/** Celsa Armeringsstål (Mo i Rana), a demo company. */
	static final String CELSA = "hotmaps:742";

	/** Yara Porsgrunn, a demo company Celsa's reporter does not speak for. */
	static final String YARA = "hotmaps:750";

	static final String HEADER = "company_key,year,stream_key,direction,name,material_class,heat_medium,temperature_c,quantity,unit,confidentiality,source\n";

	@TempDir
	Path files;

	@BeforeEach
	void startLoggedOut() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void importsTwoNewStreamsAndTheSameFileAgainChangesNothing() throws IOException {
		Path file = csv("celsa-streams.csv", HEADER
				+ "hotmaps:742,2025,e2e-mill-scale,side_stream,Glødeskall fra valseverket (E2E),ferrous_metals,,,1800,t/yr,public,E2E-import\n"
				+ "hotmaps:742,2025,e2e-cooling-heat,excess_heat,Kjølevann fra ovnen (E2E),,cooling_water,45,52000,MWh/yr,private,E2E-import\n");
		LoginPage.open(browser).logInAs("admin", "demo");

		ImportPage first = ImportPage.open(browser).upload("Strømmer", file);

		assertThat(first.errors()).isEmpty();
		assertThat(first.successMessage())
			.hasValue("Importen av Strømmer er fullført: 2 rader, 2 nye, 0 endret, 0 uendret.");
		assertThat(streamsOf(CELSA, "e2e-%")).isEqualTo(2);

		ImportPage again = ImportPage.open(browser).upload("Strømmer", file);

		assertThat(again.successMessage())
			.hasValue("Importen av Strømmer er fullført: 2 rader, 0 nye, 0 endret, 2 uendret.");
		assertThat(streamsOf(CELSA, "e2e-%")).isEqualTo(2);
	}

	@Test
	void listsEveryErrorWithItsRowAndChangesNothing() throws IOException {
		// row 2 is fine, rows 3, 4 and 5 each break one rule; row numbers as a
		// spreadsheet shows them
		Path file = csv("bad-streams.csv", HEADER
				+ "hotmaps:742,2025,e2e-ok-row,side_stream,Støv fra filteret (E2E),ferrous_metals,,,10,t/yr,public,E2E\n"
				+ "hotmaps:742,tjuetjuefem,e2e-bad-year,side_stream,Feil år (E2E),ferrous_metals,,,10,t/yr,public,E2E\n"
				+ "hotmaps:742,2025,e2e-bad-quantity,side_stream,Feil mengde (E2E),ferrous_metals,,,mye,t/yr,public,E2E\n"
				+ "hotmaps:999999,2025,e2e-bad-company,side_stream,Ukjent bedrift (E2E),ferrous_metals,,,10,t/yr,public,E2E\n");
		long streamsBefore = allStreams();
		LoginPage.open(browser).logInAs("admin", "demo");

		ImportPage page = ImportPage.open(browser).upload("Strømmer", file);
		browser.screenshot("import-errors");

		assertThat(page.successMessage()).isEmpty();
		assertThat(page.failureMessage()).hasValueSatisfying(message -> assertThat(message)
			.isEqualTo("Ingenting ble endret. Filen har 3 feil; rett dem og last opp filen på nytt."));
		assertThat(page.errors()).extracting(cells -> cells.get(0)).containsExactly("3", "4", "5");
		assertThat(page.errors()).extracting(cells -> cells.get(1)).containsExactly("year", "quantity", "company_key");
		assertThat(page.errors().get(1).get(3))
			.isEqualTo("«mye» er ikke et tall (bruk punktum som desimaltegn, for eksempel 12.5)");
		assertThat(allStreams()).isEqualTo(streamsBefore);
	}

	@Test
	void aCompanyReporterCannotImportAnotherCompanysStreams() throws IOException {
		Path file = csv("yara-streams.csv", HEADER
				+ "hotmaps:750,2025,e2e-not-mine,side_stream,Ikke min strøm (E2E),ferrous_metals,,,10,t/yr,public,E2E\n");
		long yaraStreamsBefore = streamsOf(YARA, "%");
		LoginPage.open(browser).logInAs("rapportor-celsa", "demo");

		ImportPage page = ImportPage.open(browser).upload("Strømmer", file);
		browser.screenshot("import-refused");

		assertThat(page.successMessage()).isEmpty();
		assertThat(page.failureMessage())
			.hasValueSatisfying(message -> assertThat(message).startsWith("Ingenting ble endret."));
		assertThat(page.errors()).hasSize(1);
		assertThat(page.errors().get(0)).containsExactly("2", "company_key", "hotmaps:750",
				"Du kan bare importere tall for din egen bedrift, ikke hotmaps:750");
		assertThat(streamsOf(YARA, "%")).isEqualTo(yaraStreamsBefore);
	}

	@Test
	void aCompanyReporterMayNotImportParks() throws IOException {
		Path file = csv("parks.csv", "park_key,name,kind,county_number\ne2e-ny-park,Ny park (E2E),industripark,18\n");
		LoginPage.open(browser).logInAs("rapportor-celsa", "demo");

		ImportPage page = ImportPage.open(browser).upload("Parker", file);

		assertThat(page.formError()).hasValue("Du har ikke lov til å importere denne tabellen.");
		assertThat(page.successMessage()).isEmpty();
		assertThat(jdbc.sql("select count(*) from park where park_key = 'e2e-ny-park'").query(Long.class).single())
			.isZero();
	}

	private Path csv(String name, String content) throws IOException {
		return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
	}

	private long streamsOf(String companyKey, String streamKeyLike) {
		return jdbc.sql("""
				select count(*) from stream s join company c on c.id = s.company_id
				where c.company_key = :company and s.stream_key like :like""")
			.param("company", companyKey)
			.param("like", streamKeyLike)
			.query(Long.class)
			.single();
	}

	private long allStreams() {
		return jdbc.sql("select count(*) from stream").query(Long.class).single();
	}

}
