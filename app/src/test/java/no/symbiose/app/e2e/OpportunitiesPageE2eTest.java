package no.symbiose.app.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture's smelter offers public excess heat and its neighbour greenhouse needs
 * public heat, so even a visitor who is not logged in sees that opportunity.
 */
class OpportunitiesPageE2eTest extends BrowserTest {

	@Test
	void showsTheOpportunitiesAsLinesOnTheMapAndRowsInTheTable() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();

		OpportunitiesPage page = OpportunitiesPage.open(browser, "?county=40");
		browser.screenshot("opportunities");

		assertThat(page.lines()).isGreaterThanOrEqualTo(1);
		assertThat(page.map().getDomAttribute("aria-label")).contains("tabellen under kartet");
		assertThat(page.exchanges())
			.anySatisfy(row -> assertThat(row).contains(WebFixture.SMELTER_NAME).contains(WebFixture.GREENHOUSE_NAME));
		assertThat(page.firstExplanation()).anySatisfy(step -> assertThat(step).startsWith("Regel:"));
	}

}
