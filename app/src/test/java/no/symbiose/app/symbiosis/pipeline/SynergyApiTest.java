package no.symbiose.app.symbiosis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.engine.symbiosis.SynergyState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pipeline's API as a national administrator uses it: create, move, follow up,
 * record.
 */
@IntegrationTest
class SynergyApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SynergyFixtures fixtures;

	String admin;

	@BeforeEach
	void fixtures() {
		this.fixtures = new SynergyFixtures(this.jdbc);
		this.admin = this.fixtures.registry().admin();
	}

	@Test
	void createsASynergyFromACandidateIdAndAnswersTheSameOneTheSecondTime() throws Exception {
		Row smelter = this.fixtures.aCompany();
		Row cementWorks = this.fixtures.aCompany();
		long ash = this.fixtures.offer(smelter, "Flygeaske");
		long rawMeal = this.fixtures.need(cementWorks, "Råmel");
		String candidate = "s" + ash + ">d" + rawMeal + ":ash-to-cement";

		String location = this.mvc.perform(as(this.admin, post("/api/v1/synergies")).content(candidateBody(candidate)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/synergies/")))
			.andExpect(jsonPath("$.title").value("Flygeaske → Råmel"))
			.andExpect(jsonPath("$.state").value("identified"))
			.andExpect(jsonPath("$.ruleId").value("ash-to-cement"))
			.andExpect(jsonPath("$.supply.companyKey").value(smelter.key()))
			.andExpect(jsonPath("$.demand.companyKey").value(cementWorks.key()))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		this.mvc.perform(as(this.admin, post("/api/v1/synergies")).content(candidateBody(candidate)))
			.andExpect(status().isOk())
			.andExpect(header().string("Location", location));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(count("select count(*) from synergy where supply_stream_id = " + ash)).isOne();
		assertThat(this.fixtures.events(id)).as("one 'created' event").isOne();
	}

	@Test
	void createsASynergyForACompanysImplicitDemandNamedAfterTheCompany() throws Exception {
		Row smelter = this.fixtures.aCompany();
		Row greenhouse = this.fixtures.aCompany();
		long heat = this.fixtures.offer(smelter, "Overskuddsvarme");

		this.mvc
			.perform(as(this.admin, post("/api/v1/synergies"))
				.content(candidateBody("s" + heat + ">c" + greenhouse.id() + ":heat-to-greenhouse")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Overskuddsvarme → Testbedrift " + greenhouse.key()));
		assertThat(count("select count(*) from synergy where supply_stream_id = " + heat
				+ " and demand_stream_id is null and demand_company_id = " + greenhouse.id()))
			.isOne();
	}

	@Test
	void rejectsMalformedOrUnknownCandidatesAndCreatesNothing() throws Exception {
		Row company = this.fixtures.aCompany();
		long input = this.fixtures.need(company, "Råmel");
		long before = count("select count(*) from synergy");

		this.mvc.perform(as(this.admin, post("/api/v1/synergies")).content(candidateBody("s1>x2:rule")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("candidateId"));
		// an input stream cannot be the supply
		this.mvc
			.perform(
					as(this.admin, post("/api/v1/synergies")).content(candidateBody("s" + input + ">d" + input + ":r")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value("finnes ikke: strømmen som tilbys, strømmen som etterspørres eller bedriften mangler"));
		this.mvc.perform(as(this.admin, post("/api/v1/synergies")).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("må fylles ut"));

		assertThat(count("select count(*) from synergy")).isEqualTo(before);
	}

	static Stream<Arguments> legalMoves() {
		List<Arguments> moves = new ArrayList<>();
		for (SynergyState from : SynergyState.values()) {
			for (SynergyState to : from.next()) {
				moves.add(Arguments.of(from.key(), to.key()));
			}
		}
		return moves.stream();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("legalMoves")
	void movesAlongEveryLegalStepAndRecordsIt(String from, String to) throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), from);

		this.mvc.perform(as(this.admin, post("/api/v1/synergies/" + id + "/state")).content("""
				{"state": "%s", "reason": "Avklart i møte", "version": 0}""".formatted(to)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value(to))
			.andExpect(jsonPath("$.version").value(1));

		assertThat(this.fixtures.state(id)).isEqualTo(to);
		this.mvc.perform(as(this.admin, get("/api/v1/synergies/" + id)))
			.andExpect(jsonPath("$.events[0].kind").value("moved"))
			.andExpect(jsonPath("$.events[0].fromState").value(from))
			.andExpect(jsonPath("$.events[0].toState").value(to))
			.andExpect(jsonPath("$.events[0].username").value(this.admin))
			.andExpect(jsonPath("$.events[0].note").value("Avklart i møte"));
	}

	static Stream<Arguments> illegalMoves() {
		List<Arguments> moves = new ArrayList<>();
		for (SynergyState from : SynergyState.values()) {
			for (SynergyState to : SynergyState.values()) {
				if (!from.canMoveTo(to)) {
					moves.add(Arguments.of(from.key(), to.key()));
				}
			}
		}
		return moves.stream();
	}

	@ParameterizedTest(name = "{0} ↛ {1}")
	@MethodSource("illegalMoves")
	void refusesEveryIllegalStepAndChangesNothing(String from, String to) throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), from);

		this.mvc.perform(as(this.admin, post("/api/v1/synergies/" + id + "/state")).content("""
				{"state": "%s", "reason": "hopp", "version": 0}""".formatted(to)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("En synergi kan ikke gå fra «%s» til «%s»".formatted(from, to)));

		assertThat(this.fixtures.state(id)).isEqualTo(from);
		assertThat(this.fixtures.events(id)).isZero();
	}

	@Test
	void rejectingWithoutAReasonIs400AndChangesNothing() throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), "contacted");

		this.mvc.perform(as(this.admin, post("/api/v1/synergies/" + id + "/state")).content("""
				{"state": "rejected", "reason": "  ", "version": 0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("Å avvise en synergi krever en begrunnelse"));

		assertThat(this.fixtures.state(id)).isEqualTo("contacted");
		assertThat(version(id)).isZero();
		assertThat(this.fixtures.events(id)).isZero();
	}

	@Test
	void aMoveWithAStaleVersionIs409AndKeepsTheNewerState() throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), "identified");
		this.mvc.perform(as(this.admin, post("/api/v1/synergies/" + id + "/state")).content("""
				{"state": "contacted", "version": 0}""")).andExpect(status().isOk());

		this.mvc.perform(as(this.admin, post("/api/v1/synergies/" + id + "/state")).content("""
				{"state": "rejected", "reason": "for sent", "version": 0}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1));

		assertThat(this.fixtures.state(id)).isEqualTo("contacted");
	}

	@Test
	void namesEveryProblemOfAMoveAtOnceInEnglishWhenAskedFor() throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), "identified");

		this.mvc
			.perform(as(this.admin, post("/api/v1/synergies/" + id + "/state")).header("Accept-Language", "en")
				.content("""
						{"state": "done"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("state", "version")))
			.andExpect(jsonPath("$.detail").value("2 fields are invalid; nothing was saved."));
	}

	@Test
	void setsOwnerNotesAndFollowUpAndRecordsEachChange() throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), "contacted");
		String officer = this.fixtures.registry().countyOfficer("40");

		this.mvc
			.perform(as(this.admin, patch("/api/v1/synergies/" + id)).content("""
					{"ownerUsername": "%s", "notes": "Møte i uke 12", "nextFollowUp": "2025-03-20", "version": 0}"""
				.formatted(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerUsername").value(officer))
			.andExpect(jsonPath("$.notes").value("Møte i uke 12"))
			.andExpect(jsonPath("$.nextFollowUp").value("2025-03-20"))
			.andExpect(jsonPath("$.version").value(1));

		this.mvc.perform(as(this.admin, get("/api/v1/synergies/" + id)))
			.andExpect(jsonPath("$.events[*].field", containsInAnyOrder("owner", "notes", "next_follow_up")));

		// an empty text clears, a field left out stays
		this.mvc.perform(as(this.admin, patch("/api/v1/synergies/" + id)).content("""
				{"nextFollowUp": "", "version": 1}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nextFollowUp").doesNotExist())
			.andExpect(jsonPath("$.notes").value("Møte i uke 12"));
	}

	@Test
	void refusesAnOwnerWhoMayNotManageItABadDateAndAStaleVersionWithoutChangingAnything() throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), "contacted");
		String officerElsewhere = this.fixtures.registry().countyOfficer("18");

		this.mvc
			.perform(as(this.admin, patch("/api/v1/synergies/" + id)).content("""
					{"ownerUsername": "%s", "nextFollowUp": "20. mars", "notes": "x", "version": 0}"""
				.formatted(officerElsewhere)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("ownerUsername", "nextFollowUp")));
		this.mvc.perform(as(this.admin, patch("/api/v1/synergies/" + id)).content("""
				{"notes": "x", "version": 7}""")).andExpect(status().isConflict());

		assertThat(this.jdbc.sql("select notes from synergy where id = " + id).query(String.class).optional())
			.isEmpty();
		assertThat(version(id)).isZero();
	}

	@Test
	void recordsRealisedQuantitiesOnlyOnceInOperationOnePerYear() throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), "agreed");
		String body = """
				{"quantity": 200, "unit": "t/yr", "source": "Veielapper 2024"}""";

		this.mvc.perform(as(this.admin, put("/api/v1/synergies/" + id + "/realised/2024")).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		assertThat(count("select count(*) from synergy_realised where synergy_id = " + id)).isZero();

		this.jdbc.sql("update synergy set state = 'in_operation' where id = " + id).update();
		// the fixture expects 400 t/yr avoiding 100 t CO2e: 200 t avoid 200 × 100 / 400 =
		// 50 t
		this.mvc.perform(as(this.admin, put("/api/v1/synergies/" + id + "/realised/2024")).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.tCo2eAvoided").value(50.0));
		this.mvc.perform(as(this.admin, put("/api/v1/synergies/" + id + "/realised/2024")).content("""
				{"quantity": 260, "unit": "t/yr"}""")).andExpect(status().isOk());

		this.mvc.perform(as(this.admin, get("/api/v1/synergies/" + id)))
			.andExpect(jsonPath("$.realised.length()").value(1))
			.andExpect(jsonPath("$.realised[0].quantity").value(260.0))
			.andExpect(jsonPath("$.realised[0].tCo2eAvoided").value(65.0));
	}

	@Test
	void badRealisedFiguresAre400WithEveryFieldAndStoreNothing() throws Exception {
		long id = this.fixtures.synergy(this.fixtures.aCompany(), this.fixtures.aCompany(), "in_operation");

		this.mvc.perform(as(this.admin, put("/api/v1/synergies/" + id + "/realised/1989")).content("""
				{"quantity": -5, "unit": "kg"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("year", "quantity", "unit")));

		assertThat(count("select count(*) from synergy_realised where synergy_id = " + id)).isZero();
		assertThat(this.fixtures.events(id)).isZero();
	}

	@Test
	void unknownSynergyIs404AndListsArePagedAndFiltered() throws Exception {
		Row supplier = this.fixtures.aCompany();
		long first = this.fixtures.synergy(supplier, this.fixtures.aCompany(), "contacted");
		this.fixtures.synergy(supplier, this.fixtures.aCompany(), "contacted");
		this.fixtures.synergy(supplier, this.fixtures.aCompany(), "identified");

		this.mvc.perform(as(this.admin, get("/api/v1/synergies/999999999")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Fant ingen samarbeid med nøkkelen 999999999."));
		this.mvc.perform(as(this.admin, get("/api/v1/synergies?company=" + supplier.key() + "&state=contacted&size=1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items.length()").value(1));
		this.mvc.perform(as(this.admin, get("/api/v1/synergies?state=finished")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		assertThat(first).isPositive();
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(username, RegistryFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
	}

	private static String candidateBody(String candidateId) {
		return "{\"candidateId\": \"" + candidateId + "\"}";
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private int version(long id) {
		return this.jdbc.sql("select version from synergy where id = " + id).query(Integer.class).single();
	}

}
