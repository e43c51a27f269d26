package no.symbiose.app.accounting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.accounting.CompanyAccount.BaselineStatus;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.ClimateAccount;
import no.symbiose.engine.registry.GeoPoint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row.MissingCellPolicy;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A company's account recomputed by hand from its facts and the factors of the
 * emission-factor table: Yara Porsgrunn of the demo data (reported) and a company with
 * fuel, electricity and a received side stream made here.
 */
@IntegrationTest
class CompanyAccountTest {

	private static final String YARA = "hotmaps:750";

	/** No-break space: bokmål groups thousands with it. */
	private static final String NBSP = "\u00A0";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompanyAccounts accounts;

	AccountFixtures fixtures;

	Row park;

	Row works;

	Row supplier;

	String admin;

	@BeforeEach
	void aParkWithAWorksThatBurnsFuel() {
		this.fixtures = new AccountFixtures(this.jdbc);
		this.park = this.fixtures.registry().aPark();
		this.works = this.fixtures.tenantAt(this.park, 59.20, 9.60);
		this.supplier = this.fixtures.tenantAt(this.park, 59.10, 9.60);
		// 2024: gas 10 000, oil 1 000, electricity 5 000 of which 1 000 self-produced,
		// biomass 2 000 MWh, peak 1 000 kW. 2023: gas 12 000, electricity 5 000 MWh.
		this.fixtures.energy(this.works, 2024, "private", 10_000.0, 1_000.0, 5_000.0, 1_000.0, 2_000.0, 1_000.0);
		this.fixtures.energy(this.works, 2023, "private", 12_000.0, null, 5_000.0, null, null, null);
		this.admin = this.fixtures.registry().admin();
	}

	@Test
	void takesYaraPorsgrunnsReportedEmissionsAndSaysThereIsNo2023Baseline() throws Exception {
		CompanyAccount account = this.accounts.account(YARA, 2024, Viewer.anonymous()).orElseThrow();

		assertThat(account.climate().scope1().method()).isEqualTo(ClimateAccount.Method.REPORTED);
		assertThat(account.climate().scope1().total().value()).isEqualTo(956_800);
		assertThat(account.baseline().status()).isEqualTo(BaselineStatus.NONE);
		assertThat(account.years()).containsExactly(2024, 2014);

		this.mvc.perform(get("/regnskap/bedrift/" + YARA).param("ar", "2024").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("YARA NORGE AS AVD PORSGRUNN"),
					containsString("956" + NBSP + "800" + NBSP + "t CO₂e"), containsString("ingen 2023-grunnlinje"),
					containsString("Rapportert av bedriften"))));
	}

	@Test
	void recomputesScope1And2FromFuelAndElectricityTimesTheTableFactors() {
		CompanyAccount account = this.accounts.account(this.works.key(), 2024, Viewer.nationalAdmin("t")).orElseThrow();
		ClimateAccount climate = account.climate();

		// IPCC 2006 + AR6 GWP100 (fossil CH4 29.8, N2O 273), × 0.0036 TJ/MWh:
		// gas (56 100 + 1 × 29.8 + 0.1 × 273) = 56 157.1 kg/TJ = 202.16556 kg/MWh
		// gas/diesel oil (74 100 + 3 × 29.8 + 0.6 × 273) = 74 353.2 kg/TJ = 267.67152
		double gas = 56_157.1 * 0.0036;
		double oil = 74_353.2 * 0.0036;
		assertThat(climate.scope1().method()).isEqualTo(ClimateAccount.Method.CALCULATED_FROM_FUEL);
		assertThat(climate.scope1().total().value()).isCloseTo(10_000 * gas / 1000 + 1_000 * oil / 1000, within(1e-6));
		assertThat(climate.scope1().total().value()).isCloseTo(2_289.32712, within(1e-6));
		assertThat(climate.scope1().biogenic().value()).isEqualTo(2_000);
		// bought (5 000 − 1 000) MWh × 15 kg (NVE 2023, the nearest earlier year to 2024)
		// = 60 t; × 402 kg residual mix (2020) = 1 608 t
		assertThat(climate.scope2().locationBased().value()).isCloseTo(60, within(1e-9));
		assertThat(climate.scope2().marketBased().value()).isCloseTo(1_608, within(1e-9));
		AccountFactors.FactorUse grid = account.factors().use("electricity_location").orElseThrow();
		assertThat(grid.usedYear()).isEqualTo(2023);
		assertThat(grid.earlierYear()).isTrue();
		assertThat(account.factors().use("electricity_market").orElseThrow().usedYear()).isEqualTo(2020);
		// 2023: 12 000 × 0.20216556 + 5 000 × 15 / 1 000 = 2 425.98672 + 75 t
		double then = 12_000 * gas / 1000 + 75;
		double now = 2_289.32712 + 60;
		assertThat(account.baseline().status()).isEqualTo(BaselineStatus.KNOWN);
		assertThat(account.baseline().change()).isCloseTo((now - then) / then, within(1e-9));
	}

	@Test
	void booksTheRoadTransportOfAReceivedSideStreamOnTheReceiver() {
		this.fixtures.realised(this.supplier, this.works, 2024, "slag", null, 500, 500, "t/yr");

		CompanyAccount account = this.accounts.account(this.works.key(), 2024, Viewer.nationalAdmin("t")).orElseThrow();

		// 500 t × (great-circle km × 1.3) × 0.12366 kg/tkm
		double km = GeoPoint.of(59.10, 9.60).distanceKmTo(GeoPoint.of(59.20, 9.60));
		ClimateAccount.UpstreamTransportAccount transport = account.climate().upstreamTransport();
		assertThat(transport.lines()).hasSize(1);
		assertThat(transport.total().value()).isCloseTo(500 * km * 1.3 * 0.12366 / 1000, within(1e-9));
		assertThat(account.secondaryMaterials().value()).isEqualTo(500);
		assertThat(account.climate().totalLocationBased().value())
			.isCloseTo(2_289.32712 + 60 + transport.total().value(), within(1e-6));
	}

	@Test
	void givesSelfProductionUtilisationHoursAndThermalRecovery() {
		// the works delivers 2 500 MWh of its 10 000 MWh excess heat to the supplier
		this.fixtures.realised(this.works, this.supplier, 2024, null, "hot_water", 10_000, 2_500, "MWh/yr");

		CompanyAccount account = this.accounts.account(this.works.key(), 2024, Viewer.nationalAdmin("t")).orElseThrow();

		assertThat(account.energy().selfProducedShare()).isCloseTo(1_000.0 / 5_000, within(1e-12));
		assertThat(account.energy().utilisationHours()).isCloseTo(5_000.0 * 1000 / 1_000, within(1e-9));
		assertThat(account.energy().heatRecovery().efficiency()).isCloseTo(2_500.0 / 10_000, within(1e-12));
	}

	@Test
	void answersNotFoundToAViewerWhoMayNotSeeTheFacts() throws Exception {
		Row other = this.fixtures.registry().aCompany();
		String stranger = this.fixtures.registry().reporter(other);
		String facilitator = this.fixtures.registry().facilitator(this.park);

		assertThat(this.accounts.account(this.works.key(), 2024, Viewer.anonymous())).isEmpty();
		this.mvc.perform(get("/regnskap/bedrift/" + this.works.key()).with(as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/regnskap/bedrift/" + this.works.key() + "/klimaregnskap.pdf").with(as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/accounts/companies/" + this.works.key()).with(as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/regnskap/bedrift/" + this.works.key()).with(as(facilitator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Klima- og energiregnskap 2024")));
		this.mvc.perform(get("/regnskap/bedrift/" + this.works.key())).andExpect(status().isNotFound());
	}

	@Test
	void leavesScope3UnknownWhenAnExchangeIsHiddenFromTheViewer() {
		this.jdbc.sql("update yearly_facts set confidentiality = 'public' where company_id = :c")
			.param("c", this.works.id())
			.update();
		this.fixtures.realised(this.supplier, this.works, 2024, "slag", null, 500, 500, "t/yr");

		CompanyAccount anonymous = this.accounts.account(this.works.key(), 2024, Viewer.anonymous()).orElseThrow();
		CompanyAccount admin = this.accounts.account(this.works.key(), 2024, Viewer.nationalAdmin("t")).orElseThrow();

		assertThat(anonymous.receivedWithheld()).isEqualTo(1);
		assertThat(anonymous.climate().upstreamTransport().total()).isNull();
		assertThat(anonymous.climate().upstreamTransport().lines()).isEmpty();
		assertThat(admin.climate().upstreamTransport().total()).isNotNull();
	}

	@Test
	void printsThePdfWithTheCompanyNameAndScope1InAnEmbeddedFont() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/regnskap/bedrift/" + YARA + "/klimaregnskap.pdf").param("ar", "2024").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("klimaregnskap-hotmaps-750-2024.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		// kept for a person to look at, as the browser tests keep their screenshots
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "klimaregnskap-yara-2024.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace(NBSP, " ");
			assertThat(text).contains("YARA NORGE AS AVD PORSGRUNN", "956 800", "Klimaregnskap",
					"ingen 2023-grunnlinje", "Forbrenning", "Strøm");
			for (var name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
		}
	}

	@Test
	void writesTheReportAsStandaloneHtml() throws Exception {
		this.mvc
			.perform(get("/regnskap/bedrift/" + YARA + "/klimaregnskap.html").param("ar", "2024").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(allOf(containsString("<style>"), containsString("956" + NBSP + "800"),
					containsString("YARA NORGE AS AVD PORSGRUNN"))));
	}

	@Test
	void protectsCsvCellsThatASpreadsheetWouldRunAsAFormula() throws Exception {
		// The name is put back afterwards: the import tests export every company and
		// compare CSV with XLSX, which keep such a name differently.
		String name = this.jdbc.sql("select name from company where id = :id")
			.param("id", this.works.id())
			.query(String.class)
			.single();
		this.jdbc.sql("update company set name = '=HYPERLINK(\"http://evil\")' where id = :id")
			.param("id", this.works.id())
			.update();
		try {
			String csv = this.mvc
				.perform(get("/regnskap/bedrift/" + this.works.key() + "/klimaregnskap.csv").with(as(this.admin)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

			assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",=HYPERLINK");
			assertThat(csv.lines().filter(line -> line.contains("Scope 1:")).findFirst().orElseThrow())
				.contains("2289.32712");
		}
		finally {
			this.jdbc.sql("update company set name = :name where id = :id")
				.param("name", name)
				.param("id", this.works.id())
				.update();
		}
	}

	@Test
	void writesTheReportAsXlsxWithNumbersAsNumbers() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/regnskap/bedrift/" + YARA + "/klimaregnskap.xlsx").param("ar", "2024").with(as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			org.apache.poi.ss.usermodel.Row scope1 = sheet.getRow(1);
			assertThat(scope1.getCell(4).getStringCellValue()).startsWith("Scope 1");
			assertThat(scope1.getCell(5, MissingCellPolicy.RETURN_NULL_AND_BLANK).getNumericCellValue())
				.isEqualTo(956_800);
		}
	}

	@Test
	void fillsTheEsrsDatapointsItCanAndSaysWhichItCannot() throws Exception {
		String csv = this.mvc
			.perform(get("/regnskap/bedrift/" + YARA + "/esrs.csv").param("ar", "2024").with(as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv.lines().filter(line -> line.contains(",E1-6_07,")).findFirst().orElseThrow())
			.contains(",956800,");
		assertThat(csv.lines().filter(line -> line.contains(",E1-6_17,")).findFirst().orElseThrow())
			.contains("ikke tilgjengelig");
		assertThat(csv).contains(",E1-5_09,", ",E5-4_02,", ",E5-5_07,", ",E5-5_08,", ",E5-5_15,");
	}

	@Test
	void saysAYearThatIsNotOneOnThePageAndAnswers400ForADownload() throws Exception {
		this.mvc.perform(get("/regnskap/bedrift/" + YARA).param("ar", "tjuefire").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("«tjuefire» er ikke et årstall")));
		this.mvc
			.perform(get("/regnskap/bedrift/" + YARA + "/klimaregnskap.pdf").param("ar", "tjuefire")
				.with(as(this.admin)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/regnskap/bedrift/" + YARA).param("ar", "2019").with(as(this.admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void answersTheCompanyAccountOverTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/accounts/companies/" + YARA).param("ar", "2024").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companyName").value("YARA NORGE AS AVD PORSGRUNN"))
			.andExpect(jsonPath("$.climate[0].key").value("scope1"))
			.andExpect(jsonPath("$.climate[0].value").value(956_800.0))
			.andExpect(jsonPath("$.baseline.status").value("NONE"));
	}

	@Test
	void linksTheAccountFromTheCompanyPage() throws Exception {
		this.mvc.perform(get("/companies/" + YARA).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/regnskap/bedrift/hotmaps:750?ar=2024")));
	}

	private RequestPostProcessor as(String username) {
		String role = this.jdbc.sql("select role from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
		return user(username).roles(role.toUpperCase(Locale.ROOT));
	}

}
