package no.symbiose.app.e2e;

import org.openqa.selenium.By;

/** The front page: heading, totals, language switch. */
final class HomePage {

	private final Browser browser;

	HomePage(Browser browser) {
		this.browser = browser;
	}

	static HomePage open(Browser browser) {
		browser.go("/");
		return new HomePage(browser);
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	String language() {
		return browser.htmlLang();
	}

	long total(String what) {
		String text = browser.driver().findElement(By.cssSelector("[data-testid=total-" + what + "]")).getText();
		return Long.parseLong(text.replaceAll("[^0-9]", ""));
	}

	HomePage switchTo(String language) {
		browser.driver().findElement(By.cssSelector(".sy-language a[hreflang=" + language + "]")).click();
		return new HomePage(browser);
	}

	String navigationText() {
		return browser.driver().findElement(By.cssSelector("header nav")).getText();
	}

}
