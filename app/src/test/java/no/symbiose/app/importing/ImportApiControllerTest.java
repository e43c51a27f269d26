package no.symbiose.app.importing;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import no.symbiose.app.IntegrationTest;

import static no.symbiose.app.importing.ImportFixtures.PARKS_HEADER;
import static no.symbiose.app.importing.ImportFixtures.park;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

@IntegrationTest
class ImportApiControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void users() {
		jdbc.sql(
				"""
						insert into app_user (username, display_name, role, county_number)
						values ('import-admin', 'Import admin', 'national_admin', null), ('import-county', 'County', 'county_officer', '40')
						on conflict (username) do nothing""")
			.update();
	}

	@Test
	void answersWithTheReportWhenEveryRowWasImported() throws Exception {
		mvc.perform(multipart("/api/v1/import/parks").file(file("parks.csv", PARKS_HEADER, park("api-ok", "Api")))
			.with(csrf())
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inserted").value(1))
			.andExpect(jsonPath("$.errors", hasSize(0)));
	}

	@Test
	void answers422WithEveryErrorInBothLanguagesWhenNothingWasChanged() throws Exception {
		mvc.perform(multipart("/api/v1/import/parks")
			.file(file("parks.csv", PARKS_HEADER, park("api-bad-1", "A"), "api-bad-2,B,industripark,,99,,,,,,,,,,,"))
			.with(csrf())
			.with(admin()))
			.andExpect(status().is(422))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("county_number"))
			.andExpect(jsonPath("$.errors[0].value").value("99"))
			.andExpect(jsonPath("$.errors[0].message_nb").isNotEmpty())
			.andExpect(jsonPath("$.errors[0].message_en").isNotEmpty());
	}

	@Test
	void refusesACountyOfficerWith403() throws Exception {
		mvc.perform(multipart("/api/v1/import/parks").file(file("parks.csv", PARKS_HEADER)).with(csrf()).with(county()))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAFileThatIsNeitherCsvNorXlsx() throws Exception {
		mvc.perform(multipart("/api/v1/import/parks")
			.file(new MockMultipartFile("file", "parks.txt", "text/plain", new byte[] { 1 }))
			.with(csrf())
			.with(admin())).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void servesTemplatesAndExportsAsDownloads() throws Exception {
		download(get("/api/v1/templates/streams.csv").with(admin())).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("streams.csv")))
			.andExpect(content().string(String.join(",", Table.STREAMS.columns()) + "\r\n"));
		download(get("/api/v1/export/parks.csv").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("heroya,")));
		mvc.perform(get("/api/v1/export/nothing.csv").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void showsTheErrorTableOnThePageAndSaysNothingChanged() throws Exception {
		mvc.perform(multipart("/import").file(file("parks.csv", PARKS_HEADER, "page-bad,P,fabrikk,,40,,,,,,,,,,,"))
			.param("table", "parks")
			.locale(java.util.Locale.forLanguageTag("nb"))
			.with(csrf())
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingenting ble endret")))
			.andExpect(content().string(containsString("<caption>Feil i filen</caption>")))
			.andExpect(content().string(containsString("fabrikk")));
	}

	/** A streamed download completes asynchronously. */
	private org.springframework.test.web.servlet.ResultActions download(
			org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		var result = mvc.perform(request).andReturn();
		return result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)) : mvc.perform(request);
	}

	private static RequestPostProcessor admin() {
		return user("import-admin").roles("NATIONAL_ADMIN");
	}

	private static RequestPostProcessor county() {
		return user("import-county").roles("COUNTY_OFFICER");
	}

	private static MockMultipartFile file(String name, String... lines) {
		return new MockMultipartFile("file", name, "text/csv",
				(String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
