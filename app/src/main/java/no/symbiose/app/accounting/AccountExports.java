package no.symbiose.app.accounting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.symbiose.app.accounting.AccountReport.ReportLine;
import no.symbiose.app.accounting.EsrsDatapoints.EsrsRow;
import no.symbiose.app.importing.TableWriter;
import no.symbiose.app.importing.csv.CsvTableWriter;
import no.symbiose.app.importing.xlsx.XlsxTableWriter;
import no.symbiose.app.web.PdfDocuments;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A company's account as files: the climate account report as standalone HTML and PDF
 * (the same HTML, laid out by {@link PdfDocuments}), the report's lines as CSV and XLSX,
 * and the ESRS datapoints as CSV and XLSX. Text cells that a spreadsheet would run as a
 * formula ({@code = + - @}, tab, carriage return) get a leading {@code '} (the import
 * module's writers).
 */
@Component
class AccountExports {

	private final PdfDocuments documents;

	private final AccountReport report;

	private final EsrsDatapoints esrs;

	private final MessageSource messages;

	AccountExports(PdfDocuments documents, AccountReport report, EsrsDatapoints esrs, MessageSource messages) {
		this.documents = documents;
		this.report = report;
		this.esrs = esrs;
		this.messages = messages;
	}

	/** The climate account report as one self-contained XHTML document. */
	String html(CompanyAccount account, Locale locale) {
		return this.documents.html("accounting/report", Map.of("account", account, "climate",
				this.report.climate(account, locale), "energy", this.report.energy(account, locale)), locale);
	}

	byte[] pdf(CompanyAccount account, Locale locale) {
		return this.documents.pdf(html(account, locale));
	}

	void csv(CompanyAccount account, Locale locale, OutputStream out) throws IOException {
		try (TableWriter writer = new CsvTableWriter(out)) {
			lines(account, locale, writer);
		}
	}

	void xlsx(CompanyAccount account, Locale locale, OutputStream out) throws IOException {
		try (TableWriter writer = new XlsxTableWriter(out, text("accounts.export.sheet", locale))) {
			lines(account, locale, writer);
		}
	}

	void esrsCsv(CompanyAccount account, Locale locale, OutputStream out) throws IOException {
		try (TableWriter writer = new CsvTableWriter(out)) {
			esrsRows(account, locale, writer);
		}
	}

	void esrsXlsx(CompanyAccount account, Locale locale, OutputStream out) throws IOException {
		try (TableWriter writer = new XlsxTableWriter(out, "ESRS")) {
			esrsRows(account, locale, writer);
		}
	}

	private void lines(CompanyAccount account, Locale locale, TableWriter writer) throws IOException {
		writer.header(List.of(text("accounts.column.company", locale), text("accounts.column.companyKey", locale),
				text("accounts.year", locale), text("accounts.column.section", locale),
				text("accounts.column.figure", locale), text("accounts.column.value", locale),
				text("accounts.column.unit", locale), text("accounts.column.method", locale),
				text("accounts.column.factor", locale), text("accounts.column.source", locale),
				text("accounts.column.year", locale), text("accounts.column.note", locale)));
		List<ReportLine> all = new ArrayList<>(this.report.climate(account, locale));
		all.addAll(this.report.energy(account, locale));
		for (ReportLine line : all) {
			writer.row(cells(account.companyName(), account.companyKey(), account.year(), line.section(), line.label(),
					line.value(), line.unit(), line.method(), line.factor(), line.source(), line.year(), line.note()));
		}
	}

	private void esrsRows(CompanyAccount account, Locale locale, TableWriter writer) throws IOException {
		writer.header(List.of(text("accounts.column.company", locale), text("accounts.column.companyKey", locale),
				text("accounts.year", locale), text("accounts.esrs.column.datapoint", locale),
				text("accounts.esrs.column.paragraph", locale), text("accounts.esrs.column.name", locale),
				text("accounts.esrs.column.breakdown", locale), text("accounts.column.value", locale),
				text("accounts.column.unit", locale), text("accounts.column.note", locale)));
		String notAvailable = text("accounts.esrs.notAvailable", locale);
		for (EsrsRow row : this.esrs.rows(account, locale)) {
			writer.row(cells(account.companyName(), account.companyKey(), account.year(), row.datapoint(),
					row.paragraph(), row.name(), row.breakdown(), row.value() == null ? notAvailable : row.value(),
					row.unit(), row.note()));
		}
	}

	private static List<@Nullable Object> cells(@Nullable Object... values) {
		List<@Nullable Object> cells = new ArrayList<>();
		for (Object value : values) {
			cells.add(value);
		}
		return cells;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
