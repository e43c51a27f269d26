package no.symbiose.app.e2e;

import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The login form, and the account corner of the header that shows who is logged in. */
final class LoginPage {

	private final Browser browser;

	LoginPage(Browser browser) {
		this.browser = browser;
	}

	static LoginPage open(Browser browser) {
		browser.go("/login");
		return new LoginPage(browser);
	}

	/**
	 * Types the username and password into the form and submits it, as a person would.
	 */
	LoginPage logInAs(String username, String password) {
		type("username", username);
		type("password", password);
		WebElement submit = browser.driver().findElement(By.cssSelector("#login-form button[type=submit]"));
		browser.clickAndWaitForNextPage(submit);
		return this;
	}

	private void type(String field, String text) {
		WebElement input = browser.driver().findElement(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	boolean isShown() {
		return !browser.driver().findElements(By.id("login-form")).isEmpty();
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	Optional<String> errorMessage() {
		return textOf("#login-error");
	}

	Optional<String> loggedOutMessage() {
		return textOf("#login-logged-out");
	}

	/** The "Innlogget som ..." text in the header, empty when nobody is logged in. */
	Optional<String> signedInAs() {
		return textOf(".sy-account__name");
	}

	boolean offersLogin() {
		return !browser.driver().findElements(By.cssSelector("header a[href$='/login']")).isEmpty();
	}

	/** Presses "Logg ut" in the header. */
	LoginPage logOut() {
		WebElement logout = browser.driver().findElement(By.cssSelector(".sy-account form button"));
		browser.clickAndWaitForNextPage(logout);
		return this;
	}

	private Optional<String> textOf(String css) {
		List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getText());
	}

}
