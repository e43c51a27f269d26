package no.symbiose.app.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator goes from the fixture smelter's company page to its account of 2024
 * and downloads the PDF: 118 000 t CO₂e reported (private facts), and 820 000 MWh of
 * electricity × 15 kg CO₂e/MWh (NVE 2023, the nearest earlier year) = 12 300 t scope 2.
 */
class AccountPageE2eTest extends BrowserTest {

	@BeforeEach
	void startLoggedOut() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void anAdministratorWalksFromTheCompanyPageToTheAccountAndDownloadsThePdf() throws Exception {
		LoginPage.open(browser).logInAs("admin", "demo");

		AccountPage account = CompanyPage.open(browser, WebFixture.SMELTER_KEY).openAccount(2024);
		browser.screenshot("account-company-2024");

		assertThat(account.heading()).isEqualTo(WebFixture.SMELTER_NAME + ": Klima- og energiregnskap 2024");
		assertThat(account.climateValue("scope1")).isEqualTo("118 000 t CO₂e");
		assertThat(account.climateValue("scope2Location")).isEqualTo("12 300 t CO₂e");
		assertThat(account.climateRow("scope2Location")).contains("15 kg CO₂e/MWh", "NVE", "2023");
		assertThat(account.pdfLinkText()).isEqualTo("Klimaregnskapet som PDF");

		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(account.pdfLink()))
				.header("Cookie", account.cookieHeader())
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("klimaregnskap-e2e-smelteverk-2024.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document).replace('\u00A0', ' ')).contains(WebFixture.SMELTER_NAME,
					"118 000");
		}
	}

	@Test
	void aVisitorWithoutLoginGetsNoAccountOfPrivateFacts() throws Exception {
		browser.go("/regnskap/bedrift/" + WebFixture.SMELTER_KEY + "?ar=2024");

		assertThat(browser.driver().getTitle()).doesNotContain(WebFixture.SMELTER_NAME);
		assertThat(AccountPage.on(browser).heading()).doesNotContain("118");
	}

}
