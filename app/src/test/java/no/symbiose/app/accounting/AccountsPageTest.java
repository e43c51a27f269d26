package no.symbiose.app.accounting;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accounts' front page and the placement rule every aggregate uses. Given: the demo
 * data (Yara Porsgrunn, hotmaps:750, a Herøya tenant from 2024).
 */
@IntegrationTest
class AccountsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountPlacements placements;

	@Test
	void placesATenantInItsParkOnlyInTheYearsItsTenancyCovers() {
		long yara = this.jdbc.sql("select id from company where company_key = 'hotmaps:750'")
			.query(Long.class)
			.single();

		AccountPlacements.Placement in2024 = this.placements.forYear(2024).get(yara);
		AccountPlacements.Placement in2014 = this.placements.forYear(2014).get(yara);

		assertThat(in2024.parkKey()).isEqualTo("heroya");
		assertThat(in2024.countyNumber()).isEqualTo("40");
		assertThat(AccountPlacements.nodeOf(in2024)).isEqualTo("park:heroya");
		// the tenancy starts 2024-01-01: in 2014 Yara counts in Telemark by its
		// municipality
		assertThat(in2014.parkKey()).isNull();
		assertThat(in2014.countyNumber()).isEqualTo("40");
		assertThat(AccountPlacements.nodeOf(in2014)).isEqualTo("county:40");
	}

	@Test
	void placesACompanyInNoParkInItsMunicipalitysCountyAndBuildsTheTreeFromThat() {
		RegistryFixtures registry = new RegistryFixtures(this.jdbc);
		Row park = registry.aPark();
		Row tenant = registry.aTenantOf(park);
		Row outside = registry.aCompany();

		Map<Long, AccountPlacements.Placement> placed = this.placements.forYear(2024);
		var tree = AccountPlacements.tree(placed.values());

		assertThat(placed.get(outside.id()).parkKey()).isNull();
		assertThat(placed.get(outside.id()).countyNumber()).isEqualTo("40");
		assertThat(placed.get(tenant.id()).parkKey()).isEqualTo(park.key());
		assertThat(tree.has("park:" + park.key())).isTrue();
		assertThat(tree.has("county:40")).isTrue();
	}

	@Test
	void theFrontPageLinksEveryAccountForTheChosenParkAndYear() throws Exception {
		String html = page("/regnskap?park=heroya&ar=2024", 200);

		assertThat(html).contains("Regnskap for Herøya Industripark, 2024")
			.contains("/regnskap/klima?park=heroya&amp;ar=2024")
			.contains("/regnskap/materialer?park=heroya&amp;ar=2024")
			.contains("Telemark");
	}

	@Test
	void headsTheNationsPageWithTheYearWrittenAsAYear() throws Exception {
		assertThat(page("/regnskap?ar=2024", 200)).contains("Regnskap for hele landet, 2024");
	}

	@Test
	void saysWhatIsWrongWithACountyAndAParkAtOnceAndAnUnknownCountyIsNotFound() throws Exception {
		assertThat(page("/regnskap?fylke=40&park=heroya", 400)).contains("Velg enten et fylke eller en park");
		assertThat(page("/regnskap?fylke=4x", 400)).contains("«4x» er ikke et fylkesnummer");
		assertThat(page("/regnskap?ar=1800", 400)).contains("År 1800 er utenfor");
		page("/regnskap?fylke=99", 404);
		page("/regnskap?park=finnes-ikke", 404);
	}

	private String page(String url, int status) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
