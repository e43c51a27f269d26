package no.symbiose.app.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Content Security Policy could break if a library or a page slipped: chart
 * tooltips (ECharts writes them as HTML), a report opened in the browser (its own style
 * sheet, allowed by hash), the API's documentation (Swagger UI). Every browser test
 * checks afterwards that no page reported a violation ({@link BrowserTest}); these make
 * sure the risky parts are actually exercised and still work.
 */
class ContentSecurityPolicyE2eTest extends BrowserTest {

	@BeforeEach
	void startLoggedOut() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void theMaterialFlowChartShowsItsTooltipWithoutAnInlineStyle() {
		MaterialFlowPage page = MaterialFlowPage.open(browser, "park=treklyngen&ar=2024");
		assertThat(page.chartState()).isEqualTo("true");

		sweepTheMouseOver(browser.driver().findElement(By.cssSelector("[data-material-sankey]")));

		assertThat(visibleTooltips()).as("an ECharts tooltip appeared").isNotEmpty();
	}

	@Test
	void aGoalReportOpenedInTheBrowserIsLaidOutByItsOwnStyleSheet() {
		browser.go("/mal/rapport.html");

		WebElement table = browser.driver().findElement(By.tagName("table"));
		assertThat(table.getCssValue("border-collapse")).as("the report's style sheet applied").isEqualTo("collapse");
	}

	@Test
	void theApiDocumentationRenders() {
		browser.go("/api/v1/docs");

		browser.waitUpTo(Duration.ofSeconds(20))
			.until(driver -> !driver.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
		assertThat(browser.driver().findElement(By.cssSelector(".swagger-ui .info .title")).getText())
			.contains("Symbiose");
	}

	/** Moves the mouse over the chart on a grid until a tooltip shows. */
	private void sweepTheMouseOver(WebElement chart) {
		int width = chart.getSize().getWidth();
		int height = chart.getSize().getHeight();
		Actions actions = new Actions(browser.driver());
		for (int y = -height / 2 + 10; y < height / 2; y += 20) {
			for (int x = -width / 2 + 10; x < width / 2; x += 40) {
				actions.moveToElement(chart, x, y).pause(Duration.ofMillis(20)).perform();
				if (!visibleTooltips().isEmpty()) {
					return;
				}
			}
		}
	}

	private List<WebElement> visibleTooltips() {
		return browser.driver()
			.findElements(By.cssSelector("[data-material-sankey] div"))
			.stream()
			.filter(div -> div.getDomAttribute("style") != null && !div.getText().isBlank()
					&& div.getCssValue("position").equals("absolute") && div.isDisplayed())
			.toList();
	}

}
