package no.symbiose.app.e2e;

import no.symbiose.app.RegistryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator at Herøya moves a synergy on the board with the keyboard only: the park's
 * plastic waste (pseudo company {@code park:heroya}) offered to Yara Porsgrunn, both
 * tenants of Herøya in the demo data.
 */
class SynergyBoardE2eTest extends BrowserTest {

	long synergy;

	String title;

	@BeforeAll
	void aSynergyAtHeroya() {
		this.title = "Plast → Yara Porsgrunn (E2E " + RegistryFixtures.unique("") + ")";
		this.synergy = jdbc
			.sql("""
					insert into synergy (supply_stream_id, supply_company_id, demand_company_id, rule_id, title)
					select s.id, s.company_id, y.id, :rule, :title
					from stream s join company p on p.id = s.company_id, company y
					where p.company_key = 'park:heroya' and s.stream_key = 'plastics-waste' and y.company_key = 'hotmaps:750'
					returning id""")
			.param("rule", RegistryFixtures.unique("e2e-board-"))
			.param("title", this.title)
			.query(Long.class)
			.single();
	}

	@BeforeEach
	void startLoggedOut() {
		browser.go("/login");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void aFacilitatorMovesASynergyFromIdentifiedToContactedWithTheKeyboard() {
		LoginPage.open(browser).logInAs("fasilitator-heroya", "demo");
		SynergyBoardPage board = SynergyBoardPage.open(browser);
		assertThat(board.heading()).isEqualTo("Samarbeid");
		assertThat(board.columnOf(this.synergy)).isEqualTo("Identifisert");
		assertThat(board.titlesIn("Identifisert")).contains(this.title);

		board.moveWithKeyboard(this.synergy, "Flytt til Kontaktet");
		browser.screenshot("synergy-board-moved");

		assertThat(board.notice()).isEqualTo("«" + this.title + "» er flyttet til Kontaktet.");
		assertThat(board.columnOf(this.synergy)).isEqualTo("Kontaktet");
		assertThat(board.titlesIn("Kontaktet")).contains(this.title);
		assertThat(board.titlesIn("Identifisert")).doesNotContain(this.title);
		assertThat(board.fragment()).isEqualTo("synergy-" + this.synergy);
	}

}
