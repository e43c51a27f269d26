package no.symbiose.app.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The table of parks. */
final class ParksPage {

	private final Browser browser;

	private ParksPage(Browser browser) {
		this.browser = browser;
	}

	static ParksPage open(Browser browser) {
		browser.go("/parks");
		return new ParksPage(browser);
	}

	WebElement row(String parkKey) {
		return browser.driver().findElement(By.cssSelector("#parks-table tr[data-park='" + parkKey + "']"));
	}

	String landCell(String parkKey) {
		return row(parkKey).findElement(By.cssSelector("[data-column=land]")).getText();
	}

	ParkPage openPark(String parkName) {
		browser.driver().findElement(By.linkText(parkName)).click();
		return new ParkPage(browser);
	}

}
