package no.symbiose.app.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The land and building account ({@code /regnskap/areal}): totals beside the targets,
 * surveys, parks, free plots and, for those who may, the plot form.
 */
final class LandAccountPage {

	private final Browser browser;

	LandAccountPage(Browser browser) {
		this.browser = browser;
	}

	static LandAccountPage open(Browser browser, String query) {
		browser.go("/regnskap/areal" + query);
		return new LandAccountPage(browser);
	}

	/** From the accounts' front page, as a visitor finds it. */
	static LandAccountPage fromTheAccountsPage(Browser browser) {
		browser.go("/regnskap");
		WebElement link = browser.driver().findElement(By.linkText("Areal og bygg"));
		browser.clickAndWaitForNextPage(link);
		return new LandAccountPage(browser);
	}

	/** Chooses the year in the year selector and shows it, as a visitor would. */
	LandAccountPage showYear(int year) {
		new Select(browser.driver().findElement(By.id("account-year"))).selectByValue(String.valueOf(year));
		browser.clickAndWaitForNextPage(
				browser.driver().findElement(By.cssSelector("form.sy-filters button[type=submit]")));
		return this;
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/**
	 * The sum column of a summary row (data-figure: land-total, land-use, building-use,
	 * ...), without the "beregnet" mark, with ordinary spaces.
	 */
	String total(String figure) {
		return value(figure, 3);
	}

	/** The target column of a summary row. */
	String target(String figure) {
		return value(figure, 4);
	}

	private String value(String figure, int column) {
		WebElement cell = browser.driver()
			.findElement(
					By.cssSelector("#land-summary tr[data-figure='" + figure + "'] td:nth-of-type(" + column + ")"));
		List<WebElement> values = cell.findElements(By.cssSelector(".sy-value"));
		return (values.isEmpty() ? cell.getText() : values.get(0).getText()).replace('\u00A0', ' ');
	}

	/** "7 av 8 parker svarte." of each survey. */
	List<String> surveyCoverage() {
		return browser.driver()
			.findElements(By.cssSelector(".sy-survey [data-part='coverage']"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	List<String> plots() {
		return browser.driver()
			.findElements(By.cssSelector("#land-plots tbody th"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	boolean hasPlotForm() {
		return !browser.driver().findElements(By.id("plot-form")).isEmpty();
	}

	LandAccountPage addPlot(String label, String areaDaa) {
		type("plot-label", label);
		type("plot-areaDaa", areaDaa);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.id("plot-submit")));
		return this;
	}

	LandAccountPage removePlot(String label) {
		WebElement row = browser.driver().findElement(By.cssSelector("#land-plots tr[data-plot='" + label + "']"));
		browser.clickAndWaitForNextPage(row.findElement(By.cssSelector("button[type=submit]")));
		return this;
	}

	/** The message under a form field, empty when the field is fine. */
	String fieldError(String field) {
		List<WebElement> error = browser.driver().findElements(By.id("plot-" + field + "-error"));
		return error.isEmpty() ? "" : error.get(0).getText();
	}

	String notice() {
		return browser.driver().findElement(By.id("land-notice")).getText();
	}

	private void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

}
