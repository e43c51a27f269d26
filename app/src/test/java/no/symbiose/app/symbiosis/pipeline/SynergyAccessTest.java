package no.symbiose.app.symbiosis.pipeline;

import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees and who changes a synergy (docs/security.md), and the double-blind rule: a
 * smelter at Herøya in Porsgrunn (Telemark) offers fly ash to a cement works in Bergen
 * (Vestland), about 270 km west.
 */
@IntegrationTest
class SynergyAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SynergyFixtures fixtures;

	RegistryFixtures registry;

	Row park;

	Row smelter;

	Row cementWorks;

	long synergy;

	@BeforeEach
	void aSynergyBetweenTelemarkAndVestland() {
		this.fixtures = new SynergyFixtures(this.jdbc);
		this.registry = this.fixtures.registry();
		this.park = this.registry.aPark();
		this.smelter = this.registry.aTenantOf(this.park);
		this.cementWorks = this.fixtures.companyAt("4601", 60.39, 5.32);
		this.jdbc.sql("update company set lat = 59.12, lon = 9.62 where id = " + this.smelter.id()).update();
		this.synergy = this.fixtures.synergy(this.smelter, this.cementWorks, "identified");
	}

	@Test
	void anonymousCallersGet401AndTheMissionsOnly() throws Exception {
		this.mvc.perform(get("/api/v1/synergies/" + this.synergy)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/synergies")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/synergies/missions")).andExpect(status().isOk());
	}

	@Test
	void nationalAdministratorsSeeAndManageEverything() throws Exception {
		String admin = this.registry.admin();

		read(admin).andExpect(status().isOk()).andExpect(jsonPath("$.synergy.mayManage").value(true));
		move(admin).andExpect(status().isOk());
	}

	@Test
	void managersSeeAStreamsNameInTheTitleOnlyWhereTheyMayReadTheStream() throws Exception {
		// Both streams are private: the park's facilitator may read the smelter's (a
		// tenant), not the cement works'; a county officer neither; the admin both.
		read(this.registry.facilitator(this.park))
			.andExpect(jsonPath("$.synergy.title").value("Flygeaske → Testbedrift " + this.cementWorks.key()));
		read(this.registry.countyOfficer("40")).andExpect(jsonPath("$.synergy.title")
			.value("Testbedrift " + this.smelter.key() + " → Testbedrift " + this.cementWorks.key()));
		read(this.registry.admin()).andExpect(jsonPath("$.synergy.title").value("Flygeaske → Sementråstoff"));
	}

	@Test
	void countyOfficersManageSynergiesWithACompanyInTheirCountyOnly() throws Exception {
		String telemark = this.registry.countyOfficer("40");
		String vestland = this.registry.countyOfficer("46");
		String nordland = this.registry.countyOfficer("18");

		read(telemark).andExpect(status().isOk());
		read(vestland).andExpect(status().isOk());
		read(nordland).andExpect(status().isNotFound());
		list(nordland).andExpect(jsonPath("$.items[*].id", not(hasItem((int) this.synergy))));
		move(nordland).andExpect(status().isNotFound());
		move(vestland).andExpect(status().isOk());
	}

	@Test
	void parkFacilitatorsManageSynergiesOfTheirActiveTenantsOnly() throws Exception {
		String own = this.registry.facilitator(this.park);
		String other = this.registry.facilitator(this.registry.aPark());

		read(own).andExpect(status().isOk()).andExpect(jsonPath("$.synergy.mayManage").value(true));
		read(other).andExpect(status().isNotFound());
		move(other).andExpect(status().isNotFound());

		// a tenancy that has ended gives no access
		this.jdbc.sql("update tenancy set valid_to = date '2024-12-31' where company_id = " + this.smelter.id())
			.update();
		read(own).andExpect(status().isNotFound());
	}

	@Test
	void companyReportersReadTheirOwnSynergiesButMayNotMoveOrEditThem() throws Exception {
		String smelterReporter = this.registry.reporter(this.smelter);
		String unrelated = this.registry.reporter(this.fixtures.aCompany());

		read(smelterReporter).andExpect(status().isOk()).andExpect(jsonPath("$.synergy.mayManage").value(false));
		move(smelterReporter).andExpect(status().isForbidden());
		this.mvc.perform(as(smelterReporter, patch("/api/v1/synergies/" + this.synergy)).content("""
				{"notes": "overskrevet", "version": 0}""")).andExpect(status().isForbidden());
		read(unrelated).andExpect(status().isNotFound());
		this.mvc.perform(as(unrelated, post("/api/v1/synergies/" + this.synergy + "/opt-in")))
			.andExpect(status().isNotFound());

		assertThat(this.fixtures.state(this.synergy)).isEqualTo("identified");
	}

	@Test
	void reportersSeeTheOtherCompanyOnlyAfterBothSidesOptedIn() throws Exception {
		String smelterReporter = this.registry.reporter(this.smelter);
		String cementReporter = this.registry.reporter(this.cementWorks);

		// Porsgrunn (59.12 N, 9.62 E) to Bergen (60.39 N, 5.32 E): about 270 km geodesic
		read(smelterReporter).andExpect(jsonPath("$.synergy.demand.name").doesNotExist())
			.andExpect(jsonPath("$.synergy.demand.companyKey").doesNotExist())
			.andExpect(jsonPath("$.synergy.demand.label")
				.value(org.hamcrest.Matchers.matchesRegex("en bedrift i Vestland, 2[5-8]\\d km unna")))
			.andExpect(jsonPath("$.synergy.title")
				.value(org.hamcrest.Matchers.startsWith("Flygeaske → en bedrift i Vestland")))
			.andExpect(jsonPath("$.synergy.supply.name").value("Testbedrift " + this.smelter.key()));

		this.mvc.perform(as(smelterReporter, post("/api/v1/synergies/" + this.synergy + "/opt-in")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.supply.optedInAt").exists())
			.andExpect(jsonPath("$.demand.optedInAt").doesNotExist())
			.andExpect(jsonPath("$.demand.name").doesNotExist());
		this.mvc.perform(as(cementReporter, get("/api/v1/synergies/" + this.synergy)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.synergy.supply.name").doesNotExist())
			.andExpect(jsonPath("$.synergy.supply.label")
				.value(org.hamcrest.Matchers.startsWith("a company in Telemark, ")));

		this.mvc.perform(as(cementReporter, post("/api/v1/synergies/" + this.synergy + "/opt-in")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revealed").value(true))
			.andExpect(jsonPath("$.supply.name").value("Testbedrift " + this.smelter.key()))
			.andExpect(jsonPath("$.title").value("Flygeaske → Sementråstoff"));
		read(smelterReporter)
			.andExpect(jsonPath("$.synergy.demand.name").value("Testbedrift " + this.cementWorks.key()))
			.andExpect(jsonPath("$.events[*].kind", org.hamcrest.Matchers.contains("opted_in", "opted_in")));
	}

	@Test
	void aReporterMayNotOptInForTheOtherSideAndOthersMayNotOptInAtAll() throws Exception {
		String facilitator = this.registry.facilitator(this.park);

		this.mvc.perform(as(facilitator, post("/api/v1/synergies/" + this.synergy + "/opt-in")))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc
			.sql("select supply_opt_in_at is null and demand_opt_in_at is null from synergy where id = " + this.synergy)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void beforeTheRevealAReporterDoesNotSeeWhatOthersWrote() throws Exception {
		String smelterReporter = this.registry.reporter(this.smelter);
		String cementReporter = this.registry.reporter(this.cementWorks);
		String admin = this.registry.admin();
		this.mvc.perform(as(cementReporter, post("/api/v1/synergies/" + this.synergy + "/notes")).content("""
				{"text": "Hilsen Bergen Sement"}""")).andExpect(status().isOk());
		this.mvc.perform(as(admin, patch("/api/v1/synergies/" + this.synergy)).content("""
				{"notes": "Bergen Sement er interessert", "version": 0}""")).andExpect(status().isOk());

		read(smelterReporter).andExpect(jsonPath("$.synergy.notes").doesNotExist())
			.andExpect(jsonPath("$.events[0].kind").value("note"))
			.andExpect(jsonPath("$.events[0].username").doesNotExist())
			.andExpect(jsonPath("$.events[0].note").doesNotExist())
			.andExpect(jsonPath("$.events[1].username").value(admin))
			.andExpect(jsonPath("$.events[1].note").doesNotExist());
		read(cementReporter).andExpect(jsonPath("$.events[0].note").value("Hilsen Bergen Sement"));
	}

	@Test
	void aReporterOptingInOnACandidateFollowsItUpFirst() throws Exception {
		String smelterReporter = this.registry.reporter(this.smelter);
		long slag = this.fixtures.offer(this.smelter, "Slagg");
		String candidate = "s" + slag + ">c" + this.cementWorks.id() + ":slag-to-cement";

		this.mvc.perform(as(smelterReporter, post("/api/v1/synergies/opt-in")).content("""
				{"candidateId": "%s"}""".formatted(candidate)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("identified"))
			.andExpect(jsonPath("$.supply.optedInAt").exists());

		// Another company's reporter is told the candidate is unknown, exactly as for an
		// id that names nothing, not 403, which would confirm the smelter's slag exists.
		String unrelated = this.registry.reporter(this.fixtures.aCompany());
		for (String id : List.of(candidate, "s" + slag + ">c" + this.cementWorks.id() + ":no-such-rule")) {
			this.mvc.perform(as(unrelated, post("/api/v1/synergies/opt-in")).content("""
					{"candidateId": "%s"}""".formatted(id)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("candidateId"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("finnes ikke")));
		}
		this.mvc.perform(as(this.registry.facilitator(this.registry.aPark()), post("/api/v1/synergies")).content("""
				{"candidateId": "%s"}""".formatted(candidate)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("candidateId"));
		this.mvc.perform(as(unrelated, post("/api/v1/synergies")).content("""
				{"candidateId": "s0>d0:no-such-rule"}""")).andExpect(status().isForbidden());
	}

	@Test
	void filteringByTheHiddenCompanyDoesNotRevealIt() throws Exception {
		String smelterReporter = this.registry.reporter(this.smelter);

		list(smelterReporter, "company=" + this.cementWorks.key()).andExpect(jsonPath("$.totalItems").value(0));
		list(smelterReporter, "company=" + this.smelter.key()).andExpect(jsonPath("$.totalItems").value(1));
		list(smelterReporter, "county=46").andExpect(jsonPath("$.totalItems").value(1));
	}

	private org.springframework.test.web.servlet.ResultActions read(String username) throws Exception {
		return this.mvc.perform(as(username, get("/api/v1/synergies/" + this.synergy)));
	}

	private org.springframework.test.web.servlet.ResultActions list(String username, String... query) throws Exception {
		return this.mvc.perform(as(username, get("/api/v1/synergies?" + String.join("&", query))));
	}

	private org.springframework.test.web.servlet.ResultActions move(String username) throws Exception {
		return this.mvc.perform(as(username, post("/api/v1/synergies/" + this.synergy + "/state")).content("""
				{"state": "contacted", "version": 0}"""));
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(username, RegistryFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
	}

}
