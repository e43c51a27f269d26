package no.symbiose.app.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A goal dashboard (/mal, /mal/fylke/{nr}, /mal/park/{park}): overview, map, tables,
 * charts.
 */
final class GoalDashboardPage {

	private final Browser browser;

	GoalDashboardPage(Browser browser) {
		this.browser = browser;
	}

	static GoalDashboardPage open(Browser browser, String path) {
		browser.go(path);
		return new GoalDashboardPage(browser).waitForPictures();
	}

	/** Waits until the map and every chart on the page are drawn (or failed). */
	GoalDashboardPage waitForPictures() {
		browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> {
			for (WebElement map : driver.findElements(By.cssSelector("[data-goals-map]"))) {
				if (map.getDomAttribute("data-loaded") == null && map.getDomAttribute("data-error") == null) {
					return false;
				}
			}
			for (WebElement chart : driver.findElements(By.cssSelector("[data-goal-chart]"))) {
				if (chart.getDomAttribute("data-loaded") == null) {
					return false;
				}
			}
			return true;
		});
		return this;
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/** The status a goal row of the overview shows, in words. */
	String goalStatus(String goalKey) {
		return browser.driver()
			.findElement(By.cssSelector("#goals-overview tr[data-goal='" + goalKey + "'] .sy-status"))
			.getText();
	}

	int overviewRows() {
		return browser.driver().findElements(By.cssSelector("#goals-overview tbody tr")).size();
	}

	String mapState() {
		WebElement map = browser.driver().findElement(By.cssSelector("[data-goals-map]"));
		return map.getDomAttribute("data-loaded") != null ? "loaded" : "error: " + map.getDomAttribute("data-error");
	}

	/** Markers drawn on the map: counties and parks, each named with its status. */
	List<String> mapMarkerLabels() {
		return browser.driver()
			.findElements(By.cssSelector(".sy-goal-marker .ds-sr-only"))
			.stream()
			.map(element -> element.getDomProperty("textContent"))
			.toList();
	}

	List<String> chartStates() {
		return browser.driver()
			.findElements(By.cssSelector("[data-goal-chart]"))
			.stream()
			.map(chart -> chart.getDomAttribute("data-loaded"))
			.toList();
	}

	/** Follows the link of a county (on /mal) or a park (on a county) in its table. */
	void openArea(String tableId, String areaKey) {
		browser.clickAndWaitForNextPage(
				browser.driver().findElement(By.cssSelector("#" + tableId + " tr[data-area='" + areaKey + "'] th a")));
	}

	List<String> tenants() {
		return browser.driver()
			.findElements(By.cssSelector("#goals-tenants a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	void openTenant(String name) {
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.linkText(name)));
	}

	String breadcrumbs() {
		return browser.driver().findElement(By.cssSelector("nav.ds-breadcrumbs")).getText();
	}

}
