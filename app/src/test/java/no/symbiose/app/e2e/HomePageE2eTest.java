package no.symbiose.app.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageE2eTest extends BrowserTest {

	@Test
	void speaksBokmalFirstAndSwitchesToEnglish() {
		HomePage home = HomePage.open(browser);
		browser.screenshot("home-nb");

		assertThat(home.language()).isEqualTo("nb");
		assertThat(home.heading()).isEqualTo("Industriell symbiose i norske parker");
		assertThat(home.navigationText()).contains("Kart", "Parker", "Bedrifter", "Import", "API-dokumentasjon");

		HomePage english = home.switchTo("en");
		browser.screenshot("home-en");

		assertThat(english.language()).isEqualTo("en");
		assertThat(english.heading()).isEqualTo("Industrial symbiosis in Norway's parks");
		assertThat(english.navigationText()).contains("Map", "Parks", "Companies", "API documentation");

		// the choice is remembered on the next page, and can be switched back
		browser.go("/parks");
		assertThat(browser.htmlLang()).isEqualTo("en");
		HomePage.open(browser).switchTo("nb");
		assertThat(browser.htmlLang()).isEqualTo("nb");
	}

	@Test
	void countsTheFixturesParkCompaniesAndStreams() {
		HomePage home = HomePage.open(browser);

		assertThat(home.total("parks")).isGreaterThanOrEqualTo(1);
		assertThat(home.total("companies")).isGreaterThanOrEqualTo(2);
		assertThat(home.total("streams")).isGreaterThanOrEqualTo(3);
	}

}
