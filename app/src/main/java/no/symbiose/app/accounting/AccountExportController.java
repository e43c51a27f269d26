package no.symbiose.app.accounting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import no.symbiose.app.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a company's account for one year ({@code ar}, else the newest): the
 * climate account report as HTML, PDF, CSV and XLSX, and the ESRS datapoints as XLSX and
 * CSV. The same rule as the page: 404 unless the viewer may see the company's facts of
 * the year; a year that is not one is a 400 problem.
 */
@RestController
class AccountExportController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final CompanyAccounts accounts;

	private final AccountExports exports;

	AccountExportController(CompanyAccounts accounts, AccountExports exports) {
		this.accounts = accounts;
		this.exports = exports;
	}

	@GetMapping("/regnskap/bedrift/{companyKey}/klimaregnskap.html")
	ResponseEntity<byte[]> html(@PathVariable String companyKey,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) {
		CompanyAccount account = account(companyKey, ar, viewer);
		return Downloads.htmlAttachment(this.exports.html(account, locale()), name(account, "klimaregnskap", "html"));
	}

	@GetMapping("/regnskap/bedrift/{companyKey}/klimaregnskap.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String companyKey,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) {
		CompanyAccount account = account(companyKey, ar, viewer);
		return Downloads.attachment(this.exports.pdf(account, locale()), MediaType.APPLICATION_PDF,
				name(account, "klimaregnskap", "pdf"));
	}

	@GetMapping("/regnskap/bedrift/{companyKey}/klimaregnskap.csv")
	ResponseEntity<byte[]> csv(@PathVariable String companyKey,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) throws IOException {
		CompanyAccount account = account(companyKey, ar, viewer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exports.csv(account, locale(), out);
		return Downloads.attachment(out.toByteArray(), CSV, name(account, "klimaregnskap", "csv"));
	}

	@GetMapping("/regnskap/bedrift/{companyKey}/klimaregnskap.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String companyKey,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) throws IOException {
		CompanyAccount account = account(companyKey, ar, viewer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exports.xlsx(account, locale(), out);
		return Downloads.attachment(out.toByteArray(), Downloads.XLSX, name(account, "klimaregnskap", "xlsx"));
	}

	@GetMapping("/regnskap/bedrift/{companyKey}/esrs.xlsx")
	ResponseEntity<byte[]> esrsXlsx(@PathVariable String companyKey,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) throws IOException {
		CompanyAccount account = account(companyKey, ar, viewer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exports.esrsXlsx(account, locale(), out);
		return Downloads.attachment(out.toByteArray(), Downloads.XLSX, name(account, "esrs", "xlsx"));
	}

	@GetMapping("/regnskap/bedrift/{companyKey}/esrs.csv")
	ResponseEntity<byte[]> esrsCsv(@PathVariable String companyKey,
			@RequestParam(name = "ar", required = false) @Nullable String ar, Viewer viewer) throws IOException {
		CompanyAccount account = account(companyKey, ar, viewer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exports.esrsCsv(account, locale(), out);
		return Downloads.attachment(out.toByteArray(), CSV, name(account, "esrs", "csv"));
	}

	private CompanyAccount account(String companyKey, @Nullable String ar, Viewer viewer) {
		Integer year = null;
		if (ar != null && !ar.isBlank()) {
			year = Years.parse(ar);
			if (year == null) {
				throw new InvalidInputException(List.of(FieldProblem.of("ar", ar, "problem.field.yearRange")));
			}
		}
		return this.accounts.account(companyKey, year, viewer)
			.orElseThrow(() -> new NotFoundException("account", companyKey));
	}

	/** {@code klimaregnskap-hotmaps-750-2024.pdf}: the key made safe for a file name. */
	static String name(CompanyAccount account, String what, String extension) {
		return "%s-%s-%d.%s".formatted(what, account.companyKey().replaceAll("[^A-Za-z0-9._-]", "-"), account.year(),
				extension);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
