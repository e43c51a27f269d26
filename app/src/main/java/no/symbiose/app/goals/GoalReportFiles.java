package no.symbiose.app.goals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import no.symbiose.app.goals.GoalReport.CountyRow;
import no.symbiose.app.goals.GoalReport.GoalSection;
import no.symbiose.app.goals.GoalReport.GoalStatusSummary;
import no.symbiose.app.goals.GoalReport.IndicatorLine;
import no.symbiose.app.goals.GoalReport.SynergyState;
import no.symbiose.app.importing.TableWriter;
import no.symbiose.app.registry.RegistryViews.ParkView;
import no.symbiose.app.web.PdfDocuments;
import no.symbiose.engine.goals.Goal;
import no.symbiose.engine.goals.GoalKind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A {@link GoalReport} as files: the self-contained XHTML document (templates
 * {@code goals/report/park} and {@code goals/report/national}), the same laid out as a
 * tagged PDF with page numbers, and an XLSX workbook with one sheet per part of the
 * report. In the workbook numbers are numeric cells with the unit in the column header
 * (or, where rows differ in unit, in a unit column), unknown values are empty cells with
 * the reason beside them, and text a spreadsheet would run as a formula ({@code = + - @})
 * is stored quote-prefixed, as the accounts' exports do.
 */
@Component
class GoalReportFiles {

	private final PdfDocuments documents;

	private final MessageSource messages;

	private final Map<String, RenderedPdf> nationalPdfs = new ConcurrentHashMap<>();

	private record RenderedPdf(GoalReport.National report, byte[] pdf) {
	}

	GoalReportFiles(PdfDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	String html(GoalReport report, Locale locale) {
		String template = report instanceof GoalReport.Park ? "goals/report/park" : "goals/report/national";
		return this.documents.html(template, Map.of("report", report, "english", english(locale)), locale);
	}

	byte[] pdf(GoalReport report, Locale locale) {
		if (!(report instanceof GoalReport.National national)) {
			return this.documents.taggedPdf(html(report, locale));
		}
		// Laying out the national report takes seconds and it is the same for everyone:
		// keep the PDF of the cached report (the same instance) per year and language.
		String key = national.year() + "/" + locale.getLanguage();
		RenderedPdf rendered = this.nationalPdfs.get(key);
		if (rendered == null || rendered.report() != national) {
			rendered = new RenderedPdf(national, this.documents.taggedPdf(html(report, locale)));
			this.nationalPdfs.put(key, rendered);
		}
		return rendered.pdf();
	}

	byte[] xlsx(GoalReport report, Locale locale) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheets sheets = new Sheets(workbook);
			if (report instanceof GoalReport.Park park) {
				parkSheets(park, locale, sheets);
			}
			else {
				nationalSheets((GoalReport.National) report, locale, sheets);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private void parkSheets(GoalReport.Park report, Locale locale, Sheets sheets) {
		ParkView p = report.park();
		SheetWriter facts = sheets.sheet(text("goals.report.sheet.park", locale));
		facts.header(text("goals.report.col.fact", locale), text("goals.col.value", locale));
		facts.row(text("goals.report.fact.name", locale), p.name());
		facts.row(text("goals.report.fact.key", locale), p.key());
		facts.row(text("goals.report.fact.year", locale), report.year());
		facts.row(text("goals.report.fact.county", locale), p.countyName());
		facts.row(text("goals.report.fact.municipality", locale), p.municipalityName());
		facts.row(text("goals.report.fact.kind", locale), p.kind());
		facts.row(text("goals.report.fact.tenants", locale), p.tenantCount());
		facts.row(text("goals.report.fact.landTotal", locale) + " (daa)", p.landTotalDaa());
		facts.row(text("goals.report.fact.landUsed", locale) + " (daa)", p.landUsedDaa());
		facts.row(text("goals.report.fact.landFree", locale) + " (daa)", p.landFreeZonedDaa());
		facts.row(text("goals.report.fact.buildingTotal", locale) + " (m²)", p.buildingTotalM2());
		facts.row(text("goals.report.fact.buildingUsed", locale) + " (m²)", p.buildingUsedM2());
		facts.row(text("goals.report.fact.transformer", locale) + " (MVA)", p.transformerCapacityMva());
		facts.row(text("goals.report.fact.source", locale), p.source());
		// Placeholder row, filled by the lead from the national programme's Programme
		// bean.
		facts.row(text("goals.report.qualification.heading", locale),
				report.qualification().assessed()
						? text("goals.report.qualification." + report.qualification().status(), locale)
						: text("goals.report.qualification.notAssessed", locale));
		facts.row(text("goals.report.fact.catalogue", locale), report.catalogueVersion());

		goalSheet(report.goals(), report.year(), locale, sheets.sheet(text("goals.report.sheet.goals", locale)));

		SheetWriter synergies = sheets.sheet(text("goals.report.sheet.synergies", locale));
		synergies.header(text("synergy.state", locale), text("goals.report.col.synergies", locale),
				text("goals.report.col.withExpectedCo2e", locale), text("goals.report.col.expectedCo2e", locale),
				text("goals.report.col.expectedTonnes", locale), text("goals.report.col.expectedMwh", locale));
		for (SynergyState state : report.synergies()) {
			synergies.row(text("synergy.state." + state.state(), locale), state.synergies(), state.withExpectedCo2e(),
					state.expectedTCo2ePerYear(), state.expectedTonnesPerYear(), state.expectedMwhPerYear());
		}

		SheetWriter completeness = sheets.sheet(text("goals.report.sheet.completeness", locale));
		completeness.header(text("goals.report.col.fact", locale), text("goals.report.col.count", locale));
		completeness.row(text("goals.report.completeness.tenants", locale), report.completeness().tenants());
		completeness.row(text("goals.report.completeness.facts", locale, String.valueOf(report.year())),
				report.completeness().tenantsWithFacts());
		completeness.row(text("goals.report.completeness.streams", locale, String.valueOf(report.year())),
				report.completeness().tenantsWithStreams());

		methodSheet(report, p.source(), locale, sheets.sheet(text("goals.report.sheet.method", locale)));
	}

	private void nationalSheets(GoalReport.National report, Locale locale, Sheets sheets) {
		SheetWriter overview = sheets.sheet(text("goals.report.sheet.overview", locale));
		overview.header(text("goals.report.col.fact", locale), text("goals.col.value", locale));
		overview.row(text("goals.report.fact.year", locale), report.year());
		overview.row(text("goals.report.national.parks", locale), report.parks());
		overview.row(text("goals.report.national.realised", locale), report.realisedSymbioses());
		overview.row(text("goals.report.national.countiesMetCount", locale),
				report.counties().stream().filter(CountyRow::missionMet).count());
		overview.row(text("goals.report.fact.catalogue", locale), report.catalogueVersion());

		goalSheet(report.goals(), report.year(), locale, sheets.sheet(text("goals.report.sheet.national", locale)));

		SheetWriter counties = sheets.sheet(text("goals.report.sheet.counties", locale));
		List<String> header = new ArrayList<>(
				List.of(text("goals.report.col.countyNumber", locale), text("goals.report.col.county", locale),
						text("goals.report.col.realised", locale), text("goals.report.col.missionMet", locale)));
		for (GoalSection section : report.goals()) {
			header.add(goalLabel(section.goal(), locale));
			header.add(text("goals.report.col.known", locale, goalLabel(section.goal(), locale)));
		}
		counties.header(header.toArray(String[]::new));
		for (CountyRow county : report.counties()) {
			List<@Nullable Object> cells = new ArrayList<>(List.of(county.number(), county.name(),
					county.realisedSymbioses(), county.missionMet() ? yes(locale) : no(locale)));
			for (GoalSection section : report.goals()) {
				GoalStatusSummary summary = county.statusByGoal().get(section.goal().key());
				cells.add(summary == null ? null : text("goals.report.status." + summary.status(), locale));
				cells.add(summary == null ? null : summary.known());
			}
			counties.row(cells.toArray());
		}

		methodSheet(report, null, locale, sheets.sheet(text("goals.report.sheet.method", locale)));
	}

	private void goalSheet(List<GoalSection> sections, int year, Locale locale, SheetWriter sheet) {
		boolean english = english(locale);
		sheet.header(text("goals.report.col.goal", locale), text("goals.report.col.goalTitle", locale),
				text("goals.report.col.goalStatus", locale), text("goals.report.col.indicatorKey", locale),
				text("goals.col.indicator", locale), text("goals.col.unit", locale), text("goals.col.origin", locale),
				text("goals.report.col.valueInUnit", locale, String.valueOf(year)), text("goals.col.baseline", locale),
				text("goals.report.col.baselineInUnit", locale), text("goals.report.col.targetInUnit", locale),
				text("goals.report.col.targetYear", locale),
				text("goals.report.col.trajectoryInUnit", locale, String.valueOf(year)),
				text("goals.report.col.status", locale), text("goals.report.col.reason", locale),
				text("goals.report.col.slopeInUnit", locale), text("goals.report.col.forecastInUnit", locale),
				text("goals.report.col.reached", locale), text("goals.col.source", locale));
		for (GoalSection section : sections) {
			String goalStatus = text("goals.report.status." + section.status().status(), locale);
			for (IndicatorLine line : section.indicators()) {
				sheet.row(goalLabel(section.goal(), locale),
						english ? section.goal().titleEn() : section.goal().titleNb(), goalStatus,
						line.indicator().key(), english ? line.indicator().nameEn() : line.indicator().nameNb(),
						unit(line.indicator().unit(), locale),
						text("goals.origin." + line.origin().name().toLowerCase(Locale.ROOT), locale), line.value(),
						line.baseline() == null ? null : line.baseline().year(),
						line.baseline() == null ? null : line.baseline().value(), line.targetValue(), line.targetYear(),
						line.trajectoryValue(), text("goals.report.status." + line.status(), locale),
						line.reason() == null ? null : text("goals.unknown." + line.reasonKey(), locale),
						line.forecast() == null ? null : line.forecast().slopePerYear(),
						line.forecast() == null ? null : line.forecast().valueInTargetYear(), line.yearTargetReached(),
						line.indicator().source());
			}
		}
	}

	private void methodSheet(GoalReport report, @Nullable String parkSource, Locale locale, SheetWriter sheet) {
		sheet.header(text("goals.report.method.heading", locale));
		sheet.row(text("goals.report.method.year", locale, String.valueOf(report.year())));
		for (String key : List.of("status", "forecast", "goal", "unknown")) {
			sheet.row(text("goals.report.method." + key, locale));
		}
		sheet.row(text("goals.report.method.sources", locale, report.catalogueVersion()));
		Set<String> sources = new LinkedHashSet<>();
		for (GoalSection section : report.goals()) {
			sources.add(section.goal().source());
		}
		for (String source : sources) {
			sheet.row(source);
		}
		if (parkSource != null) {
			sheet.row(text("goals.report.parkSource", locale, parkSource));
		}
	}

	private String goalLabel(Goal goal, Locale locale) {
		return text(goal.kind() == GoalKind.MISSION ? "goals.mission.label" : "goals.parkGoal.label", locale,
				goal.number());
	}

	private String unit(String unit, Locale locale) {
		return switch (unit) {
			case "count", "yes/no" -> text("goals.unit." + unit, locale);
			default -> unit;
		};
	}

	private String yes(Locale locale) {
		return text("goals.report.yes", locale);
	}

	private String no(Locale locale) {
		return text("goals.report.no", locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	/** The workbook's sheets, with one bold header style and one quote-prefixed style. */
	private static final class Sheets {

		private final Workbook workbook;

		private final CellStyle bold;

		private final CellStyle quoted;

		Sheets(Workbook workbook) {
			this.workbook = workbook;
			this.bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold.setFont(font);
			this.quoted = workbook.createCellStyle();
			this.quoted.setQuotePrefixed(true);
		}

		SheetWriter sheet(String name) {
			return new SheetWriter(this.workbook.createSheet(WorkbookUtil.createSafeSheetName(name)), this.bold,
					this.quoted);
		}

	}

	/** Rows of one sheet: numbers as numbers, null as an empty cell. */
	private static final class SheetWriter {

		private final Sheet sheet;

		private final CellStyle bold;

		private final CellStyle quoted;

		private int next;

		SheetWriter(Sheet sheet, CellStyle bold, CellStyle quoted) {
			this.sheet = sheet;
			this.bold = bold;
			this.quoted = quoted;
		}

		void header(String... columns) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < columns.length; i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(columns[i]);
				cell.setCellStyle(this.bold);
				this.sheet.setColumnWidth(i, Math.min(60, Math.max(12, columns[i].length() + 2)) * 256);
			}
			this.sheet.createFreezePane(0, 1);
		}

		void row(@Nullable Object... values) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					String text = value.toString();
					cell.setCellValue(text);
					if (TableWriter.looksLikeFormula(text)) {
						cell.setCellStyle(this.quoted);
					}
				}
			}
		}

	}

}
