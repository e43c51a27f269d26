package no.symbiose.app.symbiosis.pipeline;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The board and the synergy page, as the server renders them, and their forms. */
@IntegrationTest
class SynergyPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SynergyFixtures fixtures;

	Row park;

	Row smelter;

	Row cementWorks;

	long synergy;

	String facilitator;

	@BeforeEach
	void aSynergyInAPark() {
		this.fixtures = new SynergyFixtures(this.jdbc);
		RegistryFixtures registry = this.fixtures.registry();
		this.park = registry.aPark();
		this.smelter = registry.aTenantOf(this.park);
		this.cementWorks = this.fixtures.companyAt("4601", 60.39, 5.32);
		this.synergy = this.fixtures.synergy(this.smelter, this.cementWorks, "identified");
		this.facilitator = registry.facilitator(this.park);
	}

	@Test
	void asksForALoginFirst() throws Exception {
		this.mvc.perform(get("/samarbeid")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/samarbeid/" + this.synergy)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theBoardShowsTheCardInItsColumnWithItsMovesAndTheMissions() throws Exception {
		this.mvc.perform(get("/samarbeid").param("park", this.park.key()).with(as(this.facilitator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"synergy-" + this.synergy + "\""),
					containsString("Flygeaske → Testbedrift " + this.cementWorks.key()),
					containsString("Flytt til Kontaktet"), not(containsString("Sementråstoff")),
					containsString("Avvis samarbeidet"), containsString("Realiserte symbioser per fylke"),
					containsString("Testbedrift " + this.cementWorks.key()))));
	}

	@Test
	void aReporterSeesTheOtherSideAnonymouslyAndNoMoves() throws Exception {
		String reporter = this.fixtures.registry().reporter(this.smelter);

		this.mvc.perform(get("/samarbeid/" + this.synergy).with(as(reporter)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("en bedrift i Vestland"), not(containsString(this.cementWorks.key())),
						not(containsString("Flytt til")), containsString("Takk ja til å bli kjent"))));
		this.mvc.perform(get("/samarbeid/" + this.synergy).param("lang", "en").with(as(reporter)))
			.andExpect(content().string(containsString("a company in Vestland")));
	}

	@Test
	void aMoveFromTheBoardGoesBackToTheCard() throws Exception {
		this.mvc
			.perform(post("/samarbeid/" + this.synergy + "/state").param("state", "contacted")
				.param("version", "0")
				.param("back", "board")
				.param("park", this.park.key())
				.with(as(this.facilitator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/samarbeid?park=" + this.park.key() + "#synergy-" + this.synergy))
			.andExpect(flash().attribute("notice",
					"«Flygeaske → Testbedrift " + this.cementWorks.key() + "» er flyttet til Kontaktet."));

		assertThat(this.fixtures.state(this.synergy)).isEqualTo("contacted");
	}

	@Test
	void aRejectionWithoutReasonComesBackAsAMessageAndChangesNothing() throws Exception {
		this.mvc
			.perform(post("/samarbeid/" + this.synergy + "/state").param("state", "rejected")
				.param("version", "0")
				.with(as(this.facilitator))
				.with(csrf()))
			.andExpect(redirectedUrl("/samarbeid/" + this.synergy))
			.andExpect(flash().attribute("problems",
					java.util.List.of("Begrunnelse: Å avvise en synergi krever en begrunnelse")));

		assertThat(this.fixtures.state(this.synergy)).isEqualTo("identified");
	}

	@Test
	void recordsARealisedQuantityFromTheForm() throws Exception {
		this.jdbc.sql("update synergy set state = 'in_operation' where id = " + this.synergy).update();

		this.mvc
			.perform(post("/samarbeid/" + this.synergy + "/realised").param("year", "2024")
				.param("quantity", "120,5")
				.param("unit", "t/yr")
				.with(as(this.facilitator))
				.with(csrf()))
			.andExpect(flash().attributeExists("notice"));
		this.mvc.perform(get("/samarbeid/" + this.synergy).with(as(this.facilitator)))
			.andExpect(content().string(allOf(containsString("120,5"), containsString("Realisert mengde for 2024"))));
	}

	@Test
	void aSynergyTheViewerMayNotSeeIsTheNotFoundPage() throws Exception {
		String stranger = this.fixtures.registry().reporter(this.fixtures.aCompany());

		this.mvc.perform(get("/samarbeid/" + this.synergy).with(as(stranger))).andExpect(status().isNotFound());
	}

	private static RequestPostProcessor as(String username) {
		String role = username.startsWith("u-park-facilitator") ? "PARK_FACILITATOR" : "COMPANY_REPORTER";
		return user(username).roles(role);
	}

}
