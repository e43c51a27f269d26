package no.symbiose.app.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor walks the goal dashboards down: the nation, Telemark, the fixture park (where
 * the login is asked for) and on to one of its companies.
 */
class GoalDashboardE2eTest extends BrowserTest {

	@BeforeEach
	void startLoggedOut() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void aVisitorWalksFromTheNationToACountyToAParkToACompany() {
		GoalDashboardPage nation = GoalDashboardPage.open(browser, "/mal");
		browser.screenshot("goals-nation");

		assertThat(nation.heading()).isEqualTo("Mål og status for hele landet");
		assertThat(nation.overviewRows()).isEqualTo(13);
		assertThat(nation.goalStatus("goal-1-co2")).isIn("I rute", "I fare", "Ikke i rute", "Ukjent");
		assertThat(nation.mapState()).isEqualTo("loaded");
		assertThat(nation.mapMarkerLabels()).anySatisfy(label -> assertThat(label).startsWith("Telemark: "))
			.anySatisfy(label -> assertThat(label).startsWith(WebFixture.PARK_NAME + ": "));
		assertThat(nation.chartStates()).allMatch("true"::equals);

		nation.openArea("goals-counties", "40");
		GoalDashboardPage county = new GoalDashboardPage(browser).waitForPictures();
		browser.screenshot("goals-county-40");

		assertThat(county.heading()).isEqualTo("Mål og status for Telemark");
		assertThat(browser.driver().findElement(By.id("goals-missions")).getText()).contains("Oppdrag 1: ",
				"Realiserte industrielle symbioser i fylket");
		assertThat(county.mapState()).isEqualTo("loaded");

		// a park's dashboard needs a login; after it the visitor is where they were going
		county.openArea("goals-parks", WebFixture.PARK_KEY);
		LoginPage login = new LoginPage(browser);
		assertThat(login.isShown()).isTrue();
		login.logInAs("admin", "demo");
		GoalDashboardPage park = new GoalDashboardPage(browser).waitForPictures();
		browser.screenshot("goals-park");

		assertThat(park.heading()).isEqualTo("Mål og status for " + WebFixture.PARK_NAME);
		assertThat(park.breadcrumbs()).contains("Hele landet", "Telemark", WebFixture.PARK_NAME);
		assertThat(browser.driver().findElement(By.cssSelector("tr[data-indicator='co2-emissions']")).getText())
			.contains("Utslipp av klimagasser");
		assertThat(park.tenants()).contains(WebFixture.SMELTER_NAME);

		park.openTenant(WebFixture.SMELTER_NAME);

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(WebFixture.SMELTER_NAME);
	}

	@Test
	void anAdministratorsRefusedTargetIsExplainedFieldByField() {
		LoginPage.open(browser).logInAs("admin", "demo");
		GoalDashboardPage.open(browser, "/mal/park/" + WebFixture.PARK_KEY);

		browser.driver().findElement(By.id("target-value")).sendKeys("mye");
		browser.clickAndWaitForNextPage(browser.driver().findElement(By.id("target-submit")));
		browser.screenshot("goals-park-refused");

		assertThat(browser.driver().findElement(By.id("target-errors")).getText())
			.containsSubsequence("Indikator: Velg en indikator.", "Målverdi: Skriv et tall");
		assertThat(browser.driver().findElement(By.id("target-value")).getDomAttribute("aria-invalid"))
			.isEqualTo("true");
	}

}
