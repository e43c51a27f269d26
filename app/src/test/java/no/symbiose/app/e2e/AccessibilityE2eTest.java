package no.symbiose.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no WCAG 2.1 A/AA violation on the public pages, in bokmål and English,
 * and on the pages behind the login. Every page checked is also saved to
 * target/screenshots/, so a person can look at what was checked.
 */
class AccessibilityE2eTest extends BrowserTest {

	@BeforeEach
	void startLoggedOut() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/?lang=nb", "/?lang=en", "/map?lang=nb", "/parks", "/parks/" + WebFixture.PARK_KEY,
			"/parks/mo", "/parks/no-such-park", "/sources", "/login", "/login?error", "/login?lang=en",
			"/muligheter?county=40", "/muligheter?lang=en&county=40", "/kunnskapsbase", "/mal", "/mal?lang=en",
			"/mal/katalog", "/mal/fylke/40", "/mal/fylke/40?lang=en", "/mal/fylke/99",
			"/muligheter/allokering?county=40", "/regnskap", "/regnskap?park=heroya&lang=en", "/regnskap?fylke=99",
			"/regnskap/materialer?park=treklyngen&ar=2024", "/regnskap/materialer?park=treklyngen&ar=2024&lang=en",
			"/regnskap/materialer?park=heroya&ar=2024", "/regnskap/materialer?fylke=33&ar=2024",
			"/regnskap/materialer?ar=2024", "/regnskap/klima?ar=2024", "/regnskap/klima?fylke=40&ar=2024",
			"/regnskap/klima?park=" + WebFixture.PARK_KEY + "&ar=2024&lang=en", "/regnskap/energi?ar=2024",
			"/regnskap/energi?park=" + WebFixture.PARK_KEY + "&ar=2024", "/regnskap/bedrift/hotmaps:750?ar=2024",
			"/regnskap/areal", "/regnskap/areal?lang=en", "/regnskap/areal?fylke=40", "/regnskap/areal?park=heroya",
			"/regnskap/areal?park=" + WebFixture.PARK_KEY })
	void hasNoWcag21AaViolations(String path) {
		browser.go(path);
		assertNoViolations(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/companies", "/companies?q=yara", "/companies/hotmaps:742", "/companies/hotmaps:750",
			"/companies/" + WebFixture.SMELTER_KEY, "/import", "/companies?lang=en", "/kunnskapsbase",
			"/muligheter?company=" + WebFixture.SMELTER_KEY, "/muligheter/allokering?lang=nb",
			"/regnskap/bedrift/" + WebFixture.SMELTER_KEY + "?ar=2024",
			"/regnskap/bedrift/" + WebFixture.SMELTER_KEY + "?ar=2023&lang=en",
			"/regnskap/energi?park=" + WebFixture.PARK_KEY + "&ar=2024", "/regnskap/areal?park=" + WebFixture.PARK_KEY,
			"/mal/park/" + WebFixture.PARK_KEY, "/mal/park/heroya?lang=en", "/endringslogg", "/konto/passord",
			"/endringslogg?lang=en&table=stream" })
	void hasNoWcag21AaViolationsBehindTheLogin(String path) {
		LoginPage.open(browser).logInAs("admin", "demo");
		browser.go(path);
		assertNoViolations(path);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/samarbeid", "/samarbeid?lang=en", "/samarbeid/{synergy}", "/samarbeid/{synergy}?lang=en" })
	void theSynergyPagesHaveNoWcag21AaViolations(String path) {
		LoginPage.open(browser).logInAs("admin", "demo");
		String resolved = path.replace("{synergy}", String.valueOf(WebFixture.synergyId(jdbc)));
		browser.go(resolved);
		assertNoViolations(path);
		browser.go("/?lang=nb");
	}

	@Test
	void theImportPageWithItsErrorTableHasNoWcag21AaViolations(@TempDir Path files) throws IOException {
		Path bad = Files.writeString(files.resolve("bad.csv"), """
				company_key,year,stream_key,direction,name,material_class,quantity,unit
				hotmaps:742,twenty,e2e-a11y-1,side_stream,Slagg,slag,10,t/yr
				hotmaps:742,2025,e2e-a11y-2,sideways,Slagg,slag,10,t/yr
				""");
		LoginPage.open(browser).logInAs("admin", "demo");

		ImportPage page = ImportPage.open(browser).upload("Strømmer", bad);

		assertThat(page.errors()).isNotEmpty();
		assertNoViolations("/import?errors");
	}

	@Test
	void theLandPageWithARefusedPlotHasNoWcag21AaViolations() {
		LoginPage.open(browser).logInAs("admin", "demo");
		LandAccountPage page = LandAccountPage.open(browser, "?park=" + WebFixture.PARK_KEY);

		page.addPlot("", "-1");

		assertThat(page.fieldError("label")).isNotEmpty();
		assertNoViolations("/regnskap/areal?plot-errors");
	}

	private void assertNoViolations(String path) {
		if (!browser.driver().findElements(By.cssSelector("[data-symbiose-map]")).isEmpty()) {
			browser.waitUpTo(Duration.ofSeconds(20))
				.until(driver -> "true"
					.equals(driver.findElement(By.cssSelector("[data-symbiose-map]")).getDomAttribute("data-loaded")));
		}

		MaterialFlowPage.waitForChart(browser);

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
