package no.symbiose.app.accounting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import no.symbiose.app.accounting.AccountReport.ReportLine;
import no.symbiose.app.accounting.EsrsDatapoints.EsrsRow;
import no.symbiose.app.importing.TableWriter;
import no.symbiose.app.importing.csv.CsvTableWriter;
import no.symbiose.app.importing.xlsx.XlsxTableWriter;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

/**
 * A company's account as files: the climate account report as standalone HTML and PDF
 * (the same HTML, laid out by openhtmltopdf), the report's lines as CSV and XLSX, and the
 * ESRS datapoints as CSV and XLSX. Text cells that a spreadsheet would run as a formula
 * ({@code = + - @}, tab, carriage return) get a leading {@code '} (the import module's
 * writers). The PDF embeds Liberation Sans (SIL Open Font License 1.1, shipped inside
 * PDFBox), so æ, ø and å print whatever fonts the reader has.
 */
@Component
class AccountExports {

	/** Liberation Sans Regular, as PDFBox ships it for its own font fallback. */
	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	static final String FONT_FAMILY = "Liberation Sans";

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final ConversionService conversions;

	private final AccountReport report;

	private final EsrsDatapoints esrs;

	private final MessageSource messages;

	AccountExports(ITemplateEngine templates, ApplicationContext context, ConversionService mvcConversionService,
			AccountReport report, EsrsDatapoints esrs, MessageSource messages) {
		this.templates = templates;
		this.context = context;
		this.conversions = mvcConversionService;
		this.report = report;
		this.esrs = esrs;
		this.messages = messages;
	}

	/** The climate account report as one self-contained XHTML document. */
	String html(CompanyAccount account, Locale locale) {
		Context model = new Context(locale);
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, this.conversions));
		model.setVariable("account", account);
		model.setVariable("climate", this.report.climate(account, locale));
		model.setVariable("energy", this.report.energy(account, locale));
		model.setVariable("fontFamily", FONT_FAMILY);
		return this.templates.process("accounting/report", model);
	}

	byte[] pdf(CompanyAccount account, Locale locale) {
		String html = html(account, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (int weight : new int[] { 400, 700 }) {
				builder.useFont(AccountExports::font, FONT_FAMILY, weight, FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(html, null);
			builder.withProducer("Symbiose");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
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

	private static InputStream font() {
		InputStream in = AccountExports.class.getResourceAsStream(FONT);
		if (in == null) {
			throw new IllegalStateException("PDFBox no longer ships " + FONT);
		}
		return in;
	}

}
