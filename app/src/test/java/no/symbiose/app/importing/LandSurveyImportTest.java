package no.symbiose.app.importing;

import java.io.IOException;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static no.symbiose.app.importing.ImportFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Land surveys (demo/land_surveys.csv) go through the same import as every table: the
 * demo file re-imports unchanged, a bad row changes nothing, only national administrators
 * may import them. Parks' land figures carry the year they describe.
 */
@IntegrationTest
class LandSurveyImportTest {

	private static final String HEADER = String.join(",", Table.LAND_SURVEYS.columns());

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoFileImportsAgainUnchanged() throws IOException {
		ImportReport report = this.imports.importFile(Table.LAND_SURVEYS, Format.CSV,
				new ClassPathResource("demo/land_surveys.csv").getInputStream(), ImportServiceTest.ADMIN);

		assertThat(report.errors()).isEmpty();
		assertThat(report.rows()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select land_total_daa from land_survey where survey_key = 'siva-industriparkene-2024'""")
			.query(Double.class)
			.single()).isEqualTo(18_000);
	}

	@Test
	void refusesASurveyOfAnUnknownParkOrWithMoreAnswersThanParksAndChangesNothing() {
		long before = count();

		ImportReport report = this.imports.importFile(Table.LAND_SURVEYS, Format.CSV,
				csv(HEADER, "t-survey-a,2024,heroya;no-such-park,2,100,10,90,,,test,",
						// row 3: three answers from a group of two
						"t-survey-b,2024,heroya;mo,3,100,10,90,,,test,",
						// row 4: 79 written as a share of 7 900 %
						"t-survey-c,2024,heroya;mo,2,100,10,7900,,,test,"),
				ImportServiceTest.ADMIN);

		assertThat(report.succeeded()).isFalse();
		assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
			.containsExactlyInAnyOrder(tuple(2L, "park_keys"), tuple(3L, "parks_answered"),
					tuple(4L, "land_use_percent_reported"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesSurveysFromAFacilitatorBeforeReadingAnyRow() {
		Viewer facilitator = new Viewer("f", Role.PARK_FACILITATOR, null, 1L, null);

		assertThatThrownBy(() -> this.imports.importFile(Table.LAND_SURVEYS, Format.CSV,
				csv(HEADER, "t-survey-d,2024,heroya,1,100,,,,,test,"), facilitator))
			.isInstanceOf(ImportRefusedException.class);
	}

	@Test
	void keepsTheYearAParksLandFiguresDescribeAndRefusesOneOutsideTheRegistry() {
		String header = String.join(",", Table.PARKS.columns());

		ImportReport good = this.imports.importFile(Table.PARKS, Format.CSV,
				csv(header, ImportFixtures.park("t-land-year", "Årstallpark") + ",2023"), ImportServiceTest.ADMIN);
		ImportReport bad = this.imports.importFile(Table.PARKS, Format.CSV,
				csv(header, ImportFixtures.park("t-land-year-bad", "Feil år") + ",1800"), ImportServiceTest.ADMIN);

		assertThat(good.errors()).isEmpty();
		assertThat(this.jdbc.sql("select land_year from park where park_key = 't-land-year'")
			.query(Integer.class)
			.single()).isEqualTo(2023);
		assertThat(bad.errors()).extracting(ImportError::column).containsExactly("land_year");
		assertThat(this.jdbc.sql("select count(*) from park where park_key = 't-land-year-bad'")
			.query(Long.class)
			.single()).isZero();
		// dated figures change the land account of 2023 for every later test
		this.jdbc.sql("delete from park where park_key = 't-land-year'").update();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from land_survey").query(Long.class).single();
	}

}
