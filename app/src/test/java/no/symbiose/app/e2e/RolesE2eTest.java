package no.symbiose.app.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo role logs in through the real form (README: password {@code demo}) and uses
 * the pages; a private stream of Yara Porsgrunn shows only to those docs/security.md lets
 * see it.
 */
class RolesE2eTest extends BrowserTest {

	/** Yara Porsgrunn, a tenant of Herøya in the demo data. */
	static final String YARA = "hotmaps:750";

	/** Celsa Armeringsstål in Mo i Rana (park {@code mo}). */
	static final String CELSA = "hotmaps:742";

	static final String PRIVATE_STREAM = "Hemmelig restgass fra ammoniakkfabrikken (E2E)";

	@BeforeAll
	void addAPrivateYaraStream() {
		jdbc.sql("""
				insert into stream (company_id, year, stream_key, direction, name, material_class, quantity, unit,
				                    confidentiality, source)
				select id, 2024, 'e2e-private-offgas', 'side_stream', :name, 'other', 4200, 't/yr', 'private',
				       'E2E-fixture: oppdiktet, privat'
				from company where company_key = :key
				on conflict (company_id, year, stream_key) do nothing""")
			.param("name", PRIVATE_STREAM)
			.param("key", YARA)
			.update();
	}

	@BeforeEach
	void startLoggedOut() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "fylke-telemark", "fasilitator-heroya", "rapportor-yara", "rapportor-celsa" })
	void everyDemoRoleLogsInAndUsesTheMapTheCompaniesAndACompanyPage(String username) {
		LoginPage login = LoginPage.open(browser).logInAs(username, "demo");

		assertThat(login.isShown()).as("still on the login page").isFalse();
		assertThat(login.signedInAs()).hasValue("Innlogget som " + username);

		MapPage map = MapPage.open(browser);
		// 15 counties of 2024; 4 of the 8 demo parks have coordinates (demo/parks.csv)
		assertThat(map.countyShapes()).isEqualTo(15);
		assertThat(map.parkMarkers()).isGreaterThanOrEqualTo(4);
		assertThat(map.companyCircles()).isGreaterThanOrEqualTo(1);

		CompaniesPage companies = CompaniesPage.open(browser);
		assertThat(companies.heading()).isEqualTo("Bedrifter");
		assertThat(companies.listedCompanies()).isNotEmpty();
		assertThat(Integer.parseInt(companies.resultCount().replaceAll("[^0-9]", ""))).isGreaterThanOrEqualTo(63);

		CompanyPage celsa = CompanyPage.open(browser, CELSA);
		assertThat(celsa.heading()).isEqualTo("CELSA ARMERINGSSTÅL AS");
		assertThat(celsa.streamNames()).contains("Skrapmetall", "Armeringsnett");
	}

	@ParameterizedTest
	@CsvSource({ "rapportor-yara, true", "fasilitator-heroya, true", "admin, true", "rapportor-celsa, false",
			"fylke-telemark, false" })
	void aPrivateStreamShowsOnlyToTheCompanyItsParkAndTheAdministrator(String username, boolean seesIt) {
		LoginPage.open(browser).logInAs(username, "demo");

		CompanyPage yara = CompanyPage.open(browser, YARA);

		assertThat(yara.heading()).isEqualTo("YARA NORGE AS AVD PORSGRUNN");
		// the public product is there for everyone, so an empty table cannot pass as
		// "hidden"
		assertThat(yara.streamNames()).contains("Mineralgjødsel");
		if (seesIt) {
			assertThat(yara.streamNames()).contains(PRIVATE_STREAM);
		}
		else {
			assertThat(yara.streamNames()).doesNotContain(PRIVATE_STREAM);
			assertThat(yara.mainText()).doesNotContain("Hemmelig restgass");
		}
	}

	@Test
	void aWrongPasswordShowsAClearMessageAndStaysOnTheLoginPage() {
		LoginPage login = LoginPage.open(browser).logInAs("rapportor-yara", "feil-passord");
		browser.screenshot("login-error");

		assertThat(login.isShown()).isTrue();
		assertThat(login.heading()).isEqualTo("Logg inn");
		assertThat(login.errorMessage())
			.hasValueSatisfying(message -> assertThat(message).startsWith("Feil brukernavn eller passord."));
		assertThat(login.signedInAs()).isEmpty();
	}

	@Test
	void loggingOutEndsTheSessionAndSaysSo() {
		LoginPage login = LoginPage.open(browser);
		browser.screenshot("login");
		login.logInAs("fylke-telemark", "demo");
		assertThat(login.signedInAs()).hasValue("Innlogget som fylke-telemark");

		login.logOut();

		assertThat(login.loggedOutMessage()).hasValue("Du er logget ut.");
		assertThat(login.signedInAs()).isEmpty();
		browser.go("/");
		assertThat(login.offersLogin()).isTrue();
		// a page that needs a login sends the visitor back to the form
		browser.go("/companies");
		assertThat(login.isShown()).isTrue();
	}

}
