package no.symbiose.app.e2e;

import no.symbiose.app.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageE2eTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		WebFixture.install(jdbc);
		browser = Browser.open(port);
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

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
