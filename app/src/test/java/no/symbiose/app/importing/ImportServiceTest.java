package no.symbiose.app.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.security.Role;
import no.symbiose.app.security.Viewer;

import static no.symbiose.app.importing.ImportFixtures.PARKS_HEADER;
import static no.symbiose.app.importing.ImportFixtures.csv;
import static no.symbiose.app.importing.ImportFixtures.park;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ImportServiceTest {

	static final Viewer ADMIN = Viewer.nationalAdmin("test-admin");

	@Autowired
	ImportService imports;

	@Autowired
	ExportService exports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportsEveryBadRowWithItsSpreadsheetRowNumberAndChangesNothing() {
		long parksBefore = count("select count(*) from park");
		ImportReport report = imports.importFile(Table.PARKS, Format.CSV, csv(PARKS_HEADER, park("bad-alpha", "Alpha"),
				// row 3: county 03 Oslo does not hold Porsgrunn 4001 (an engine rule)
				"bad-beta,Beta,industripark,,03,4001,,,,,,,,,,", park("bad-gamma", "Gamma"),
				// row 5: not a number
				"bad-delta,Delta,industripark,,40,,abc,9.6,,,,,,,,",
				// row 6: unknown kind
				"bad-epsilon,Epsilon,fabrikk,,40,,,,,,,,,,,"), ADMIN);

		assertThat(report.succeeded()).isFalse();
		assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "municipality_number", "4001"),
					org.assertj.core.groups.Tuple.tuple(5L, "lat", "abc"),
					org.assertj.core.groups.Tuple.tuple(6L, "kind", "fabrikk"));
		assertThat(report.errors().get(0).messageNb()).contains("4001").contains("03").contains("ligger ikke");
		assertThat(report.errors().get(0).messageEn()).contains("4001").contains("county 03");
		assertThat(report.inserted() + report.updated() + report.unchanged()).isZero();
		assertThat(count("select count(*) from park")).isEqualTo(parksBefore);
	}

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() {
		String[] file = { PARKS_HEADER, park("twice-a", "Twice A"), park("twice-b", "Twice B") };

		ImportReport first = imports.importFile(Table.PARKS, Format.CSV, csv(file), ADMIN);
		ImportReport second = imports.importFile(Table.PARKS, Format.CSV, csv(file), ADMIN);

		assertThat(first.inserted()).isEqualTo(2);
		assertThat(second.rows()).isEqualTo(2);
		assertThat(second.unchanged()).isEqualTo(2);
		assertThat(second.inserted() + second.updated()).isZero();
		assertThat(count("select sum(version) from park where park_key like 'twice-%'")).isZero();
	}

	@Test
	void countsAChangedRowAsUpdatedAndBumpsItsVersion() {
		imports.importFile(Table.PARKS, Format.CSV, csv(PARKS_HEADER, park("change-a", "Before")), ADMIN);

		ImportReport report = imports.importFile(Table.PARKS, Format.CSV,
				csv(PARKS_HEADER, park("change-a", "After"), park("change-b", "New")), ADMIN);

		assertThat(report).extracting(ImportReport::inserted, ImportReport::updated, ImportReport::unchanged)
			.containsExactly(1L, 1L, 0L);
		assertThat(jdbc.sql("select name || ' v' || version from park where park_key = 'change-a'")
			.query(String.class)
			.single()).isEqualTo("After v1");
	}

	@Test
	void importsXlsxWithNumericCellsAndLeadingZeroCodes() throws IOException {
		List<String> header = Table.PARKS.columns();
		List<String> row = List.of("xlsx-park", "Xlsx park", "naeringspark", "", "3", "301", "59.91", "10.75", "12.5",
				"", "", "", "", "", "", "xlsx test");

		ImportReport report = imports.importFile(null, Format.XLSX, ImportFixtures.xlsx(header, List.of(row)), ADMIN);

		assertThat(report.errors()).isEmpty();
		assertThat(report.table()).isEqualTo(Table.PARKS);
		assertThat(report.inserted()).isEqualTo(1);
		assertThat(jdbc
			.sql("select county_number || ' ' || municipality_number || ' ' || land_total_daa from park"
					+ " where park_key = 'xlsx-park'")
			.query(String.class)
			.single()).isEqualTo("03 0301 12.5");
	}

	@Test
	void reportsThreeBadRowsOfAnXlsxFileToo() throws IOException {
		List<String> header = List.of("company_key", "year", "direct_emissions_t_co2e", "employees");
		List<List<String>> rows = List.of(List.of("hotmaps:741", "2015", "100", "10"),
				List.of("hotmaps:741", "1850", "100", "10"), List.of("hotmaps:741", "2016", "-5", ""),
				List.of("hotmaps:741", "2017", "", "ten"));
		long before = count("select count(*) from yearly_facts");

		ImportReport report = imports.importFile(null, Format.XLSX, ImportFixtures.xlsx(header, rows), ADMIN);

		assertThat(report.table()).isEqualTo(Table.YEARLY_FACTS);
		assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "year"),
					org.assertj.core.groups.Tuple.tuple(4L, "direct_emissions_t_co2e"),
					org.assertj.core.groups.Tuple.tuple(5L, "employees"));
		assertThat(count("select count(*) from yearly_facts")).isEqualTo(before);
	}

	@Test
	void reportsUnknownAndMissingColumnsOnTheHeaderRow() {
		ImportReport report = imports.importFile(Table.PARKS, Format.CSV,
				csv("park_key,name,colour,county_number", "hdr-a,A,red,40"), ADMIN);

		assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1L, "colour"),
					org.assertj.core.groups.Tuple.tuple(1L, "kind"));
		assertThat(report.errors()).allSatisfy(e -> assertThat(e.messageEn()).isNotBlank().doesNotStartWith("import."));
	}

	@Test
	void reportsAHeaderThatMatchesNoTable() {
		ImportReport report = imports.importFile(null, Format.CSV, csv("foo,bar", "1,2"), ADMIN);

		assertThat(report.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(1);
			assertThat(e.messageNb()).containsIgnoringCase("overskriftsraden");
		});
	}

	@Test
	void reportsAKeyRepeatedWithinTheFileAndAReferenceToAnUnknownCompany() {
		ImportReport report = imports.importFile(Table.STREAMS, Format.CSV,
				csv("company_key,year,stream_key,direction,name,material_class",
						"hotmaps:741,2024,bark,side_stream,Bark,wood_residues",
						"hotmaps:741,2024,bark,side_stream,Bark again,wood_residues",
						"hotmaps:99999,2024,bark,side_stream,Bark,wood_residues"),
				ADMIN);

		assertThat(report.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageEn)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(3L, "company_key",
							"Key hotmaps:741 2024 bark already appears in row 2 of the file"),
					org.assertj.core.groups.Tuple.tuple(4L, "company_key",
							"Company hotmaps:99999 does not exist (neither in the registry nor earlier in the import)"));
	}

	@Test
	void checksStreamsAgainstTheEngineRulesAndTheListOfWaste() {
		ImportReport report = imports.importFile(Table.STREAMS, Format.CSV,
				csv("company_key,year,stream_key,direction,name,ewc_code,heat_medium,temperature_c,quantity,unit",
						"hotmaps:741,2024,ash,waste,Ash,,,,,",
						"hotmaps:741,2024,heat,excess_heat,Heat,,hot_water,,1000,MWh/yr",
						"hotmaps:741,2024,ash2,waste,Ash,10 01 99 98,,,,",
						"hotmaps:741,2024,ash3,waste,Ash,99 01 01,,,,"),
				ADMIN);

		// row 3, heat of unknown temperature, passes: the matcher flags it (engine
		// Stream)
		assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "ewc_code"),
					org.assertj.core.groups.Tuple.tuple(4L, "ewc_code"),
					org.assertj.core.groups.Tuple.tuple(5L, "ewc_code"));
	}

	@Test
	void refusesRolesThatMayNotImportATable() {
		Viewer county = new Viewer("county", Role.COUNTY_OFFICER, "40", null, null);
		Viewer reporter = new Viewer("reporter", Role.COMPANY_REPORTER, null, null, companyId("hotmaps:741"));

		assertThatThrownBy(() -> imports.importFile(Table.PARKS, Format.CSV, csv(PARKS_HEADER), county))
			.isInstanceOf(ImportRefusedException.class);
		assertThatThrownBy(() -> imports.importFile(Table.PARKS, Format.CSV, csv(PARKS_HEADER), Viewer.anonymous()))
			.isInstanceOf(ImportRefusedException.class);
		assertThatThrownBy(() -> imports.importFile(Table.COMPANIES, Format.CSV, csv("company_key,name"), reporter))
			.isInstanceOf(ImportRefusedException.class);
		assertThatThrownBy(() -> imports.importFile(null, Format.CSV, csv(PARKS_HEADER, park("sneaky", "S")), reporter))
			.isInstanceOf(ImportRefusedException.class);
		assertThat(count("select count(*) from park where park_key = 'sneaky'")).isZero();
	}

	@Test
	void letsACompanyReporterImportOnlyTheirOwnCompanysFigures() {
		Viewer reporter = new Viewer("reporter", Role.COMPANY_REPORTER, null, null, companyId("hotmaps:741"));

		ImportReport report = imports.importFile(Table.YEARLY_FACTS, Format.CSV,
				csv("company_key,year,employees", "hotmaps:741,2030,5", "hotmaps:742,2030,5"), reporter);
		ImportReport own = imports.importFile(Table.YEARLY_FACTS, Format.CSV,
				csv("company_key,year,employees", "hotmaps:741,2031,5"), reporter);

		assertThat(report.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(3);
			assertThat(e.value()).isEqualTo("hotmaps:742");
		});
		assertThat(count("select count(*) from yearly_facts where year = 2030")).isZero();
		assertThat(own.inserted()).isEqualTo(1);
	}

	@Test
	void letsAParkFacilitatorImportOnlyTheirParkAndItsTenants() {
		long mo = jdbc.sql("select id from park where park_key = 'mo'").query(Long.class).single();
		Viewer facilitator = new Viewer("mo-facilitator", Role.PARK_FACILITATOR, null, mo, null);

		ImportReport report = imports.importFile(Table.STREAMS, Format.CSV,
				csv("company_key,year,stream_key,direction,name,material_class",
						"hotmaps:742,2032,scrap,input,Scrap,metal_scrap", "hotmaps:750,2032,salt,input,Salt,salts"),
				facilitator);
		ImportReport parks = imports.importFile(Table.PARKS, Format.CSV, csv(PARKS_HEADER, park("heroya", "Mine")),
				facilitator);

		assertThat(report.errors()).extracting(ImportError::row, ImportError::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "hotmaps:750"));
		assertThat(parks.errors()).extracting(ImportError::column).containsExactly("park_key");
	}

	@Test
	void refusesAFacilitatorWhoTriesToMoveAnotherParksCompanyIntoTheirPark() {
		// Celsa (hotmaps:742) is a tenant of Mo; Herøya's facilitator may not claim it by
		// import,
		// which would give them its private figures.
		long heroya = jdbc.sql("select id from park where park_key = 'heroya'").query(Long.class).single();
		Viewer facilitator = new Viewer("heroya-facilitator", Role.PARK_FACILITATOR, null, heroya, null);
		long tenanciesBefore = count("select count(*) from tenancy");

		ImportReport report = imports.importFile(
				Table.COMPANIES, Format.CSV, csv("company_key,name,park_key,tenancy_from",
						"hotmaps:742,Taken over,heroya,2020-01-01", "hoest:new-company,A new tenant,heroya,2024-01-01"),
				facilitator);

		assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "company_key"));
		assertThat(count("select count(*) from tenancy")).isEqualTo(tenanciesBefore);
		assertThat(jdbc.sql("select name from company where company_key = 'hotmaps:742'").query(String.class).single())
			.isNotEqualTo("Taken over");
	}

	@Test
	void importsParksAndTheirTenantsAsOneSetInOneTransaction() {
		List<ImportService.ImportFile> files = List.of(
				new ImportService.ImportFile(Table.PARKS, Format.CSV, () -> csv(PARKS_HEADER, park("set-park", "Set"))),
				new ImportService.ImportFile(Table.COMPANIES, Format.CSV,
						() -> csv("company_key,name,park_key,tenancy_from", "set:one,One,set-park,2024-01-01")));

		List<ImportReport> reports = imports.importFiles(files, ADMIN);

		assertThat(reports).allSatisfy(r -> assertThat(r.errors()).isEmpty());
		assertThat(count("""
				select count(*) from tenancy t join park p on p.id = t.park_id join company c on c.id = t.company_id
				where p.park_key = 'set-park' and c.company_key = 'set:one'""")).isEqualTo(1);
	}

	@Test
	void anExportReimportsUnchangedInBothFormats() throws IOException {
		for (Table table : Table.values()) {
			for (Format format : Format.values()) {
				byte[] exported = export(table, format);

				ImportReport report = imports.importFile(table, format, new ByteArrayInputStream(exported), ADMIN);

				assertThat(report.errors()).as("%s %s", table, format).isEmpty();
				assertThat(report.rows()).as("%s %s", table, format).isPositive();
				assertThat(report.unchanged()).as("%s %s", table, format).isEqualTo(report.rows());
				assertThat(ImportFixtures.rows(format, export(table, format)))
					.isEqualTo(ImportFixtures.rows(format, exported));
			}
			assertThat(ImportFixtures.rows(Format.XLSX, export(table, Format.XLSX)))
				.as("%s: XLSX and CSV exports hold the same data", table)
				.isEqualTo(ImportFixtures.rows(Format.CSV, export(table, Format.CSV)));
		}
	}

	@Test
	void protectsExportsAgainstFormulaInjectionAndReimportsTheTextUnchanged() throws IOException {
		imports.importFile(Table.PARKS, Format.CSV,
				csv(PARKS_HEADER, "formula-park,=HYPERLINK(\"http://evil\"),industripark,,40,,,,,,,,,,,@SUM(A1)"),
				ADMIN);

		String csv = new String(export(Table.PARKS, Format.CSV), StandardCharsets.UTF_8);
		ImportReport again = imports.importFile(Table.PARKS, Format.CSV,
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ADMIN);

		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("'@SUM(A1)");
		assertThat(again.updated()).isZero();
		assertThat(jdbc.sql("select name from park where park_key = 'formula-park'").query(String.class).single())
			.isEqualTo("=HYPERLINK(\"http://evil\")");
	}

	@Test
	void exportsOnlyTheFactsAViewerMaySee() throws IOException {
		imports.importFile(Table.YEARLY_FACTS, Format.CSV, csv("company_key,year,employees,confidentiality",
				"hotmaps:743,2040,7,private", "hotmaps:743,2041,8,public"), ADMIN);

		String anonymous = new String(exportAs(Table.YEARLY_FACTS, Viewer.anonymous()), StandardCharsets.UTF_8);
		String admin = new String(exportAs(Table.YEARLY_FACTS, ADMIN), StandardCharsets.UTF_8);

		assertThat(anonymous).contains("hotmaps:743,2041").doesNotContain("hotmaps:743,2040");
		assertThat(admin).contains("hotmaps:743,2041").contains("hotmaps:743,2040");
	}

	private byte[] export(Table table, Format format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.export(table, format, ADMIN, out);
		return out.toByteArray();
	}

	private byte[] exportAs(Table table, Viewer viewer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.export(table, Format.CSV, viewer, out);
		return out.toByteArray();
	}

	private long companyId(String key) {
		return jdbc.sql("select id from company where company_key = :key").param("key", key).query(Long.class).single();
	}

	private long count(String sql) {
		Long value = jdbc.sql(sql).query(Long.class).single();
		return value == null ? 0 : value;
	}

}
