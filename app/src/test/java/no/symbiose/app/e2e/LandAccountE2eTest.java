package no.symbiose.app.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor finds the land account from the accounts' front page and reads 002's figures;
 * Herøya's facilitator maps a free plot, is told what was wrong with a bad one, and
 * removes it again.
 */
class LandAccountE2eTest extends BrowserTest {

	/**
	 * Other tests' parks with own 2024 figures are set aside while 002's are compared.
	 */
	private static final int ASIDE_YEAR = 1997;

	@org.junit.jupiter.api.BeforeEach
	void setOtherTestsFiguresAside() {
		this.jdbc.sql("update park set land_year = :aside where land_year = 2024").param("aside", ASIDE_YEAR).update();
	}

	@AfterEach
	void logOut() {
		this.jdbc.sql("update park set land_year = 2024 where land_year = :aside").param("aside", ASIDE_YEAR).update();
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void theNationalLandAccountShowsSeventyNinePercentBesideTheTarget() {
		// other tests add facts of other years, so the year is chosen rather than assumed
		LandAccountPage page = LandAccountPage.fromTheAccountsPage(browser).showYear(2024);
		browser.screenshot("land-account");

		assertThat(page.heading()).isEqualTo("Areal og bygg for hele landet, 2024");
		assertThat(page.total("land-use")).isEqualTo("79 %");
		assertThat(page.target("land-use")).isEqualTo("90 %");
		assertThat(page.total("land-total")).isEqualTo("18 000 daa");
		assertThat(page.total("land-free")).isEqualTo("3 700 daa");
		assertThat(page.total("building-use")).isEqualTo("96 %");
		assertThat(page.target("building-use")).isEqualTo("98 %");
		assertThat(page.total("building-free")).isEqualTo("30 000 m²");
		assertThat(page.surveyCoverage()).containsExactly("7 av 8 parker svarte.");
		assertThat(page.hasPlotForm()).isFalse();
	}

	@Test
	void herøyasFacilitatorMapsAFreePlotAndIsToldWhatWasWrongWithABadOne() {
		LoginPage.open(browser).logInAs("fasilitator-heroya", "demo");
		LandAccountPage page = LandAccountPage.open(browser, "?park=heroya");

		page.addPlot("E2E-tomt uten areal", "-3");
		browser.screenshot("land-plot-refused");
		assertThat(page.fieldError("areaDaa")).isEqualTo("Arealet \u22123 daa må være større enn null");
		assertThat(page.plots()).doesNotContain("E2E-tomt uten areal");

		page.addPlot("E2E-tomt", "12,5");
		browser.screenshot("land-plot-added");
		assertThat(page.notice()).isEqualTo("Tomten «E2E-tomt» er lagt til.");
		assertThat(page.plots()).contains("E2E-tomt");

		page.removePlot("E2E-tomt");
		assertThat(page.plots()).doesNotContain("E2E-tomt");
	}

}
