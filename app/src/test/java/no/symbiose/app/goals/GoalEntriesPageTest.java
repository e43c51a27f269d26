package no.symbiose.app.goals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.goals.GoalEntries.EntryInput;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /mal/park/{park}/registreringer}: the park's entries grouped by goal for those
 * with access to the park, and the form its facilitator records them with; refused input
 * is shown field by field and writes nothing.
 */
@IntegrationTest
class GoalEntriesPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GoalEntries entries;

	RegistryFixtures registry;

	Row park;

	String facilitatorName;

	RequestPostProcessor facilitator;

	String path;

	@BeforeEach
	void givenAParkWithItsFacilitator() {
		this.registry = new RegistryFixtures(this.jdbc);
		this.park = this.registry.aPark();
		this.facilitatorName = this.registry.facilitator(this.park);
		this.facilitator = user(this.facilitatorName).roles("PARK_FACILITATOR");
		this.path = "/mal/park/" + this.park.key() + "/registreringer";
	}

	private long anEntry() {
		return this.entries.add(new Viewer(this.facilitatorName, Role.PARK_FACILITATOR, null, this.park.id(), null),
				new EntryInput("joint-research-projects", this.park.key(), null, 2025, 2.0, "Felles FoU med NTNU",
						"To prosjekter i Forskningsrådets IPN-ordning", "https://example.no/ipn-2025",
						LocalDate.of(2025, 4, 2)));
	}

	private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace('\u00a0', ' ');
	}

	private long entriesOfPark() {
		return this.jdbc.sql("select count(*) from goal_entry where park_id = :park")
			.param("park", this.park.id())
			.query(Long.class)
			.single();
	}

	@Test
	void aVisitorMustLogIn() throws Exception {
		this.mvc.perform(get(this.path)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theFacilitatorSeesTheEntriesByGoalAndTheForm() throws Exception {
		long id = anEntry();

		String html = html(get(this.path).with(this.facilitator), 200);

		String goal6 = html.substring(html.indexOf("id=\"entries-goal-6-research\""),
				html.indexOf("</section>", html.indexOf("id=\"entries-goal-6-research\"")));
		assertThat(goal6).contains("Mål 6: ")
			.contains("<caption>Registreringer: ")
			.contains("data-entry=\"" + id + "\"")
			.contains("Felles FoU med NTNU", "Felles forskningsprosjekter", "02.04.2025")
			.contains("href=\"https://example.no/ipn-2025\"")
			// the year's value (one entry of 2 projects) and the status: no target
			.containsPattern("data-summary=\"joint-research-projects\">\\s*<strong>Felles forskningsprosjekter</strong>"
					+ "\\s*<span>\\(sum per år\\):</span>\\s*<span>2025: 2\\.</span>\\s*<span>Ukjent status:</span>"
					+ "\\s*<span>målet mangler\\.</span>");
		assertThat(html).contains("Ingen registreringer for dette målet.")
			.contains("id=\"entry-form\"")
			.contains("name=\"_csrf\"")
			// only recorded park indicators, each with its unit
			.contains("<option value=\"spin-offs\">Spin-offs og oppstartsselskaper (antall)</option>")
			.contains("<option value=\"zero-emission-investment\">Investert i nullutslippsteknologi (NOK)</option>")
			.doesNotContain("value=\"co2-emissions\"")
			.doesNotContain("value=\"ccs-cooperating-parks\"");
	}

	@Test
	void theParksGoalPageLinksToTheEntries() throws Exception {
		String html = html(get("/mal/park/" + this.park.key()).with(this.facilitator), 200);

		assertThat(html).contains("href=\"" + this.path + "\"");
	}

	@Test
	void theFacilitatorRecordsAnEntry() throws Exception {
		this.mvc
			.perform(post(this.path).with(this.facilitator)
				.with(csrf())
				.param("indicator", "competence-activities")
				.param("value", "4")
				.param("year", "2025")
				.param("eventDate", "2025-10-15")
				.param("title", "Symbiosedag")
				.param("evidence", "Program og deltakerliste, arkivsak 2025/77"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.path + "#registreringer"));

		assertThat(this.jdbc.sql("select value from goal_entry where park_id = :park and title = 'Symbiosedag'")
			.param("park", this.park.id())
			.query(Double.class)
			.single()).isEqualTo(4.0);
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post(this.path).with(this.facilitator)
				.param("indicator", "competence-activities")
				.param("value", "4")
				.param("year", "2025")
				.param("eventDate", "2025-10-15")
				.param("title", "Symbiosedag")
				.param("evidence", "Referat"))
			.andExpect(status().isForbidden());
		assertThat(entriesOfPark()).isZero();
	}

	@Test
	void refusedInputIsShownFieldByFieldAndWritesNothing() throws Exception {
		String html = html(post(this.path).with(this.facilitator)
			.with(csrf())
			.param("indicator", "esg-goals")
			.param("value", "ja")
			.param("year", "")
			.param("eventDate", "15.10.2025")
			.param("title", "ESG")
			.param("evidence", ""), 400);

		assertThat(html).contains("Registreringen er ikke lagret.")
			.contains("id=\"entry-value-error\"", "Skriv verdien som et tall, for eksempel 12,5.")
			.contains("id=\"entry-year-error\"", "Oppgi året verdien gjelder.")
			.contains("id=\"entry-eventDate-error\"", "Skriv datoen som åååå-mm-dd.")
			.contains("id=\"entry-evidence-error\"", "Oppgi dokumentasjon: en nettadresse eller en dokumentreferanse.")
			.contains("aria-invalid=\"true\"")
			// what was typed is kept
			.contains("value=\"15.10.2025\"")
			.contains("<option value=\"esg-goals\" selected=\"selected\">");
		assertThat(entriesOfPark()).isZero();

		String english = html(post(this.path).param("lang", "en")
			.with(this.facilitator)
			.with(csrf())
			.param("indicator", "esg-goals")
			.param("value", "2")
			.param("year", "2025")
			.param("eventDate", "2025-10-15")
			.param("title", "ESG")
			.param("evidence", "Board decision 12/25"), 400);
		assertThat(english).contains("The entry was not saved.").contains("Answer yes (1) or no (0).");
		assertThat(entriesOfPark()).isZero();
	}

	@Test
	void aChangeFromAStalePageIsAConflictAndChangesNothing() throws Exception {
		long id = anEntry();
		this.entries.change(Viewer.nationalAdmin("admin"), id, new EntryInput(null, null, null, 2025, 3.0,
				"Felles FoU med NTNU", null, "https://example.no/ipn-2025", LocalDate.of(2025, 4, 2)), 0,
				java.util.List.of());

		String html = html(post(this.path + "/" + id).with(this.facilitator)
			.with(csrf())
			.param("version", "0")
			.param("value", "5")
			.param("year", "2025")
			.param("eventDate", "2025-04-02")
			.param("title", "Felles FoU med NTNU")
			.param("evidence", "https://example.no/ipn-2025"), 409);

		assertThat(html).contains("id=\"entries-refused\"").contains("er endret av noen andre siden du åpnet den");
		assertThat(this.jdbc.sql("select value from goal_entry where id = :id")
			.param("id", id)
			.query(Double.class)
			.single()).isEqualTo(3.0);
	}

	@Test
	void theFacilitatorChangesAndDeletesAnEntry() throws Exception {
		long id = anEntry();

		String form = html(get(this.path).param("endre", String.valueOf(id)).with(this.facilitator), 200);
		assertThat(form).contains("Endre registrering")
			.contains("Indikator: Felles forskningsprosjekter (enhet: antall).")
			.contains("name=\"version\" value=\"0\"");
		this.mvc
			.perform(post(this.path + "/" + id).with(this.facilitator)
				.with(csrf())
				.param("version", "0")
				.param("value", "3")
				.param("year", "2025")
				.param("eventDate", "2025-04-02")
				.param("title", "Felles FoU med NTNU")
				.param("evidence", "https://example.no/ipn-2025"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select value from goal_entry where id = :id")
			.param("id", id)
			.query(Double.class)
			.single()).isEqualTo(3.0);

		this.mvc
			.perform(post(this.path + "/" + id + "/slett").with(this.facilitator).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(entriesOfPark()).isZero();
	}

	@Test
	void aTenantReadsTheEntriesWithoutTheFormAndAnOutsiderSeesNothing() throws Exception {
		anEntry();
		RequestPostProcessor tenant = user(this.registry.reporter(this.registry.aTenantOf(this.park)))
			.roles("COMPANY_REPORTER");
		RequestPostProcessor outsider = user(this.registry.reporter(this.registry.aCompany()))
			.roles("COMPANY_REPORTER");

		String html = html(get(this.path).with(tenant), 200);
		assertThat(html).contains("Felles FoU med NTNU").doesNotContain("id=\"entry-form\"");
		this.mvc.perform(get(this.path).with(outsider)).andExpect(status().isNotFound());
		// nor may the tenant write by posting the form anyway
		html(post(this.path).with(tenant)
			.with(csrf())
			.param("indicator", "spin-offs")
			.param("value", "1")
			.param("year", "2025")
			.param("eventDate", "2025-10-15")
			.param("title", "Nytt selskap")
			.param("evidence", "Brønnøysundregistrene"), 403);
		assertThat(entriesOfPark()).isEqualTo(1);
	}

}
