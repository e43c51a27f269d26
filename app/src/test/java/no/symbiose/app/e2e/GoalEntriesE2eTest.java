package no.symbiose.app.e2e;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Herøya's facilitator records a goal entry in the browser: a refused entry shows each
 * wrong field, a saved one is listed under its goal, and every state of the page passes
 * axe-core's WCAG 2.1 A/AA rules.
 */
class GoalEntriesE2eTest extends BrowserTest {

	@Test
	void theFacilitatorRecordsAnEntryWithEvidence() {
		LoginPage.open(browser).logInAs("fasilitator-heroya", "demo");
		GoalEntriesPage page = GoalEntriesPage.fromTheParksGoals(browser, "heroya");
		assertThat(page.heading()).startsWith("Registreringer for Herøya");
		assertThat(page.hasForm()).isTrue();
		assertNoViolations("goal-entries");

		page.record("competence-activities", "2,5", "2025", "2025-10-15", "E2E-seminar", "javascript:alert(1)");
		assertThat(page.fieldError("value")).isEqualTo("Et antall er et helt tall.");
		assertThat(page.fieldError("evidence")).startsWith("Nettadressen kan ikke brukes");
		assertNoViolations("goal-entries-refused");

		page.record("competence-activities", "3", "2025", "2025-10-15", "E2E-seminar",
				"https://example.no/e2e-seminar");
		assertThat(page.notice()).isEqualTo("Registreringen «E2E-seminar» er lagret.");
		assertThat(page.entriesOf("goal-10-competence")).contains("E2E-seminar");
		assertNoViolations("goal-entries-saved");

		page.delete("E2E-seminar");
		assertThat(page.entriesOf("goal-10-competence")).doesNotContain("E2E-seminar");
	}

	private void assertNoViolations(String name) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser.driver());
		browser.screenshot("a11y-" + name);
		assertThat(results.getViolations())
			.as(() -> results.getViolations()
				.stream()
				.map(rule -> rule.getId() + ": " + rule.getHelp() + " "
						+ rule.getNodes().stream().map(node -> node.getHtml()).collect(Collectors.joining(" | ")))
				.collect(Collectors.joining("\n")))
			.isEmpty();
	}

}
