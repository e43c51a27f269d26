package no.symbiose.app.goals;

import java.io.IOException;

import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import no.symbiose.app.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The goal reports of a year ({@code ar}, else the newest year with data) as HTML, PDF
 * and XLSX: a park's annual report (login; its facilitator, a county officer of its
 * county, a national administrator; anyone else gets 404) and the public national
 * evaluation report. A page controller, so a bad year is the 400 error page naming the
 * value and an unknown park the 404 page. The HTML opens in the browser; PDF and XLSX
 * download.
 */
@Controller
class GoalReportController {

	private final GoalReports reports;

	private final GoalReportFiles files;

	GoalReportController(GoalReports reports, GoalReportFiles files) {
		this.reports = reports;
		this.files = files;
	}

	@GetMapping("/mal/park/{park}/rapport.html")
	ResponseEntity<byte[]> parkHtml(@PathVariable String park,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) {
		GoalReport.Park report = this.reports.park(park, this.reports.year(ar), viewer);
		return Downloads.htmlDocument(this.files.html(report, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/mal/park/{park}/rapport.pdf")
	ResponseEntity<byte[]> parkPdf(@PathVariable String park,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) {
		GoalReport.Park report = this.reports.park(park, this.reports.year(ar), viewer);
		return Downloads.attachment(this.files.pdf(report, LocaleContextHolder.getLocale()), MediaType.APPLICATION_PDF,
				name("malrapport-" + report.park().key(), report.year(), "pdf"));
	}

	@GetMapping("/mal/park/{park}/rapport.xlsx")
	ResponseEntity<byte[]> parkXlsx(@PathVariable String park,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) throws IOException {
		GoalReport.Park report = this.reports.park(park, this.reports.year(ar), viewer);
		return Downloads.attachment(this.files.xlsx(report, LocaleContextHolder.getLocale()), Downloads.XLSX,
				name("malrapport-" + report.park().key(), report.year(), "xlsx"));
	}

	@GetMapping("/mal/rapport.html")
	ResponseEntity<byte[]> nationalHtml(@RequestParam(name = "ar", required = false) @Nullable String ar) {
		GoalReport.National report = this.reports.national(this.reports.year(ar));
		return Downloads.htmlDocument(this.files.html(report, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/mal/rapport.pdf")
	ResponseEntity<byte[]> nationalPdf(@RequestParam(name = "ar", required = false) @Nullable String ar) {
		GoalReport.National report = this.reports.national(this.reports.year(ar));
		return Downloads.attachment(this.files.pdf(report, LocaleContextHolder.getLocale()), MediaType.APPLICATION_PDF,
				name("evalueringsrapport", report.year(), "pdf"));
	}

	@GetMapping("/mal/rapport.xlsx")
	ResponseEntity<byte[]> nationalXlsx(@RequestParam(name = "ar", required = false) @Nullable String ar)
			throws IOException {
		GoalReport.National report = this.reports.national(this.reports.year(ar));
		return Downloads.attachment(this.files.xlsx(report, LocaleContextHolder.getLocale()), Downloads.XLSX,
				name("evalueringsrapport", report.year(), "xlsx"));
	}

	/** {@code malrapport-heroya-2024.pdf}: the key made safe for a file name. */
	static String name(String what, int year, String extension) {
		return "%s-%d.%s".formatted(what.replaceAll("[^A-Za-z0-9._-]", "-"), year, extension);
	}

}
