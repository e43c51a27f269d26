package no.symbiose.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

/**
 * Self-contained documents for download: a Thymeleaf template rendered to one XHTML
 * string (with the application's beans, so {@code @formats} works), and that XHTML laid
 * out as PDF by openhtmltopdf. The PDF embeds Liberation Sans (SIL Open Font License 1.1,
 * shipped inside PDFBox), so æ, ø and å print whatever fonts the reader has. Templates
 * get the font's name as {@code fontFamily}.
 */
@Component
public class PdfDocuments {

	/** Liberation Sans Regular, as PDFBox ships it for its own font fallback. */
	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	public static final String FONT_FAMILY = "Liberation Sans";

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final ConversionService conversions;

	PdfDocuments(ITemplateEngine templates, ApplicationContext context, ConversionService mvcConversionService) {
		this.templates = templates;
		this.context = context;
		this.conversions = mvcConversionService;
	}

	/** The template rendered with the variables (and {@code fontFamily}). */
	public String html(String template, Map<String, Object> variables, Locale locale) {
		Context model = new Context(locale);
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, this.conversions));
		model.setVariables(variables);
		model.setVariable("fontFamily", FONT_FAMILY);
		return this.templates.process(template, model);
	}

	/** The XHTML laid out as PDF. */
	public byte[] pdf(String xhtml) {
		return render(xhtml, false);
	}

	/**
	 * The XHTML laid out as a tagged PDF (PDF/UA): headings, tables and their header
	 * cells become structure elements a screen reader follows; the title comes from
	 * {@code <title>} and the language from {@code <html lang>}.
	 */
	public byte[] taggedPdf(String xhtml) {
		return render(xhtml, true);
	}

	private static byte[] render(String xhtml, boolean tagged) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (int weight : new int[] { 400, 700 }) {
				builder.useFont(PdfDocuments::font, FONT_FAMILY, weight, FontStyle.NORMAL, true);
			}
			if (tagged) {
				builder.usePdfUaAccessibility(true);
			}
			builder.withHtmlContent(xhtml, null);
			builder.withProducer("Symbiose");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font() {
		InputStream in = PdfDocuments.class.getResourceAsStream(FONT);
		if (in == null) {
			throw new IllegalStateException("PDFBox no longer ships " + FONT);
		}
		return in;
	}

}
