package no.symbiose.app.programme;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.programme.DataCompleteness.Fact;
import no.symbiose.app.programme.DataCompleteness.MissingItem;
import no.symbiose.app.programme.DataCompleteness.ParkCompleteness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which tenant lacks which data. Given: a park of two tenants in 2024, the first with a
 * climate account, electricity and a side stream, the second with nothing; the park's
 * land figures are not registered for 2024.
 */
@IntegrationTest
class DataCompletenessTest {

	@Autowired
	DataCompleteness completeness;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	ProgrammeFixtures fixtures;

	Row park;

	Row complete;

	Row empty;

	@BeforeEach
	void givenAParkWithOneCompleteAndOneSilentTenant() {
		this.fixtures = new ProgrammeFixtures(this.jdbc);
		this.park = this.fixtures.aParkWithAFacilitator();
		this.complete = this.fixtures.tenants(this.park, 1, 1).get(0);
		this.empty = this.fixtures.registry().aTenantOf(this.park);
	}

	@Test
	void countsWhatIsKnownAndListsWhatIsMissing() {
		ParkCompleteness result = this.completeness.of(this.park.key(), 2024);

		// asked: 3 per tenant + the park's land = 7; known: the first tenant's 3
		assertThat(result.items()).isEqualTo(7);
		assertThat(result.itemsKnown()).isEqualTo(3);
		assertThat(result.percentComplete()).isCloseTo(42.857, within(0.001));
		assertThat(result.missing()).containsExactly(new MissingItem(null, null, Fact.LAND),
				new MissingItem(this.empty.key(), "Testbedrift " + this.empty.key(), Fact.CLIMATE),
				new MissingItem(this.empty.key(), "Testbedrift " + this.empty.key(), Fact.ENERGY),
				new MissingItem(this.empty.key(), "Testbedrift " + this.empty.key(), Fact.MATERIAL_FLOWS));
		// data for 2024 are due on 30 April 2025
		assertThat(result.deadline()).isEqualTo(LocalDate.of(2025, 4, 30));
	}

	@Test
	void theParksLandForTheYearCompletesThePark() {
		this.jdbc.sql("update park set land_year = 2024, land_total_daa = 100, land_used_daa = 80 where id = :id")
			.param("id", this.park.id())
			.update();

		ParkCompleteness result = this.completeness.of(this.park.key(), 2024);

		assertThat(result.land()).isTrue();
		assertThat(result.itemsKnown()).isEqualTo(4);
		assertThat(this.completeness.of(this.park.key(), 2023).land()).isFalse();
	}

	@Test
	void theMissingPageLinksToTheCompaniesAndTheApiNeedsALogin() throws Exception {
		String html = this.mvc
			.perform(get("/program/park/" + this.park.key() + "/mangler").param("ar", "2024")
				.with(user("admin").roles("NATIONAL_ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace('\u00a0', ' ');

		String list = html.substring(html.indexOf("id=\"programme-missing-list\""));
		list = list.substring(0, list.indexOf("</ul>"));
		assertThat(list).contains("href=\"/companies/" + this.empty.key() + "\"").doesNotContain(this.complete.key());
		assertThat(list.replaceAll("<[^>]+>", "")).contains("klimaregnskap, energibruk, materialstrømmer med mengde")
			.doesNotContain(this.complete.key());
		assertThat(html).contains("Fristen for å rapportere 2024 var 30.04.2025")
			.contains("Dataene er 42,86 % komplette (3 av 7 opplysninger).")
			.contains("Parkens areal- og bygningsbruk for året mangler");

		this.mvc
			.perform(get("/api/v1/programme/parks/" + this.park.key() + "/missing").param("year", "2024")
				.with(user("admin").roles("NATIONAL_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").value(7))
			.andExpect(jsonPath("$.deadline").value("2025-04-30"))
			.andExpect(jsonPath("$.deadlinePassed").value(true))
			.andExpect(jsonPath("$.missing.length()").value(4))
			.andExpect(jsonPath("$.missing[0].fact").value("land"))
			.andExpect(jsonPath("$.missing[1].company").value(this.empty.key()))
			.andExpect(jsonPath("$.missing[1].fact").value("climate"));
		this.mvc.perform(get("/api/v1/programme/parks/" + this.park.key() + "/missing"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/v1/programme/parks/" + this.park.key() + "/missing").param("year", "1800")
				.with(user("admin").roles("NATIONAL_ADMIN")))
			.andExpect(status().isBadRequest());
	}

}
