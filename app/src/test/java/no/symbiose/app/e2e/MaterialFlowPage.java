package no.symbiose.app.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The material-flow analysis of a scope: balance table, rate, Sankey chart (or the
 * message that there are no tonnes), chapter and treatment tables.
 */
final class MaterialFlowPage {

	private final Browser browser;

	private MaterialFlowPage(Browser browser) {
		this.browser = browser;
	}

	/**
	 * Opens the page for the query (e.g. {@code park=treklyngen&ar=2024}) and, when it
	 * has a chart, waits until the script has drawn it or given up.
	 */
	static MaterialFlowPage open(Browser browser, String query) {
		browser.go("/regnskap/materialer?" + query);
		waitForChart(browser);
		return new MaterialFlowPage(browser);
	}

	static void waitForChart(Browser browser) {
		List<WebElement> charts = browser.driver().findElements(By.cssSelector("[data-material-sankey]"));
		if (!charts.isEmpty()) {
			browser.waitUpTo(Duration.ofSeconds(20))
				.until(driver -> driver.findElement(By.cssSelector("[data-material-sankey]"))
					.getDomAttribute("data-loaded") != null);
		}
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/**
	 * The value cell of a balance row (data-figure: inputs, products, closing-item, ...).
	 */
	String balance(String figure) {
		return browser.driver()
			.findElement(By.cssSelector("#material-balance tr[data-figure='" + figure + "'] td"))
			.getText()
			.replace('\u00A0', ' ');
	}

	String balanceCaption() {
		return browser.driver().findElement(By.cssSelector("#material-balance caption")).getText();
	}

	/** What the script set when it finished: "true", or "error". */
	String chartState() {
		return browser.driver().findElement(By.cssSelector("[data-material-sankey]")).getDomAttribute("data-loaded");
	}

	boolean hasChartCanvas() {
		return !browser.driver().findElements(By.cssSelector("[data-material-sankey] canvas")).isEmpty();
	}

	boolean hasChart() {
		return !browser.driver().findElements(By.cssSelector("[data-material-sankey]")).isEmpty();
	}

	String chartLabel() {
		return browser.driver().findElement(By.cssSelector("[data-material-sankey]")).getDomAttribute("aria-label");
	}

	/** The message shown instead of a chart when no stream has tonnes, or empty. */
	String noTonnesMessage() {
		List<WebElement> message = browser.driver().findElements(By.id("no-tonnes"));
		return message.isEmpty() ? "" : message.get(0).getText();
	}

	/** The list of streams reported without a quantity. */
	String withoutQuantity() {
		List<WebElement> list = browser.driver().findElements(By.id("without-quantity"));
		return list.isEmpty() ? "" : list.get(0).getText();
	}

}
