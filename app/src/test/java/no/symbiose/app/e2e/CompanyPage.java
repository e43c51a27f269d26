package no.symbiose.app.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One company: identity, yearly facts and the streams the viewer may see. */
final class CompanyPage {

	private final Browser browser;

	private CompanyPage(Browser browser) {
		this.browser = browser;
	}

	static CompanyPage open(Browser browser, String companyKey) {
		browser.go("/companies/" + companyKey);
		return new CompanyPage(browser);
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/** The names of the streams in the table, as shown. */
	List<String> streamNames() {
		return browser.driver()
			.findElements(By.cssSelector("#company-streams tbody th"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Follows the link to the company's climate and energy account of the year. */
	AccountPage openAccount(int year) {
		WebElement link = browser.driver().findElement(By.cssSelector("#company-accounts a[href$='ar=" + year + "']"));
		browser.clickAndWaitForNextPage(link);
		return AccountPage.on(browser);
	}

	/**
	 * All text of the page's main part: what a reader could find with the browser's
	 * search.
	 */
	String mainText() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

}
