package no.symbiose.app.e2e;

import no.symbiose.app.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: the app on a random port with the demo data and the
 * {@link WebFixture} rows, one headless Chromium per test class, and after each test the
 * check that no page broke the Content Security Policy.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		WebFixture.install(this.jdbc);
		this.browser = Browser.open(this.port);
	}

	/**
	 * No page a test visited broke the Content Security Policy: no inline style or script
	 * was refused, nothing was loaded from elsewhere.
	 */
	@AfterEach
	void keptToTheContentSecurityPolicy() {
		assertThat(this.browser.takeCspViolations()).as("Content Security Policy violations").isEmpty();
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
	}

}
