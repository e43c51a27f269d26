package no.symbiose.app.programme;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.programme.Programme.NetZeroBasis;
import no.symbiose.app.programme.Programme.NetZeroState;
import no.symbiose.app.programme.Programme.ParkStatus;
import no.symbiose.app.security.Viewer;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.goals.GoalFollowUp;
import no.symbiose.engine.goals.Observation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme's decisions: national administrators record them, nobody else; bad input
 * changes nothing; history is never overwritten.
 */
@IntegrationTest
class ProgrammeDecisionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programme programme;

	@Autowired
	GoalFollowUp followUp;

	ProgrammeFixtures fixtures;

	Row park;

	@BeforeEach
	void givenAPark() {
		this.fixtures = new ProgrammeFixtures(this.jdbc);
		this.park = this.fixtures.aParkWithAFacilitator();
	}

	private long decisions() {
		return this.jdbc.sql("select count(*) from programme_decision where park_id = :p")
			.param("p", this.park.id())
			.query(Long.class)
			.single();
	}

	private String url() {
		return "/api/v1/programme/parks/" + this.park.key() + "/decisions";
	}

	private static final String ADMITTED = """
			{"decision": "admitted", "decidedOn": "2025-03-01", "decidedBy": "Programrådet",
			 "reason": "Oppfyller kriteriene for 2024."}""";

	@Test
	void anAdministratorRecordsDecisionsAndTheHistoryKeepsEveryOne() throws Exception {
		String admin = this.fixtures.registry().admin();
		this.mvc
			.perform(post(url()).contentType(MediaType.APPLICATION_JSON)
				.content(ADMITTED)
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.decision").value("admitted"))
			.andExpect(jsonPath("$.recordedBy").value(admin));
		this.mvc
			.perform(post(url()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"decision": "withdrawn", "decidedOn": "2026-01-15", "decidedBy": "Programrådet",
						 "reason": "Parken har ikke rapportert for 2025."}""")
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isCreated());

		this.mvc.perform(get(url()).with(user("someone").roles("COMPANY_REPORTER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].decision").value("withdrawn"))
			.andExpect(jsonPath("$[1].decision").value("admitted"));
		// the standing follows the latest decision by the end of each year
		Viewer viewer = Viewer.nationalAdmin(admin);
		assertThat(this.programme.of(this.park.id(), 2025, viewer).standingKey()).isEqualTo("admitted");
		assertThat(this.programme.of(this.park.id(), 2026, viewer).standingKey()).isEqualTo("withdrawn");
		assertThat(this.programme.of(this.park.id(), 2024, viewer).standingKey()).isEqualTo("none");
	}

	@Test
	void aFacilitatorOrACountyOfficerMayNotDecideAndNothingIsWritten() throws Exception {
		String facilitator = this.fixtures.registry().facilitator(this.park);
		this.mvc
			.perform(post(url()).contentType(MediaType.APPLICATION_JSON)
				.content(ADMITTED)
				.with(user(facilitator).roles("PARK_FACILITATOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(url()).contentType(MediaType.APPLICATION_JSON)
				.content(ADMITTED)
				.with(user("fylke").roles("COUNTY_OFFICER"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(url()).contentType(MediaType.APPLICATION_JSON).content(ADMITTED).with(csrf()))
			.andExpect(status().isUnauthorized());

		assertThat(decisions()).isZero();
	}

	@Test
	void badInputIsA400NamingEveryFieldAndChangesNothing() throws Exception {
		String tomorrow = LocalDate.now().plusDays(2).toString();
		this.mvc
			.perform(post(url()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"decision": "maybe", "decidedOn": "%s", "decidedBy": " ", "reason": ""}""".formatted(tomorrow))
				.with(user("admin").roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(4))
			.andExpect(jsonPath("$.errors[0].field").value("decision"))
			.andExpect(jsonPath("$.errors[1].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[2].field").value("decidedBy"))
			.andExpect(jsonPath("$.errors[3].field").value("reason"));
		this.mvc.perform(post(url()).contentType(MediaType.APPLICATION_JSON).content("""
				{"decision": "rejected", "decidedOn": "1. mars", "decidedBy": "Rådet", "reason": "Nei",
				 "netZero": true}""").with(user("admin").roles("NATIONAL_ADMIN")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
			.andExpect(jsonPath("$.errors[1].field").value("netZero"));

		assertThat(decisions()).isZero();
	}

	@Test
	void theFormRecordsADecisionAndShowsRefusalsInBokmal() throws Exception {
		String admin = this.fixtures.registry().admin();
		String refused = this.mvc
			.perform(post("/program/park/" + this.park.key() + "/vedtak").param("decision", "admitted")
				.param("decidedOn", "2025-03-01")
				.param("decidedBy", "")
				.param("reason", "Oppfyller kriteriene.")
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Vedtaket ble ikke ført.").contains("Vedtatt av: må fylles ut");
		assertThat(decisions()).isZero();

		this.mvc
			.perform(post("/program/park/" + this.park.key() + "/vedtak").param("decision", "admitted")
				.param("decidedOn", "2025-03-01")
				.param("decidedBy", "Programrådet")
				.param("reason", "Oppfyller kriteriene.")
				.with(user(admin).roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/program/park/" + this.park.key() + "#programme-decisions"));
		String page = this.mvc
			.perform(get("/program/park/" + this.park.key()).with(user(admin).roles("NATIONAL_ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"decision-form\"").contains("data-decision=\"admitted\"").contains("01.03.2025");
	}

	@Test
	void othersSeeTheHistoryButNotTheForm() throws Exception {
		String facilitator = this.fixtures.registry().facilitator(this.park);
		String page = this.mvc
			.perform(get("/program/park/" + this.park.key()).with(user(facilitator).roles("PARK_FACILITATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Ingen vedtak er ført.").doesNotContain("id=\"decision-form\"");
		this.mvc
			.perform(post("/program/park/" + this.park.key() + "/vedtak").param("decision", "admitted")
				.param("decidedOn", "2025-03-01")
				.param("decidedBy", "Meg")
				.param("reason", "Vi vil inn.")
				.with(user(facilitator).roles("PARK_FACILITATOR"))
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Bare nasjonale administratorer kan føre vedtak.")));
		assertThat(decisions()).isZero();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteADecision() throws Exception {
		this.mvc
			.perform(post(url()).contentType(MediaType.APPLICATION_JSON)
				.content(ADMITTED)
				.with(user("admin").roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isCreated());

		assertThatThrownBy(() -> this.jdbc.sql("update programme_decision set decision = 'rejected' where park_id = :p")
			.param("p", this.park.id())
			.update()).hasMessageContaining("is history and is never changed or deleted");
		assertThatThrownBy(() -> this.jdbc.sql("delete from programme_decision where park_id = :p")
			.param("p", this.park.id())
			.update()).hasMessageContaining("is history and is never changed or deleted");
		assertThat(this.jdbc.sql("select decision from programme_decision where park_id = :p")
			.param("p", this.park.id())
			.query(String.class)
			.single()).isEqualTo("admitted");
		// deleting the park takes its decisions with it
		this.jdbc.sql("delete from park where id = :p").param("p", this.park.id()).update();
		assertThat(decisions()).isZero();
	}

	@Test
	void anAdmissionAsNetZeroCountsTowardsTheHundredAreas() throws Exception {
		Viewer admin = Viewer.nationalAdmin("admin");
		int before = this.programme.progress(2025, admin).netZero();
		this.mvc
			.perform(post(url()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"decision": "admitted", "decidedOn": "2025-06-01", "decidedBy": "Programrådet",
						 "reason": "Dokumentert netto null med fangst og lagring.", "netZero": true}""")
				.with(user("admin").roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isCreated());

		ParkStatus status = this.programme.of(this.park.id(), 2025, admin);
		assertThat(status.netZero().state()).isEqualTo(NetZeroState.NET_ZERO);
		assertThat(status.netZero().basis()).isEqualTo(NetZeroBasis.DECISION);
		assertThat(this.programme.progress(2025, admin).netZero()).isEqualTo(before + 1);
		// the decision came in 2025: in 2024 the park was not yet one
		assertThat(this.programme.of(this.park.id(), 2024, admin).netZero().state()).isEqualTo(NetZeroState.UNKNOWN);
	}

	@Test
	void theNationsNetZeroAreasIndicatorCountsTheAdmission() throws Exception {
		Viewer admin = Viewer.nationalAdmin("admin");
		var indicator = this.followUp.catalogue().indicator("net-zero-areas").orElseThrow();
		double before = value(this.followUp.values(indicator, AccountScope.nation(), admin), 2024);
		this.mvc
			.perform(post(url()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"decision": "admitted", "decidedOn": "2024-06-01", "decidedBy": "Programrådet",
						 "reason": "Dokumentert netto null.", "netZero": true}""")
				.with(user("admin").roles("NATIONAL_ADMIN"))
				.with(csrf()))
			.andExpect(status().isCreated());

		assertThat(value(this.followUp.values(indicator, AccountScope.nation(), admin), 2024)).isEqualTo(before + 1);
		// the count is the nation's: a county or a park has no value of its own
		assertThat(this.followUp.values(indicator, AccountScope.park(this.park.key()), admin)).isEmpty();
	}

	private static double value(java.util.List<Observation> values, int year) {
		return values.stream().filter(v -> v.year() == year).findFirst().orElseThrow().value();
	}

	@Test
	void aParkThatEmitsNothingWithEveryTenantAccountedIsNetZeroAndOneThatEmitsIsNot() {
		Viewer admin = Viewer.nationalAdmin("admin");
		Row tenant = this.fixtures.registry().aTenantOf(this.park);
		this.fixtures.registry().facts(tenant, 2024, "private", 0);
		this.jdbc.sql("update yearly_facts set electricity_mwh = 0 where company_id = :c")
			.param("c", tenant.id())
			.update();

		assertThat(this.programme.of(this.park.id(), 2024, admin).netZero())
			.isEqualTo(new Programme.NetZero(NetZeroState.NET_ZERO, NetZeroBasis.ACCOUNT, 0.0));
		// a visitor may not see the private figures: unknown, not net zero
		assertThat(this.programme.of(this.park.id(), 2024, Viewer.anonymous()).netZero().state())
			.isEqualTo(NetZeroState.UNKNOWN);

		// a second tenant without a climate account: the known 0 t no longer covers the
		// park
		Row second = this.fixtures.registry().aTenantOf(this.park);
		this.fixtures.registry().facts(second, 2024, "private", 0);
		assertThat(this.programme.of(this.park.id(), 2024, admin).netZero().basis()).isEqualTo(NetZeroBasis.INCOMPLETE);

		// 5 t from the second tenant's account: above zero is known not to be net zero
		this.jdbc.sql("update yearly_facts set direct_emissions_t_co2e = 5, electricity_mwh = 0 where company_id = :c")
			.param("c", second.id())
			.update();
		assertThat(this.programme.of(this.park.id(), 2024, admin).netZero())
			.isEqualTo(new Programme.NetZero(NetZeroState.NOT_NET_ZERO, NetZeroBasis.ACCOUNT, 5.0));
	}

}
