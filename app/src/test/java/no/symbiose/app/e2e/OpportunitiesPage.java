package no.symbiose.app.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The opportunities page: symbiosis candidates as lines on a map of counties and in a
 * table with an explanation per row.
 */
final class OpportunitiesPage {

	private final Browser browser;

	private OpportunitiesPage(Browser browser) {
		this.browser = browser;
	}

	/** Opens the page and waits until the script has drawn the counties and the lines. */
	static OpportunitiesPage open(Browser browser, String query) {
		browser.go("/muligheter" + query);
		browser.waitUpTo(Duration.ofSeconds(20))
			.until(driver -> "true"
				.equals(driver.findElement(By.cssSelector("[data-symbiose-map]")).getDomAttribute("data-loaded")));
		return new OpportunitiesPage(browser);
	}

	WebElement map() {
		return browser.driver().findElement(By.cssSelector("[data-symbiose-map]"));
	}

	int lines() {
		return browser.driver().findElements(By.cssSelector(".leaflet-overlay-pane svg path.sy-candidate-line")).size();
	}

	List<String> exchanges() {
		return browser.driver()
			.findElements(By.cssSelector("#candidates-table tbody th"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Opens the first row's explanation and returns its sentences. */
	List<String> firstExplanation() {
		WebElement details = browser.driver().findElement(By.cssSelector("#candidates-table tbody details"));
		details.findElement(By.tagName("summary")).click();
		return details.findElements(By.cssSelector("ol li")).stream().map(WebElement::getText).toList();
	}

}
