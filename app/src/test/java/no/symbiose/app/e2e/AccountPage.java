package no.symbiose.app.e2e;

import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/** A company's climate and energy account: the figures and the download links. */
final class AccountPage {

	private final Browser browser;

	private AccountPage(Browser browser) {
		this.browser = browser;
	}

	static AccountPage on(Browser browser) {
		return new AccountPage(browser);
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/** The value shown for one line of the climate summary, such as {@code scope1}. */
	String climateValue(String line) {
		return browser.driver()
			.findElement(By.cssSelector("#climate-lines tr[data-line='" + line + "'] td.sy-num"))
			.getText();
	}

	/**
	 * The text of the whole row of one line: figure, value, method, factor, source, year.
	 */
	String climateRow(String line) {
		return browser.driver().findElement(By.cssSelector("#climate-lines tr[data-line='" + line + "']")).getText();
	}

	/** The address of the PDF link, as the browser resolved it. */
	String pdfLink() {
		WebElement link = browser.driver().findElement(By.id("download-pdf"));
		return link.getDomProperty("href");
	}

	String pdfLinkText() {
		return browser.driver().findElement(By.id("download-pdf")).getText();
	}

	/**
	 * The browser's cookies as a Cookie header, so a download can be fetched as the same
	 * user.
	 */
	String cookieHeader() {
		Set<Cookie> cookies = browser.driver().manage().getCookies();
		StringBuilder header = new StringBuilder();
		for (Cookie cookie : cookies) {
			if (!header.isEmpty()) {
				header.append("; ");
			}
			header.append(cookie.getName()).append('=').append(cookie.getValue());
		}
		return header.toString();
	}

}
