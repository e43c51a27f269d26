package no.symbiose.app.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MapPageE2eTest extends BrowserTest {

	@Test
	void drawsTheFifteenCountiesWithoutATileServer() {
		MapPage map = MapPage.open(browser);
		browser.screenshot("map");

		// 15 counties of 2024; a multipolygon county is still one path
		assertThat(map.countyShapes()).isEqualTo(15);
		assertThat(map.map().getDomAttribute("aria-label")).isEqualTo("Kart over parker og bedrifter i Norge");
		assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".leaflet-tile"))).isEmpty();
	}

	@Test
	void drawsTheMunicipalBordersOnlyWhenAskedFor() {
		MapPage map = MapPage.open(browser);
		assertThat(map.overlayLabel()).isEqualTo("Kommunegrenser");

		// 357 municipalities of 2024, fetched only when the overlay is switched on
		assertThat(map.showMunicipalities()).isEqualTo(357);
	}

	@Test
	void marksParksAndCompanySitesAndListsThemBelow() {
		MapPage map = MapPage.open(browser);

		assertThat(map.parkMarkers()).isGreaterThanOrEqualTo(1);
		assertThat(map.companyCircles()).isGreaterThanOrEqualTo(2);
		assertThat(map.tableCaption()).isEqualTo("Parker og bedrifter på kartet");
		assertThat(map.listedSites()).contains(WebFixture.PARK_NAME, WebFixture.SMELTER_NAME,
				WebFixture.GREENHOUSE_NAME);
	}

}
