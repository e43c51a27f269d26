package no.symbiose.app.goals;

import no.symbiose.app.MovableClock;
import no.symbiose.app.background.BackgroundThreads;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import no.symbiose.app.RegistryFixtures.Row;
import no.symbiose.app.accounting.AccountPlacements;
import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.goals.GoalReport.CountyRow;
import no.symbiose.app.goals.GoalReport.GoalSection;
import no.symbiose.app.goals.GoalReport.IndicatorLine;
import no.symbiose.app.goals.GoalReport.SynergyState;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.goals.GoalStatus;
import no.symbiose.engine.goals.Observation;
import no.symbiose.engine.goals.UnknownReason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The goal reports recomputed by hand. Given: a park in Telemark whose one tenant (since
 * 2020) emitted 100 t CO2e in 2023, 96 t in 2024 and 90 t in 2025 (no electricity, so
 * scope 2 is 0 t), with a private stream in 2024, and three synergies with a company
 * outside the park: one in operation (120 t CO2e/yr, 1 000 t/yr expected), two identified
 * (30 t CO2e/yr and none; 500 MWh/yr on the second).
 */
@IntegrationTest
class GoalReportsTest {

	@Autowired
	GoalReports reports;

	@Autowired
	GoalReportFiles files;

	@Autowired
	AccountPlacements placements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	GoalFollowUp followUp;

	@Autowired
	no.symbiose.app.programme.Programme programme;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	no.symbiose.app.registry.RegistryQueries registryQueries;

	@Autowired
	no.symbiose.app.referencedata.ReferenceQueries referenceQueries;

	@Autowired
	no.symbiose.app.symbiosis.pipeline.SynergyMissions missions;

	RegistryFixtures registry;

	Row park;

	Row tenant;

	Viewer admin = Viewer.nationalAdmin("admin");

	@BeforeEach
	void givenAParkWithATenantAndItsSynergies() {
		this.registry = new RegistryFixtures(this.jdbc);
		this.park = this.registry.aPark();
		this.tenant = this.registry.aCompany();
		this.jdbc.sql("insert into tenancy (company_id, park_id, valid_from) values (:c, :p, date '2020-01-01')")
			.param("c", this.tenant.id())
			.param("p", this.park.id())
			.update();
		this.registry.facts(this.tenant, 2023, "public", 100);
		this.registry.facts(this.tenant, 2024, "public", 96);
		this.registry.facts(this.tenant, 2025, "public", 90);
		this.jdbc.sql("update yearly_facts set electricity_mwh = 0 where company_id = :c")
			.param("c", this.tenant.id())
			.update();
		this.registry.stream(this.tenant, 2024, RegistryFixtures.unique("slag-"), "private");
		Row outside = this.registry.aCompany();
		synergy(outside, "in_operation", 120.0, 1000.0, "t/yr");
		synergy(outside, "identified", 30.0, null, null);
		synergy(outside, "identified", null, 500.0, "MWh/yr");
	}

	private void synergy(Row demand, String state, Double tCo2e, Double quantity, String unit) {
		this.jdbc.sql("""
				insert into synergy (supply_company_id, demand_company_id, rule_id, title, state,
				                     expected_t_co2e, expected_quantity, expected_unit)
				values (:s, :d, :rule, 'Slagg til sement', :state, :co2e, :quantity, :unit)""")
			.param("s", this.tenant.id())
			.param("d", demand.id())
			.param("rule", RegistryFixtures.unique("test-rule-"))
			.param("state", state)
			.param("co2e", tCo2e)
			.param("quantity", quantity)
			.param("unit", unit)
			.update();
	}

	private static IndicatorLine line(GoalReport report, String indicatorKey) {
		return report.goals()
			.stream()
			.flatMap(section -> section.indicators().stream())
			.filter(line -> line.indicator().key().equals(indicatorKey))
			.findFirst()
			.orElseThrow();
	}

	@org.junit.jupiter.api.BeforeEach
	void inBokmal() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("nb"));
	}

	@org.junit.jupiter.api.AfterEach
	void forgetTheLanguage() {
		org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theParkReportJudgesEachIndicatorByTheValuesUpToItsYear() {
		GoalReport.Park report = this.reports.park(this.park.key(), 2024, this.admin);

		IndicatorLine co2 = line(report, "co2-emissions");
		assertThat(co2.value()).isEqualTo(96.0);
		assertThat(co2.baseline()).isEqualTo(new Observation(2023, 100));
		// target -50 % of 100 t = 50 t in 2030
		assertThat(co2.targetValue()).isEqualTo(50.0);
		// trajectory 2024 = 100 - 50 x 1/7 = 92.857 t; 96 t is 3.14 t behind, within 10 %
		// x 50 t = 5 t: at risk (the 90 t of 2025 is not used for 2024)
		assertThat(co2.trajectoryValue()).isCloseTo(92.857, within(0.001));
		assertThat(co2.status()).isEqualTo(GoalStatus.AT_RISK);
		// trend through (2023, 100), (2024, 96): -4 t/yr, 96 - 4 x 6 = 72 t in 2030;
		// 100 - 4 x 13 = 48 <= 50 in 2036, 52 in 2035
		assertThat(co2.forecast().slopePerYear()).isCloseTo(-4, within(1e-9));
		assertThat(co2.forecast().valueInTargetYear()).isCloseTo(72, within(1e-9));
		assertThat(co2.yearTargetReached()).isEqualTo(2036);

		// The same values judged for 2025 are the dashboard's: 90 t against 85.71 t.
		IndicatorLine co2in2025 = line(this.reports.park(this.park.key(), 2025, this.admin), "co2-emissions");
		assertThat(co2in2025.trajectoryValue()).isCloseTo(85.714, within(0.001));
		assertThat(co2in2025.yearTargetReached()).isEqualTo(2034);

		// A recorded indicator without entries is unknown, with the reason.
		IndicatorLine esg = line(report, "esg-goals");
		assertThat(esg.value()).isNull();
		assertThat(esg.status()).isEqualTo(GoalStatus.UNKNOWN);
		assertThat(esg.reason()).isNotNull();

		GoalSection goal1 = report.goals().get(0);
		assertThat(goal1.goal().key()).isEqualTo("goal-1-co2");
		assertThat(goal1.status().status()).isEqualTo(GoalStatus.AT_RISK);
		assertThat(goal1.status().known()).isEqualTo(1);
	}

	@Test
	void theParkReportSumsTheSynergiesByStateAndCountsTheTenantsData() {
		GoalReport.Park report = this.reports.park(this.park.key(), 2024, this.admin);

		assertThat(report.synergies()).containsExactly(new SynergyState("identified", 2, 1, 30.0, null, 500.0),
				new SynergyState("in_operation", 1, 1, 120.0, 1000.0, null));
		assertThat(report.completeness()).isEqualTo(new GoalReport.Completeness(1, 1, 1));
		assertThat(report.park().tenantCount()).isEqualTo(1);
		// no facilitator and no target of its own: not qualified, and why (in the
		// request's language)
		assertThat(report.qualification().status()).isEqualTo("notQualified");
		assertThat(report.qualification().reason()).contains("Fasilitatororganisasjon: ")
			.contains("Vedtatte mål for parken: ");
	}

	@Test
	void aCountyOfficerSeesThePublicFactsButNotThePrivateStream() {
		Viewer officer = new Viewer("officer", no.symbiose.app.security.Role.COUNTY_OFFICER, "40", null, null);

		GoalReport.Park report = this.reports.park(this.park.key(), 2024, officer);

		// The facts are public, the stream private: 1 tenant with facts, none with
		// streams.
		assertThat(report.completeness()).isEqualTo(new GoalReport.Completeness(1, 1, 0));
	}

	@Test
	void onlyTheParksFacilitatorItsCountyAndAdministratorsMayReadItsReport() {
		Row other = this.registry.aPark();
		Viewer otherFacilitator = new Viewer("f", no.symbiose.app.security.Role.PARK_FACILITATOR, null, other.id(),
				null);
		Viewer otherCounty = new Viewer("c", no.symbiose.app.security.Role.COUNTY_OFFICER, "03", null, null);
		Viewer reporter = new Viewer("r", no.symbiose.app.security.Role.COMPANY_REPORTER, null, null, this.tenant.id());

		for (Viewer viewer : List.of(otherFacilitator, otherCounty, reporter, Viewer.anonymous())) {
			assertThatThrownBy(() -> this.reports.park(this.park.key(), 2024, viewer))
				.isInstanceOf(NotFoundException.class);
		}
		Viewer facilitator = new Viewer("f", no.symbiose.app.security.Role.PARK_FACILITATOR, null, this.park.id(),
				null);
		assertThat(this.reports.park(this.park.key(), 2024, facilitator).park().key()).isEqualTo(this.park.key());
	}

	@Test
	void theParkReportsFilesAnswerItsReadersAndHideItFromOthers() throws Exception {
		String base = "/mal/park/" + this.park.key() + "/rapport";
		RequestPostProcessor facilitator = user(this.registry.facilitator(this.park)).roles("PARK_FACILITATOR");
		for (String extension : List.of(".html", ".pdf", ".xlsx")) {
			this.mvc.perform(get(base + extension + "?ar=2024").with(facilitator)).andExpect(status().isOk());
			this.mvc
				.perform(get(base + extension + "?ar=2024")
					.with(user(this.registry.countyOfficer("40")).roles("COUNTY_OFFICER")))
				.andExpect(status().isOk());
			this.mvc
				.perform(get(base + extension + "?ar=2024")
					.with(user(this.registry.facilitator(this.registry.aPark())).roles("PARK_FACILITATOR")))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(get(base + extension + "?ar=2024")
					.with(user(this.registry.reporter(this.tenant)).roles("COMPANY_REPORTER")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(base + extension)).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(get(base + ".pdf?ar=2024").with(facilitator))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("malrapport-" + this.park.key() + "-2024.pdf")));
	}

	@Test
	void theParkReportHtmlShowsTheNumbersAndTheQualificationPlaceholder() throws Exception {
		String html = this.mvc
			.perform(get("/mal/park/" + this.park.key() + "/rapport.html?ar=2024")
				.with(user(this.registry.admin()).roles("NATIONAL_ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace('\u00a0', ' ');

		assertThat(html).contains("Årsrapport 2024: Testpark " + this.park.key())
			.contains("id=\"qualification-status\"")
			.contains("Ikke kvalifisert til programmet for året. Mangler:")
			.contains("96 t CO2e")
			.contains("92,86 t CO2e")
			.contains("100 t CO2e i 2023")
			.contains("I fare")
			.contains("−4 t CO2e per år, 72 t CO2e i 2030.")
			.contains("nås målet i 2036")
			.contains("Av 1 aktive leietakere har 1 årsdata og 1 strømmer for 2024")
			.contains("<strong>Ukjent:</strong>")
			.doesNotContain("??");
	}

	@Test
	void theParkReportPdfIsTaggedAndHasItsTitleAndStatus() throws Exception {
		GoalReport.Park report = this.reports.park(this.park.key(), 2024, this.admin);

		byte[] pdf = this.files.pdf(report, java.util.Locale.forLanguageTag("nb"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Årsrapport 2024: Testpark " + this.park.key());
			assertThat(text).contains("Årsrapport 2024")
				.contains("I fare")
				.contains("Ikke kvalifisert til programmet for året.");
			assertThat(text).containsPattern("Side 1 av \\d+");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
		}
	}

	@Test
	void theParkReportWorkbookHasASheetPerPartNumbersAsNumbersAndNoFormulas() throws Exception {
		String name = this.jdbc.sql("select name from park where id = :id")
			.param("id", this.park.id())
			.query(String.class)
			.single();
		this.jdbc.sql("update park set name = '=HYPERLINK(\"http://example.invalid\")' where id = :id")
			.param("id", this.park.id())
			.update();
		try {
			workbookOfTheParkReport();
		}
		finally {
			// the registry's exports of other tests compare every park
			this.jdbc.sql("update park set name = :name where id = :id")
				.param("name", name)
				.param("id", this.park.id())
				.update();
		}
	}

	private void workbookOfTheParkReport() throws Exception {
		GoalReport.Park report = this.reports.park(this.park.key(), 2024, this.admin);

		try (Workbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(this.files.xlsx(report, java.util.Locale.forLanguageTag("nb"))))) {
			assertThat(sheetNames(workbook)).containsExactly("Parken", "Mål", "Samarbeid", "Datagrunnlag",
					"Kilder og metode");
			Sheet park = workbook.getSheet("Parken");
			Cell name = park.getRow(1).getCell(1);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.invalid\")");
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(rowLabelled(park, "Det nasjonale programmet: kvalifisering").getCell(1).getStringCellValue())
				.isEqualTo("Ikke kvalifisert til programmet for året. Mangler:");
			assertThat(rowLabelled(park, "Aktive leietakere i dag (antall)").getCell(1).getNumericCellValue())
				.isEqualTo(1);

			Sheet goals = workbook.getSheet("Mål");
			assertThat(goals.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Verdi 2024 (i enheten)");
			org.apache.poi.ss.usermodel.Row co2 = rowWith(goals, 3, "co2-emissions");
			assertThat(co2.getCell(5).getStringCellValue()).isEqualTo("t CO2e");
			assertThat(co2.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(co2.getCell(7).getNumericCellValue()).isEqualTo(96);
			assertThat(co2.getCell(12).getNumericCellValue()).isCloseTo(92.857, within(0.001));
			assertThat(co2.getCell(13).getStringCellValue()).isEqualTo("I fare");
			assertThat(co2.getCell(17).getNumericCellValue()).isEqualTo(2036);

			Sheet synergies = workbook.getSheet("Samarbeid");
			assertThat(synergies.getRow(0).getCell(3).getStringCellValue())
				.isEqualTo("Forventet reduksjon (t CO2e/år)");
			assertThat(synergies.getRow(2).getCell(0).getStringCellValue()).isEqualTo("I drift");
			assertThat(synergies.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(120);
			assertThat(synergies.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1000);
			// unknown stays an empty cell, never 0
			assertThat(synergies.getRow(2).getCell(5)).isNull();
		}
	}

	@Test
	void theNationalReportIsPublicAndCountsWhatTheRegistryHolds() throws Exception {
		this.reports.forgetNational();
		int year = this.reports.year(null);

		long started = System.nanoTime();
		GoalReport.National report = this.reports.national(year);
		long coldMillis = (System.nanoTime() - started) / 1_000_000;
		started = System.nanoTime();
		GoalReport.National again = this.reports.national(year);
		long warmMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(again).isSameAs(report);
		this.reports.forgetNational();
		started = System.nanoTime();
		GoalReport.National recomputed = this.reports.national(year);
		long recomputedMillis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("national report %d: %d ms computed first, %d ms computed again, %d ms cached%n", year,
				coldMillis, recomputedMillis, warmMillis);
		assertThat(recomputed).isEqualTo(report);
		report = recomputed;
		assertThat(warmMillis).isLessThan(100);
		assertThat(report.parks()).isEqualTo(this.jdbc.sql("select count(*) from park").query(Long.class).single());
		assertThat(report.realisedSymbioses()).isEqualTo(
				this.jdbc.sql("select count(*) from synergy where state = 'in_operation'").query(Long.class).single());
		assertThat(report.counties())
			.hasSize(this.jdbc.sql("select count(*) from county").query(Integer.class).single());
		CountyRow telemark = report.counties()
			.stream()
			.filter(county -> county.number().equals("40"))
			.findFirst()
			.orElseThrow();
		long realisedInTelemark = this.jdbc.sql("""
				select count(distinct s.id) from synergy s
				join company co on co.id in (s.supply_company_id, s.demand_company_id)
				join municipality m on m.municipality_number = co.municipality_number
				where s.state = 'in_operation' and m.county_number = '40'""").query(Long.class).single();
		assertThat(telemark.realisedSymbioses()).isEqualTo(realisedInTelemark);
		assertThat(telemark.missionMet()).isEqualTo(realisedInTelemark >= 2);
		assertThat(telemark.statusByGoal()).containsKey("goal-1-co2").containsKey("mission-1-symbiosis");
		assertThat(report.goals().stream().map(section -> section.goal().key())).contains("goal-1-co2",
				"mission-1-symbiosis");

		String html = this.mvc.perform(get("/mal/rapport.html?ar=" + year))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Nasjonal evalueringsrapport " + year).contains("Telemark");
		String english = this.mvc.perform(get("/mal/rapport.html?lang=en&ar=" + year))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("lang=\"en\"")
			.contains("National evaluation report " + year)
			.contains("Status per county and goal, " + year)
			.doesNotContain("??");
		assertThat(html).doesNotContain("??");

		byte[] pdf = this.mvc.perform(get("/mal/rapport.pdf?ar=" + year))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Nasjonal evalueringsrapport " + year);
		}
		// laid out once per cached report and language
		GoalReport.National cached = this.reports.national(year);
		assertThat(this.files.pdf(cached, java.util.Locale.forLanguageTag("nb")))
			.isSameAs(this.files.pdf(cached, java.util.Locale.forLanguageTag("nb")));

		byte[] xlsx = this.mvc.perform(get("/mal/rapport.xlsx?ar=" + year))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(sheetNames(workbook)).containsExactly("Oversikt", "Nasjonale indikatorer", "Fylker",
					"Kilder og metode");
			Cell parks = rowLabelled(workbook.getSheet("Oversikt"), "Industriparker i registeret (antall)").getCell(1);
			assertThat(parks.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(parks.getNumericCellValue()).isEqualTo(report.parks());
			Sheet counties = workbook.getSheet("Fylker");
			assertThat(counties.getLastRowNum()).isEqualTo(report.counties().size());
			assertThat(rowWith(counties, 0, "40").getCell(2).getNumericCellValue())
				.isEqualTo(telemark.realisedSymbioses());
		}
	}

	@Test
	void aStaleNationalReportIsServedWhileItIsComputedAgain() throws Exception {
		MovableClock clock = new MovableClock(Instant.parse("2026-12-01T12:00:00Z"));
		GoalReports reports = new GoalReports(this.followUp, this.registryQueries, this.referenceQueries,
				this.placements, this.missions, this.jdbc, clock, this.programme, this.messages,
				new BackgroundThreads(10));
		try {
			GoalReport.National first = reports.national(2024);
			clock.move(Duration.ofSeconds(59));
			assertThat(reports.national(2024)).isSameAs(first);

			clock.move(Duration.ofSeconds(2));
			this.synergy(this.registry.aCompany(), "in_operation", null, null, null);
			// stale: still the first, while the background computes it again
			assertThat(reports.national(2024)).isSameAs(first);
			GoalReport.National refreshed = first;
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (refreshed == first && System.nanoTime() < deadline) {
				Thread.sleep(100);
				refreshed = reports.national(2024);
			}
			assertThat(refreshed.realisedSymbioses()).isEqualTo(first.realisedSymbioses() + 1);
		}
		finally {
			reports.stop();
		}
	}

	@Test
	void withoutAYearTheReportsShowTheNewestYearWithData() {
		assertThat(this.reports.year(null)).isEqualTo(this.placements.yearsWithData().get(0));
		assertThat(this.reports.year(" ")).isEqualTo(this.placements.yearsWithData().get(0));
		assertThat(this.reports.year("2024")).isEqualTo(2024);
	}

	@Test
	void aBadYearIsAClearBadRequest() throws Exception {
		for (String bad : List.of("abc", "1800", "20245", "2101")) {
			assertThatThrownBy(() -> this.reports.year(bad)).isInstanceOf(InvalidInputException.class);
		}
		String page = this.mvc.perform(get("/mal/rapport.pdf?ar=abc"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("«abc» er ikke et år rapporten kan lages for");
		this.mvc
			.perform(get("/mal/park/" + this.park.key() + "/rapport.xlsx?ar=1800")
				.with(user(this.registry.admin()).roles("NATIONAL_ADMIN")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theGoalDashboardsLinkTheirReportsForParkAndNation() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mal");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(new MockServletContext())
			.buildExchange(request, new MockHttpServletResponse()), java.util.Locale.forLanguageTag("nb"));
		context.setVariables(Map.of("parkScope", AccountScope.park(this.park.key()), "countyScope",
				AccountScope.county("40"), "nationScope", AccountScope.nation(), "year", 2024));

		String html = this.templates.process("goals/report/links-test", context);

		assertThat(html).contains("href=\"/mal/park/" + this.park.key() + "/rapport.pdf?ar=2024\"")
			.contains("href=\"/mal/park/" + this.park.key() + "/rapport.xlsx?ar=2024\"")
			.contains("href=\"/mal/rapport.html?ar=2024\"")
			.contains("Rapport for 2024 (PDF)")
			.contains("Parkens årsrapport")
			.contains("Nasjonal evalueringsrapport");
		assertThat(html.substring(html.indexOf("id=\"county\""), html.indexOf("id=\"nation\""))).doesNotContain("href");
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new java.util.ArrayList<>();
		workbook.sheetIterator().forEachRemaining(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static org.apache.poi.ss.usermodel.Row rowLabelled(Sheet sheet, String label) {
		return rowWith(sheet, 0, label);
	}

	private static org.apache.poi.ss.usermodel.Row rowWith(Sheet sheet, int column, String text) {
		for (org.apache.poi.ss.usermodel.Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
	}

}
