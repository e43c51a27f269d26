package no.symbiose.app.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The searchable table of companies. */
final class CompaniesPage {

	private final Browser browser;

	private CompaniesPage(Browser browser) {
		this.browser = browser;
	}

	static CompaniesPage open(Browser browser) {
		browser.go("/companies");
		return new CompaniesPage(browser);
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/** "63 bedrifter" and the like, above the table. */
	String resultCount() {
		return browser.driver().findElement(By.cssSelector(".sy-result-count")).getText();
	}

	List<String> listedCompanies() {
		return browser.driver()
			.findElements(By.cssSelector("#companies-table tbody th a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
