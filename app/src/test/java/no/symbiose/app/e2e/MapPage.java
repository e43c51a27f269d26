package no.symbiose.app.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The map page: Leaflet map of county borders and sites, and the table of the same sites.
 */
final class MapPage {

	private final Browser browser;

	private MapPage(Browser browser) {
		this.browser = browser;
	}

	/** Opens the map and waits until the script has drawn the counties and the sites. */
	static MapPage open(Browser browser) {
		browser.go("/map");
		browser.waitUpTo(Duration.ofSeconds(20))
			.until(driver -> "true"
				.equals(driver.findElement(By.cssSelector("[data-symbiose-map]")).getDomAttribute("data-loaded")));
		return new MapPage(browser);
	}

	WebElement map() {
		return browser.driver().findElement(By.cssSelector("[data-symbiose-map]"));
	}

	int countyShapes() {
		return browser.driver()
			.findElements(By.cssSelector(".leaflet-overlay-pane svg path:not(.sy-company-site)"))
			.size();
	}

	/** Switches the municipality overlay on and waits until its borders are drawn. */
	int showMunicipalities() {
		browser.driver().findElement(By.cssSelector(".leaflet-control-layers-overlays input[type=checkbox]")).click();
		browser.waitUpTo(Duration.ofSeconds(20))
			.until(driver -> "true".equals(map().getDomAttribute("data-municipalities-loaded")));
		return browser.driver().findElements(By.cssSelector(".leaflet-overlay-pane svg path.sy-municipality")).size();
	}

	String overlayLabel() {
		return browser.driver().findElement(By.cssSelector(".leaflet-control-layers-overlays label")).getText().strip();
	}

	int companyCircles() {
		return browser.driver().findElements(By.cssSelector(".leaflet-overlay-pane svg path.sy-company-site")).size();
	}

	int parkMarkers() {
		return browser.driver().findElements(By.cssSelector(".leaflet-marker-pane .sy-park-marker")).size();
	}

	List<String> listedSites() {
		return browser.driver()
			.findElements(By.cssSelector("#sites-table tbody th"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	String tableCaption() {
		return browser.driver().findElement(By.cssSelector("#sites-table caption")).getText();
	}

}
