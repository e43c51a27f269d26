package no.symbiose.app.symbiosis.pipeline;

import java.util.List;
import java.util.stream.Collectors;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/synergies/from-allocation}: an allocation's candidates are saved
 * together or not at all.
 */
@IntegrationTest
class SynergyAllocationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SynergyFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new SynergyFixtures(this.jdbc);
	}

	@Test
	void savesEveryCandidateOfAnAllocationAndKeepsOneFollowedUpAlready() throws Exception {
		Row smelter = this.fixtures.aCompany();
		Row cementWorks = this.fixtures.aCompany();
		long ash = this.fixtures.offer(smelter, "Flygeaske");
		long slag = this.fixtures.offer(smelter, "Slagg");
		long dust = this.fixtures.offer(smelter, "Filterstøv");
		long rawMeal = this.fixtures.need(cementWorks, "Råmel");
		List<String> ids = List.of("s" + ash + ">d" + rawMeal + ":ash-to-cement",
				"s" + slag + ">c" + cementWorks.id() + ":slag-to-cement",
				"s" + dust + ">d" + rawMeal + ":dust-to-cement");
		save(List.of(ids.get(1)), 201);

		String answer = save(ids, 201).andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.existing").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<Long> stored = this.jdbc
			.sql("select id from synergy where supply_company_id = :c order by supply_stream_id")
			.param("c", smelter.id())
			.query(Long.class)
			.list();
		assertThat(stored).hasSize(3);
		assertThat(answer)
			.contains("\"synergyIds\":[" + stored.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]");
		assertThat(this.jdbc.sql("select count(*) from synergy_event where synergy_id in (:ids) and kind = 'created'")
			.param("ids", stored)
			.query(Long.class)
			.single()).as("one created event each").isEqualTo(3);
	}

	@Test
	void savesNoneWhenOneCandidateIsUnknown() throws Exception {
		Row smelter = this.fixtures.aCompany();
		Row greenhouse = this.fixtures.aCompany();
		long heat = this.fixtures.offer(smelter, "Overskuddsvarme");
		long gone = this.fixtures.offer(smelter, "Slagg");
		this.jdbc.sql("delete from stream where id = :id").param("id", gone).update();
		long before = this.jdbc.sql("select count(*) from synergy").query(Long.class).single();

		save(List.of("s" + heat + ">c" + greenhouse.id() + ":heat-to-greenhouse",
				"s" + gone + ">c" + greenhouse.id() + ":slag-to-cement", "s1>x2:rule"), 400)
			.andExpect(jsonPath("$.errors[0].field").value("candidateIds[1]"))
			.andExpect(jsonPath("$.errors[1].field").value("candidateIds[2]"));
		save(List.of(), 400).andExpect(jsonPath("$.errors[0].field").value("candidateIds"));

		assertThat(this.jdbc.sql("select count(*) from synergy").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aCandidateOutsideTheManagersScopeIsUnknownToThemAndAReporterIsRefused() throws Exception {
		Row smelter = this.fixtures.aCompany();
		Row greenhouse = this.fixtures.aCompany();
		long heat = this.fixtures.offer(smelter, "Overskuddsvarme");
		String real = "s" + heat + ">c" + greenhouse.id() + ":heat-to-greenhouse";
		String otherFacilitator = this.fixtures.registry().facilitator(this.fixtures.registry().aPark());
		long before = this.jdbc.sql("select count(*) from synergy").query(Long.class).single();

		// the same answer as for a candidate that does not exist: a 403 would confirm it
		save(otherFacilitator, List.of(real), 400).andExpect(jsonPath("$.errors[0].field").value("candidateIds[0]"))
			.andExpect(jsonPath("$.errors[0].value").value(real));
		save(this.fixtures.registry().reporter(smelter), List.of(real), 403);

		assertThat(this.jdbc.sql("select count(*) from synergy").query(Long.class).single()).isEqualTo(before);
	}

	private org.springframework.test.web.servlet.ResultActions save(List<String> candidateIds, int status)
			throws Exception {
		return save(this.fixtures.registry().admin(), candidateIds, status);
	}

	private org.springframework.test.web.servlet.ResultActions save(String username, List<String> candidateIds,
			int status) throws Exception {
		String body = candidateIds.stream()
			.map(id -> "\"" + id + "\"")
			.collect(Collectors.joining(",", "{\"candidateIds\": [", "]}"));
		return this.mvc
			.perform(post("/api/v1/synergies/from-allocation").with(httpBasic(username, RegistryFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is(status));
	}

}
