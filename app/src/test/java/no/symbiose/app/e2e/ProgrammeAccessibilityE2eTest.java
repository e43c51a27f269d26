package no.symbiose.app.e2e;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no WCAG 2.1 A/AA violation on the programme's pages, public and behind
 * the login, nor on the decision form with its refusal; a visitor reads the overview.
 */
class ProgrammeAccessibilityE2eTest extends BrowserTest {

	@BeforeEach
	void startLoggedOut() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/program", "/program?lang=en", "/program?ar=2024" })
	void thePublicPagesHaveNoWcag21AaViolations(String path) {
		browser.go(path);
		assertNoViolations(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/program/park/heroya?ar=2024", "/program/park/heroya?ar=2024&lang=en",
			"/program/park/heroya/mangler?ar=2024", "/program/park/" + WebFixture.PARK_KEY + "/mangler?ar=2024" })
	void theParkPagesHaveNoWcag21AaViolations(String path) {
		LoginPage.open(browser).logInAs("admin", "demo");
		browser.go(path);
		assertNoViolations(path);
	}

	@Test
	void aRefusedDecisionHasNoWcag21AaViolations() {
		LoginPage.open(browser).logInAs("admin", "demo");
		browser.go("/program/park/heroya");

		browser.clickAndWaitForNextPage(
				browser.driver().findElement(By.cssSelector("#decision-form button[type=submit]")));

		assertThat(browser.driver().findElement(By.id("decision-errors")).getText()).contains("må fylles ut");
		assertNoViolations("/program/park/heroya?decision-errors");
	}

	@Test
	void aVisitorSeesTheProgressTowardsTheHundredAreas() {
		browser.go("/program");

		assertThat(browser.driver().findElement(By.id("programme-net-zero")).getText())
			.contains("av målet på 100 områder har netto nullutslipp");
		assertThat(browser.driver().findElements(By.cssSelector("#programme-parks tbody tr"))).hasSizeGreaterThan(7);
	}

	private void assertNoViolations(String path) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());
		browser.screenshot("a11y" + path.replaceAll("[^A-Za-z0-9]+", "-"));
		assertThat(results.getViolations()).as(() -> path + "\n" + describe(results.getViolations())).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + "\n    "
					+ rule.getNodes()
						.stream()
						.map(node -> node.getTarget() + " " + node.getHtml())
						.collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

}
