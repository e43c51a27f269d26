package no.symbiose.app.goals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.goals.GoalFollowUp.IndicatorFollowUp;
import no.symbiose.app.goals.ParkTargets.TargetInput;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.GoalStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The goal dashboards of the nation, a county and a park, on the demo data plus one park
 * whose only tenant emits 100, 96 and 90 t CO2e in 2023–2025 (scope 2 = 0): against the
 * national −50 % that is at risk (2025: 90 t, trajectory 85.71 t, tolerance 5 t; see
 * {@link GoalFollowUpTest}).
 */
@IntegrationTest
class GoalDashboardPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GoalFollowUp followUp;

	@Autowired
	ParkTargets targets;

	Row park;

	Row tenant;

	String admin;

	String facilitator;

	@BeforeEach
	void givenAParkAtRiskOnGoalOne() {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		this.park = registry.aPark();
		this.tenant = registry.aCompany();
		this.jdbc.sql("insert into tenancy (company_id, park_id, valid_from) values (:c, :p, date '2020-01-01')")
			.param("c", this.tenant.id())
			.param("p", this.park.id())
			.update();
		registry.facts(this.tenant, 2023, "public", 100);
		registry.facts(this.tenant, 2024, "public", 96);
		registry.facts(this.tenant, 2025, "public", 90);
		this.jdbc.sql("update yearly_facts set electricity_mwh = 0 where company_id = :c")
			.param("c", this.tenant.id())
			.update();
		this.admin = registry.admin();
		this.facilitator = registry.facilitator(this.park);
	}

	private String html(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(expectedStatus))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace('\u00a0', ' ');
	}

	/** The row of a table (by its id) whose first attribute names the key. */
	private static String row(String html, String tableId, String attribute, String key) {
		String table = html.substring(html.indexOf("id=\"" + tableId + "\""));
		table = table.substring(0, table.indexOf("</table>"));
		int at = table.indexOf(attribute + "=\"" + key + "\"");
		assertThat(at).as("%s row %s in %s", attribute, key, tableId).isNotNegative();
		return table.substring(at, table.indexOf("</tr>", at));
	}

	/** The status a goal has by the rule, from the same follow-up the page uses. */
	private GoalStatus expected(AccountScope scope, String goalKey, Viewer viewer) {
		List<GoalStatus> statuses = this.followUp.of(scope, viewer)
			.stream()
			.filter(f -> f.indicator().goalKey().equals(goalKey))
			.map(f -> f.assessment().status())
			.toList();
		return GoalStatus.worstKnown(statuses);
	}

	@Test
	void theNationalDashboardIsPublicWithEveryGoalEveryCountyAndTheMap() throws Exception {
		String html = html(get("/mal"), 200);

		assertThat(html).contains("<h1", "Mål og status for hele landet", "Siste år med data: ");
		for (String goal : List.of("goal-1-co2", "goal-10-competence", "mission-1-symbiosis", "mission-3-competence")) {
			assertThat(row(html, "goals-overview", "data-goal", goal)).contains("data-status=\"");
		}
		GoalStatus nationGoal1 = expected(AccountScope.nation(), "goal-1-co2", Viewer.anonymous());
		assertThat(row(html, "goals-overview", "data-goal", "goal-1-co2"))
			.contains("data-status=\"" + nationGoal1 + "\"");
		// Telemark, with the park above, links down to its dashboard with its own status
		String telemark = row(html, "goals-counties", "data-area", "40");
		assertThat(telemark).contains("href=\"/mal/fylke/40\"", "Telemark");
		assertThat(telemark.substring(telemark.indexOf("data-goal=\"goal-1-co2\"")))
			.contains("data-status=\"" + expected(AccountScope.county("40"), "goal-1-co2", Viewer.anonymous()) + "\"");
		assertThat(html).contains("href=\"/mal/fylke/18\"", "href=\"/mal/fylke/46\"");
		// the map's data names each county's goal-1 status; the legend says each in words
		assertThat(html).contains("id=\"goals-map-data\"", "data-goals-map", "\"key\":\"40\"", "goals-map-data-legend")
			.contains(">I rute<", ">I fare<", ">Ikke i rute<", ">Ukjent<")
			.contains("href=\"/mal/katalog\"");
		// national indicators with a value have a chart and the same figures in a table
		if (this.followUp.of(AccountScope.nation(), ClimateIndicatorValues.CO2, Viewer.anonymous())
			.latest()
			.isPresent()) {
			assertThat(html).contains("id=\"chart-co2-emissions\"", "id=\"chart-table-co2-emissions\"",
					"data-goal-chart");
		}
	}

	@Test
	void theCatalogueMovedToKatalog() throws Exception {
		assertThat(html(get("/mal/katalog"), 200)).contains("id=\"goals-national\"", "Kilde: 002 Målbilder, mål 1");
	}

	@Test
	void theCountyDashboardShowsTheMissionsTheGoalsAndItsParks() throws Exception {
		String html = html(get("/mal/fylke/40"), 200);

		assertThat(html).contains("Mål og status for Telemark", "href=\"/mal\"");
		String missions = html.substring(html.indexOf("id=\"goals-missions\""),
				html.indexOf("id=\"overview-heading\""));
		// mission I: at least 2 realised symbioses in every county, a county-level target
		assertThat(missions).contains("Oppdrag 1: ", "Oppdrag 2: ", "Oppdrag 3: ")
			.contains("data-indicator=\"realised-symbioses-per-county\"")
			.contains("2 i 2030");
		String ourPark = row(html, "goals-parks", "data-area", this.park.key());
		assertThat(ourPark).contains("href=\"/mal/park/" + this.park.key() + "\"")
			.contains("data-status=\"" + expected(AccountScope.park(this.park.key()), "goal-1-co2", Viewer.anonymous())
					+ "\"");
		assertThat(row(html, "goals-parks", "data-area", "heroya")).contains("Herøya Industripark");
		// Mo i Rana is in Nordland, not here
		assertThat(html).doesNotContain("data-area=\"mo\"").contains("\"focusCounty\":\"40\"");
	}

	@Test
	void anUnknownCountyIsTheNotFoundPage() throws Exception {
		assertThat(html(get("/mal/fylke/99"), 404)).contains("Vi fant ikke siden");
		assertThat(html(get("/mal/fylke/telemark"), 404)).contains("Vi fant ikke siden");
		assertThat(html(get("/mal/park/no-such-park").with(user(this.admin).roles("NATIONAL_ADMIN")), 404))
			.contains("Vi fant ikke siden");
	}

	@Test
	void theParkDashboardShowsEveryIndicatorByGoalWithItsStatusAndTenants() throws Exception {
		String html = html(get("/mal/park/" + this.park.key()).with(user(this.admin).roles("NATIONAL_ADMIN")), 200);

		// goal 1: co2 at risk; the investment indicator is unknown and left out of the
		// rollup
		assertThat(row(html, "goals-overview", "data-goal", "goal-1-co2")).contains("data-status=\"AT_RISK\"")
			.contains("1 av 2");
		String co2 = html.substring(html.indexOf("data-indicator=\"co2-emissions\""));
		co2 = co2.substring(0, co2.indexOf("</tr>"));
		assertThat(co2).contains("90 t CO2e (2025)", "−50 % fra 2023 til 2030", "nasjonalt mål", "100 t CO2e i 2023",
				"data-status=\"AT_RISK\"", "linjen mot målet var 85,71 t CO2e i 2025");
		// the chart's table: values and the line to the target, 100 t in 2023 to 50 t in
		// 2030
		String chart = html.substring(html.indexOf("id=\"chart-table-co2-emissions\""));
		chart = chart.substring(0, chart.indexOf("</table>"));
		assertThat(chart).containsSubsequence(">2023<", "100 t CO2e", "100 t CO2e", ">2025<", "90 t CO2e",
				"85,71 t CO2e", ">2030<", "ukjent", "50 t CO2e");
		assertThat(html).contains("data-indicator=\"land-use\"", "data-indicator=\"tenant-climate-accounts\"")
			.contains("id=\"chart-table-co2-emissions\"")
			.contains("href=\"/companies/" + this.tenant.key() + "\"")
			.contains("href=\"/mal/fylke/40\"", "href=\"/mal\"")
			// an admin may adopt the park's own target
			.contains("id=\"target-form\"", "name=\"_csrf\"");
	}

	@Test
	void aVisitorMustLogInForAParkAndACountyOfficerSeesNoForm() throws Exception {
		this.mvc.perform(get("/mal/park/" + this.park.key())).andExpect(status().is3xxRedirection());
		String officer = new RegistryFixtures(this.jdbc).countyOfficer("40");

		String html = html(get("/mal/park/" + this.park.key()).with(user(officer).roles("COUNTY_OFFICER")), 200);

		assertThat(html).contains("data-indicator=\"co2-emissions\"").doesNotContain("id=\"target-form\"");
	}

	@Test
	void theFacilitatorAdoptsAStricterTargetAndTheStatusFollows() throws Exception {
		this.mvc
			.perform(
					post("/mal/park/" + this.park.key() + "/mal").with(user(this.facilitator).roles("PARK_FACILITATOR"))
						.with(csrf())
						.param("indicator", "co2-emissions")
						.param("kind", "relative_change")
						.param("value", "−70")
						.param("baselineYear", "2023")
						.param("baselineValue", "100")
						.param("source", "Styrevedtak"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/mal/park/" + this.park.key() + "#park-target-form"));

		// -70 % of 100 t = 30 t; trajectory 2025 = 100 - 70 x 2/7 = 80 t; 90 t is 10 t
		// behind > 7 t
		String html = html(get("/mal/park/" + this.park.key()).with(user(this.facilitator).roles("PARK_FACILITATOR")),
				200);
		String co2 = html.substring(html.indexOf("data-indicator=\"co2-emissions\""));
		co2 = co2.substring(0, co2.indexOf("</tr>"));
		assertThat(co2).contains("data-status=\"OFF_TRACK\"", "parken selv", "−70 % fra 2023 til 2030",
				"linjen mot målet var 80 t CO2e i 2025");
	}

	@Test
	void aRefusedTargetNamesEachFieldAndChangesNothing() throws Exception {
		this.targets.adopt(Viewer.nationalAdmin("admin"), this.park.key(), "co2-emissions",
				new TargetInput("relative_change", -0.5, 2023, 100.0, "first"));
		List<Map<String, Object>> before = parkTargets();

		String html = html(
				post("/mal/park/" + this.park.key() + "/mal").with(user(this.facilitator).roles("PARK_FACILITATOR"))
					.with(csrf())
					.param("indicator", "co2-emissions")
					.param("kind", "relative_change")
					.param("value", "mye")
					.param("baselineYear", "tjue")
					.param("baselineValue", "100"),
				400);

		assertThat(html)
			.contains("id=\"target-errors\"", "id=\"target-value-error\"", "id=\"target-baselineYear-error\"")
			.contains("Skriv et tall", "Skriv et årstall")
			.contains("value=\"mye\"");
		assertThat(parkTargets()).isEqualTo(before);

		// the baseline is fixed once set: another one is refused, the row stays as it was
		String fixed = html(
				post("/mal/park/" + this.park.key() + "/mal").with(user(this.facilitator).roles("PARK_FACILITATOR"))
					.with(csrf())
					.param("indicator", "co2-emissions")
					.param("kind", "relative_change")
					.param("value", "-60")
					.param("baselineYear", "2023")
					.param("baselineValue", "120"),
				400);
		assertThat(fixed).contains("id=\"target-baselineValue-error\"", "Basisverdien er låst");
		assertThat(parkTargets()).isEqualTo(before);

		// another park's facilitator may not, and nothing changes either
		Row other = new RegistryFixtures(this.jdbc).aPark();
		String stranger = new RegistryFixtures(this.jdbc).facilitator(other);
		html(post("/mal/park/" + this.park.key() + "/mal").with(user(stranger).roles("PARK_FACILITATOR"))
			.with(csrf())
			.param("indicator", "co2-emissions")
			.param("kind", "relative_change")
			.param("value", "-90"), 403);
		assertThat(parkTargets()).isEqualTo(before);

		// without the CSRF token the form is refused before it reaches the page
		this.mvc
			.perform(
					post("/mal/park/" + this.park.key() + "/mal").with(user(this.facilitator).roles("PARK_FACILITATOR"))
						.param("indicator", "co2-emissions")
						.param("kind", "relative_change")
						.param("value", "-90"))
			.andExpect(status().isForbidden());
		assertThat(parkTargets()).isEqualTo(before).hasSize(1);
		assertThat(before.get(0)).containsEntry("target_value", -0.5).containsEntry("baseline_value", 100.0);
	}

	private List<Map<String, Object>> parkTargets() {
		return this.jdbc.sql("""
				select indicator_key, target_kind, target_value, baseline_year, baseline_value, source, version
				from park_target where park_id = :park order by indicator_key""")
			.param("park", this.park.id())
			.query()
			.listOfRows();
	}

}
