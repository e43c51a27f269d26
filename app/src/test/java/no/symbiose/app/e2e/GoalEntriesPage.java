package no.symbiose.app.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A park's recorded goal entries ({@code /mal/park/{park}/registreringer}): the entries
 * grouped by goal and, for the park's facilitator, the form that records them.
 */
final class GoalEntriesPage {

	private final Browser browser;

	private GoalEntriesPage(Browser browser) {
		this.browser = browser;
	}

	/** From the park's goal page, by its link, as a facilitator finds it. */
	static GoalEntriesPage fromTheParksGoals(Browser browser, String parkKey) {
		browser.go("/mal/park/" + parkKey);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.id("goals-entries-link")));
		return new GoalEntriesPage(browser);
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	boolean hasForm() {
		return !browser.driver().findElements(By.id("entry-form")).isEmpty();
	}

	/** Fills in the form and saves it; an empty text leaves the field empty. */
	GoalEntriesPage record(String indicatorKey, String value, String year, String date, String title, String evidence) {
		new Select(browser.driver().findElement(By.id("entry-indicator"))).selectByValue(indicatorKey);
		type("entry-value", value);
		type("entry-year", year);
		WebElement dateInput = browser.driver().findElement(By.id("entry-eventDate"));
		// a date input takes the date as the browser's own format shows it; set it
		// directly
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				dateInput, date);
		type("entry-title", title);
		type("entry-evidence", evidence);
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.id("entry-submit")));
		return this;
	}

	/** Deletes the entry with this title. */
	GoalEntriesPage delete(String title) {
		WebElement button = browser.driver()
			.findElement(By.cssSelector("button[aria-label='" + "Slett " + title + "']"));
		browser.clickAndWaitForNextPage(button);
		return this;
	}

	/** The message under a form field, empty when the field is fine. */
	String fieldError(String field) {
		List<WebElement> error = browser.driver().findElements(By.id("entry-" + field + "-error"));
		return error.isEmpty() ? "" : error.get(0).getText();
	}

	/** The titles of the entries listed under a goal. */
	List<String> entriesOf(String goalKey) {
		return browser.driver()
			.findElements(By.cssSelector("#entries-" + goalKey + " tbody th span"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	String notice() {
		return browser.driver().findElement(By.id("entries-notice")).getText();
	}

	private void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		if (!text.isEmpty()) {
			input.sendKeys(text);
		}
	}

}
