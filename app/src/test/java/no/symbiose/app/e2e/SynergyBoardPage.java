package no.symbiose.app.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The synergy board: a column per state, a card per synergy, move buttons on each card.
 */
final class SynergyBoardPage {

	private final Browser browser;

	private SynergyBoardPage(Browser browser) {
		this.browser = browser;
	}

	static SynergyBoardPage open(Browser browser) {
		browser.go("/samarbeid");
		return new SynergyBoardPage(browser);
	}

	String heading() {
		return browser.driver().findElement(By.tagName("h1")).getText();
	}

	/** The heading of the column the synergy's card is in, as shown. */
	String columnOf(long synergyId) {
		WebElement card = browser.driver().findElement(By.id("synergy-" + synergyId));
		return card.findElement(By.xpath("ancestor::section[1]/h2/span[1]")).getText();
	}

	/** The titles of the cards in the column with this heading. */
	List<String> titlesIn(String columnHeading) {
		return browser.driver()
			.findElements(By.cssSelector(".sy-board__column"))
			.stream()
			.filter(column -> column.findElement(By.cssSelector("h2 span")).getText().equals(columnHeading))
			.flatMap(column -> column.findElements(By.cssSelector(".sy-card__title")).stream())
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * Moves the synergy as a keyboard user does: tabs to its "Flytt til ..." button and
	 * presses Enter, then waits for the board to come back.
	 */
	SynergyBoardPage moveWithKeyboard(long synergyId, String buttonText) {
		WebElement card = browser.driver().findElement(By.id("synergy-" + synergyId));
		WebElement button = card.findElements(By.cssSelector(".sy-moves button"))
			.stream()
			.filter(b -> b.getText().equals(buttonText))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button \"" + buttonText + "\" on the card"));
		// focus the card's link, then Tab forward to the button, as a person would
		card.findElement(By.cssSelector(".sy-card__title a")).sendKeys("");
		WebElement focused = browser.driver().switchTo().activeElement();
		for (int i = 0; i < 20 && !focused.equals(button); i++) {
			focused.sendKeys(Keys.TAB);
			focused = browser.driver().switchTo().activeElement();
		}
		if (!focused.equals(button)) {
			throw new AssertionError("Tab never reached the button \"" + buttonText + "\"");
		}
		browser.sendKeysAndWaitForNextPage(button, Keys.ENTER);
		return this;
	}

	/** The message after a change, empty when none is shown. */
	String notice() {
		List<WebElement> notice = browser.driver().findElements(By.id("synergy-notice"));
		return notice.isEmpty() ? "" : notice.get(0).getText();
	}

	/** The id in the address bar's fragment, where the board scrolled to after a move. */
	String fragment() {
		String url = browser.driver().getCurrentUrl();
		return (url == null || !url.contains("#")) ? "" : url.substring(url.indexOf('#') + 1);
	}

}
