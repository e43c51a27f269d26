package no.symbiose.app.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class ParkPagesE2eTest extends BrowserTest {

	@Test
	void listsTheParkWithUnknownLandInUseAsMissing() {
		ParksPage parks = ParksPage.open(browser);
		browser.screenshot("parks");

		// used land unknown, total 1200.5 daa written the Norwegian way (no-break space,
		// comma)
		assertThat(parks.landCell(WebFixture.PARK_KEY).replace('\u00A0', ' ')).isEqualTo("mangler / 1 200,5 daa");
		assertThat(parks.row(WebFixture.PARK_KEY).getText()).contains("Industripark", "Telemark", "Porsgrunn", "95 %");
	}

	@Test
	void showsTheParksFactsWithSourcesAndItsTenants() {
		ParkPage park = ParksPage.open(browser).openPark(WebFixture.PARK_NAME);
		browser.waitUpTo(java.time.Duration.ofSeconds(20))
			.until(driver -> "true"
				.equals(driver.findElement(By.cssSelector("[data-symbiose-map]")).getDomAttribute("data-loaded")));
		browser.screenshot("park");

		assertThat(park.heading()).isEqualTo(WebFixture.PARK_NAME);
		assertThat(park.figure("land-total").replace('\u00A0', ' ')).isEqualTo("1 200,5 daa");
		assertThat(park.figureIsMarkedMissing("land-used")).isTrue();
		assertThat(park.figure("land-used")).contains("mangler");
		assertThat(park.figure("building-use").replace('\u00A0', ' ')).isEqualTo("95 %");
		assertThat(park.source()).isEqualTo("Kilde for tallene\nE2E-fixture: oppdiktet park");
		assertThat(park.tenants()).containsExactly(WebFixture.SMELTER_NAME, WebFixture.GREENHOUSE_NAME);
		assertThat(park.hasMap()).isTrue();
	}

	@Test
	void leadsFromTheParkPageToTheParksClimateAccount() {
		ParkPage.open(browser, WebFixture.PARK_KEY);

		browser.clickAndWaitForNextPage(browser.driver().findElement(By.id("park-accounts")));
		String hub = browser.driver().findElement(By.tagName("h1")).getText();
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText("Klimaregnskap")));
		browser.screenshot("park-climate-account");

		assertThat(hub).startsWith("Regnskap for " + WebFixture.PARK_NAME + ", ");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText())
			.startsWith("Klimaregnskap for " + WebFixture.PARK_NAME + ", ");
		assertThat(browser.driver().findElement(By.cssSelector("nav.ds-breadcrumbs")).getText()).contains("Hele landet",
				"Telemark", WebFixture.PARK_NAME);
	}

	@Test
	void answersAnUnknownParkWithTheNotFoundPageInTheLayout() {
		browser.go("/parks/no-such-park");
		browser.screenshot("park-404");

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Vi fant ikke siden");
		assertThat(browser.driver().findElements(By.cssSelector("header nav a"))).isNotEmpty();
		assertThat(browser.htmlLang()).isEqualTo("nb");
	}

}
