package no.symbiose.app.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The import page: choose a table, upload a file, read the counts or the table of errors.
 */
final class ImportPage {

	private final Browser browser;

	private ImportPage(Browser browser) {
		this.browser = browser;
	}

	static ImportPage open(Browser browser) {
		browser.go("/import");
		return new ImportPage(browser);
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/** Chooses the table by its visible name ("Strømmer"), then uploads the file. */
	ImportPage upload(String tableName, Path file) {
		new Select(browser.driver().findElement(By.id("table"))).selectByVisibleText(tableName);
		browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		WebElement submit = browser.driver().findElement(By.cssSelector("form[action$='/import'] button[type=submit]"));
		browser.clickAndWaitForNextPage(submit);
		return this;
	}

	/**
	 * "Importen av Strømmer er fullført: 2 rader, 2 nye, ...", when the import went
	 * through.
	 */
	Optional<String> successMessage() {
		return textOf("#import-success");
	}

	/** "Ingenting ble endret. ...", when the file had errors. */
	Optional<String> failureMessage() {
		return textOf("#import-failure");
	}

	/**
	 * A refusal of the whole upload (no file, wrong type, a table the user may not
	 * import).
	 */
	Optional<String> formError() {
		return textOf("#import-form-error");
	}

	/**
	 * The rows of the error table, one list of cells (row, column, value, error) per
	 * error.
	 */
	List<List<String>> errors() {
		return browser.driver()
			.findElements(By.cssSelector("#import-errors tbody tr"))
			.stream()
			.map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
			.toList();
	}

	private Optional<String> textOf(String css) {
		List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getText());
	}

}
