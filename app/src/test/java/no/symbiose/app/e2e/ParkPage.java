package no.symbiose.app.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One park: facts with sources, infrastructure, small map, tenants. */
final class ParkPage {

	private final Browser browser;

	ParkPage(Browser browser) {
		this.browser = browser;
	}

	static ParkPage open(Browser browser, String parkKey) {
		browser.go("/parks/" + parkKey);
		return new ParkPage(browser);
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/**
	 * The value cell of a figure row (data-figure: land-total, land-used, building-use,
	 * ...).
	 */
	String figure(String figure) {
		return figureRow(figure).findElements(By.tagName("td")).get(0).getText();
	}

	/** The one source note below the facts table, for all the park's figures. */
	String source() {
		return browser.driver().findElement(By.cssSelector("#park-source")).getText();
	}

	private WebElement figureRow(String figure) {
		return browser.driver().findElement(By.cssSelector("#park-facts tr[data-figure='" + figure + "']"));
	}

	boolean figureIsMarkedMissing(String figure) {
		return !figureRow(figure).findElements(By.cssSelector("td .sy-missing")).isEmpty();
	}

	List<String> tenants() {
		return browser.driver()
			.findElements(By.cssSelector("#park-tenants tbody th a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	boolean hasMap() {
		return !browser.driver().findElements(By.cssSelector("[data-symbiose-map]")).isEmpty();
	}

}
