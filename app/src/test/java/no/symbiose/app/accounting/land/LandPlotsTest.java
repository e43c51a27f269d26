package no.symbiose.app.accounting.land;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A park's facilitator maps the park's free plots on the land page; a bad plot, or one
 * for another park, is refused with a message and changes nothing.
 */
@IntegrationTest
class LandPlotsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Row park;

	String facilitator;

	@BeforeEach
	void aParkWithItsFacilitator() {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		this.park = registry.aPark();
		this.facilitator = registry.facilitator(this.park);
	}

	@Test
	void theFacilitatorAddsAPlotAndSeesItOnTheLandPageAndTheParkPage() throws Exception {
		this.mvc.perform(plot("Tomt B3, nord", "12,5", "zoned", "2026-01-01").with(as(this.facilitator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/regnskap/areal?park=" + this.park.key() + "#tomter"));

		assertThat(this.jdbc.sql("select area_daa from land_plot where park_id = :p and label = 'Tomt B3, nord'")
			.param("p", this.park.id())
			.query(Double.class)
			.single()).isEqualTo(12.5);
		this.mvc.perform(get("/regnskap/areal").param("park", this.park.key()).with(as(this.facilitator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tomt B3, nord"), containsString("12,5\u00A0daa"),
					containsString("Ferdig regulert"), containsString("01.01.2026"),
					containsString("1 av 1 parker har kartlagt ledige tomter."), containsString("id=\"plot-form\""))));
		this.mvc.perform(get("/parks/" + this.park.key()))
			.andExpect(content().string(allOf(containsString("id=\"park-plots\""), containsString("Tomt B3, nord"))));
	}

	@Test
	void refusesANegativeAreaWithAMessageAndChangesNothing() throws Exception {
		this.mvc.perform(plot("Tomt C", "-5", "zoned", "").with(as(this.facilitator)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"plot-errors\""),
					containsString("Arealet \u22125 daa må være større enn null"),
					containsString("id=\"plot-areaDaa-error\""), containsString("value=\"Tomt C\""))));

		assertThat(plots()).isZero();
	}

	@Test
	void refusesAPlotWithoutLabelAndSaysEveryProblemAtOnce() throws Exception {
		this.mvc.perform(plot(" ", "ten", "somewhere", "01.01.2026").with(as(this.facilitator)))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("Tomten må ha et navn"), containsString("id=\"plot-label-error\""),
						containsString("id=\"plot-areaDaa-error\""), containsString("id=\"plot-zoningStatus-error\""),
						containsString("id=\"plot-availableFrom-error\""))));

		assertThat(plots()).isZero();
	}

	@Test
	void refusesAPlotFromTheFacilitatorOfAnotherPark() throws Exception {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		String otherFacilitator = registry.facilitator(registry.aPark());

		this.mvc.perform(plot("Tomt D", "3", "zoned", "").with(as(otherFacilitator)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("Du kan bare endre tomtene til din egen park"),
					not(containsString("id=\"plot-form\"")))));

		assertThat(plots()).isZero();
	}

	@Test
	void refusesASecondPlotOfTheSameName() throws Exception {
		this.mvc.perform(plot("Tomt E", "3", "zoned", "").with(as(this.facilitator)))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(plot("Tomt E", "4", "being_zoned", "").with(as(this.facilitator)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("parken har allerede en tomt med dette navnet")));

		assertThat(plots()).isEqualTo(1);
	}

	@Test
	void asksAnAnonymousVisitorToLogInAndShowsNoForm() throws Exception {
		this.mvc.perform(plot("Tomt F", "3", "zoned", "")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/regnskap/areal").param("park", this.park.key()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"plot-form\""))));

		assertThat(plots()).isZero();
	}

	@Test
	void theFacilitatorRemovesAPlotButNotAnotherParksPlot() throws Exception {
		this.mvc.perform(plot("Tomt G", "3", "zoned", "").with(as(this.facilitator)));
		long id = this.jdbc.sql("select id from land_plot where park_id = :p")
			.param("p", this.park.id())
			.query(Long.class)
			.single();
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		String otherFacilitator = registry.facilitator(registry.aPark());

		this.mvc.perform(post("/regnskap/areal/tomter/" + id + "/slett").with(as(otherFacilitator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plots()).isEqualTo(1);

		this.mvc.perform(post("/regnskap/areal/tomter/" + id + "/slett").with(as(this.facilitator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(plots()).isZero();
	}

	@Test
	void theFacilitatorChangesAPlotAndABadChangeChangesNothing() throws Exception {
		this.mvc.perform(plot("Tomt I", "3", "zoned", "").with(as(this.facilitator)));
		long id = onlyPlot();

		this.mvc
			.perform(get("/regnskap/areal").param("park", this.park.key())
				.param("endre", String.valueOf(id))
				.with(as(this.facilitator)))
			.andExpect(content().string(allOf(containsString("Endre tomten"),
					containsString("action=\"/regnskap/areal/tomter/" + id + "\""),
					containsString("value=\"Tomt I\""))));
		this.mvc.perform(change(id, "Tomt I", "0", "zoned", 0).with(as(this.facilitator)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Tomten ble ikke endret"),
					containsString("Arealet 0 daa må være større enn null"))));
		assertThat(area(id)).isEqualTo(3.0);

		this.mvc.perform(change(id, "Tomt I, sør", "4,5", "being_zoned", 0).with(as(this.facilitator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/regnskap/areal?park=" + this.park.key() + "#tomter"));

		assertThat(area(id)).isEqualTo(4.5);
		assertThat(this.jdbc.sql("select label from land_plot where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Tomt I, sør");
	}

	@Test
	void refusesAChangeFromAnotherParksFacilitatorOrFromAnOldVersion() throws Exception {
		this.mvc.perform(plot("Tomt J", "3", "zoned", "").with(as(this.facilitator)));
		long id = onlyPlot();
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		String otherFacilitator = registry.facilitator(registry.aPark());

		this.mvc.perform(change(id, "Tomt J", "9", "zoned", 0).with(as(otherFacilitator)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Du kan bare endre tomtene til din egen park")));
		this.mvc.perform(change(id, "Tomt J", "5", "zoned", 0).with(as(this.facilitator)))
			.andExpect(status().is3xxRedirection());
		// version 0 is now old: the page read before the change above
		this.mvc.perform(change(id, "Tomt J", "7", "zoned", 0).with(as(this.facilitator)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Noen andre endret tomten i mellomtiden")));

		assertThat(area(id)).isEqualTo(5.0);
	}

	@Test
	void theApiAddsAPlotForAnAdministratorAndRefusesABadOneAsAProblem() throws Exception {
		String admin = new RegistryFixtures(this.jdbc).admin();

		this.mvc
			.perform(post("/api/v1/accounts/land/plots").param("park", this.park.key())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"label": "Tomt H", "areaDaa": 7.5, "zoningStatus": "master_plan", "source": "test"}""")
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/accounts/land/plots").param("park", this.park.key())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"label": "", "areaDaa": -1, "zoningStatus": "zoned"}""")
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("label"))
			.andExpect(jsonPath("$.errors[1].field").value("areaDaa"));

		assertThat(plots()).isEqualTo(1);
		this.mvc.perform(get("/api/v1/accounts/land").param("park", this.park.key()))
			.andExpect(jsonPath("$.parks[0].plots[0].label").value("Tomt H"))
			.andExpect(jsonPath("$.parks[0].plots[0].zoningStatus").value("master_plan"))
			.andExpect(jsonPath("$.parksWithPlotsMapped").value(1));
		long id = this.jdbc.sql("select id from land_plot where park_id = :p")
			.param("p", this.park.id())
			.query(Long.class)
			.single();
		this.mvc
			.perform(delete("/api/v1/accounts/land/plots/" + id).with(user(admin).roles("NATIONAL_ADMIN")).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(plots()).isZero();
	}

	private MockHttpServletRequestBuilder plot(String label, String area, String zoning, String from) {
		return post("/regnskap/areal/tomter").param("park", this.park.key())
			.param("label", label)
			.param("areaDaa", area)
			.param("zoningStatus", zoning)
			.param("availableFrom", from)
			.param("source", "test")
			.with(csrf());
	}

	private MockHttpServletRequestBuilder change(long id, String label, String area, String zoning, int version) {
		return post("/regnskap/areal/tomter/" + id).param("label", label)
			.param("areaDaa", area)
			.param("zoningStatus", zoning)
			.param("availableFrom", "")
			.param("source", "test")
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private long onlyPlot() {
		return this.jdbc.sql("select id from land_plot where park_id = :p")
			.param("p", this.park.id())
			.query(Long.class)
			.single();
	}

	private double area(long id) {
		return this.jdbc.sql("select area_daa from land_plot where id = :id")
			.param("id", id)
			.query(Double.class)
			.single();
	}

	private long plots() {
		return this.jdbc.sql("select count(*) from land_plot where park_id = :p")
			.param("p", this.park.id())
			.query(Long.class)
			.single();
	}

	private static RequestPostProcessor as(String username) {
		return user(username).roles("PARK_FACILITATOR");
	}

}
