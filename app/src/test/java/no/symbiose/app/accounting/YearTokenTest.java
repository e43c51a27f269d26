package no.symbiose.app.accounting;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's fingerprint changes with every row that year's accounts are made of, and with
 * nothing of another year: an import for 2024 leaves the accounts of 2015–2023 current.
 */
@IntegrationTest
class YearTokenTest {

	@Autowired
	AccountPlacements placements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changesWithTheYearsRowsAndTheSharedOnesOnly() {
		RegistryFixtures fixtures = new RegistryFixtures(this.jdbc);
		Row company = fixtures.aCompany();
		String y2019 = this.placements.yearToken(2019);
		String y2021 = this.placements.yearToken(2021);

		fixtures.stream(company, 2021, "slagg", "public");
		assertThat(this.placements.yearToken(2021)).isNotEqualTo(y2021);
		assertThat(this.placements.yearToken(2019)).as("another year's row").isEqualTo(y2019);
		y2021 = this.placements.yearToken(2021);

		this.jdbc.sql("update stream set quantity = 1200 where company_id = :c").param("c", company.id()).update();
		assertThat(this.placements.yearToken(2021)).as("an updated quantity").isNotEqualTo(y2021);
		y2021 = this.placements.yearToken(2021);

		fixtures.facts(company, 2021, "public", 10);
		assertThat(this.placements.yearToken(2021)).as("new facts").isNotEqualTo(y2021);
		y2021 = this.placements.yearToken(2021);

		this.jdbc.sql("delete from stream where company_id = :c").param("c", company.id()).update();
		assertThat(this.placements.yearToken(2021)).as("a deleted stream").isNotEqualTo(y2021);
		assertThat(this.placements.yearToken(2019)).isEqualTo(y2019);

		fixtures.aTenantOf(fixtures.aPark());
		assertThat(this.placements.yearToken(2019)).as("a park and a tenancy count for every year").isNotEqualTo(y2019);
		assertThat(this.placements.yearsWithData()).contains(2021);
	}

}
