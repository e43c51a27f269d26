package no.symbiose.app.e2e;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import no.symbiose.app.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no WCAG 2.1 A/AA violation on the public pages, in bokmål and English. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityE2eTest {

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

	@ParameterizedTest
	@ValueSource(strings = { "/?lang=nb", "/?lang=en", "/map?lang=nb", "/parks", "/parks/" + WebFixture.PARK_KEY,
			"/parks/no-such-park", "/sources" })
	void hasNoWcag21AaViolations(String path) {
		browser.go(path);
		if (!browser.driver().findElements(By.cssSelector("[data-symbiose-map]")).isEmpty()) {
			browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> "true"
				.equals(driver.findElement(By.cssSelector("[data-symbiose-map]")).getDomAttribute("data-loaded")));
		}

		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());

		assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + "\n    " + rule.getNodes()
				.stream()
				.map(node -> node.getTarget() + " " + node.getHtml())
				.collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

}
