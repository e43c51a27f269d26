package no.symbiose.app.goals;

import java.nio.charset.StandardCharsets;

import no.symbiose.app.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /mal/katalog} is public and lists the catalogue: every goal and mission with its
 * source, and the national targets as the catalogue states them.
 */
@IntegrationTest
class GoalsPageTest {

	@Autowired
	MockMvc mvc;

	private String page(String lang) throws Exception {
		return this.mvc.perform(get("/mal/katalog").param("lang", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			// numbers and units are joined by a no-break space
			.replace('\u00a0', ' ');
	}

	@Test
	void aVisitorSeesTheTenGoalsTheMissionsAndTheirSourcesInBokmal() throws Exception {
		String html = page("nb");

		for (int goal = 1; goal <= 10; goal++) {
			assertThat(html).contains("Mål " + goal + ": ").contains("Kilde: 002 Målbilder, mål " + goal);
		}
		assertThat(html).contains("Oppdrag 1: ", "Oppdrag 2: ", "Oppdrag 3: ")
			.contains("Kilde: 003 Tre avgrensa samfunnsoppdrag, I");
	}

	@Test
	void theNationalTargetsShowTheirBaselinesAndValues() throws Exception {
		String html = page("nb");

		String nationalTable = html.substring(html.indexOf("id=\"goals-national\""),
				html.indexOf("</table>", html.indexOf("id=\"goals-national\"")));
		assertThat(nationalTable).contains("data-indicator=\"co2-emissions\"")
			.containsPattern("[−-]50 % fra 2023 til 2030")
			.contains("+50 % fra 2024 til 2030")
			.contains("90 % i 2030", "98 % i 2030", "85 % i 2030", "5 i 2030", "2 i 2030", "100 i 2030")
			.contains("data-indicator=\"land-use\"")
			.contains("data-indicator=\"ccs-cooperating-parks\"")
			.contains("data-indicator=\"realised-symbioses-per-county\"")
			.contains("data-indicator=\"net-zero-areas\"")
			// indicators without a target are not national targets
			.doesNotContain("data-indicator=\"zero-emission-investment\"");
	}

	@Test
	void aParkPageLinksToTheParksGoalsForThoseLoggedIn() throws Exception {
		String anonymous = this.mvc.perform(get("/parks/heroya"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String admin = this.mvc.perform(get("/parks/heroya").with(user("admin").roles("NATIONAL_ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(anonymous).doesNotContain("id=\"park-goals\"");
		assertThat(admin).contains("id=\"park-goals\"", "href=\"/mal/park/heroya\"");
	}

	@Test
	void theEnglishPageNamesGoalsInEnglish() throws Exception {
		String html = page("en");

		assertThat(html).contains("Goal 1: CO2 emissions cut by more than 50 per cent from 2023")
			.contains("Mission 2: Infrastructure for green circular industry");
	}

}
