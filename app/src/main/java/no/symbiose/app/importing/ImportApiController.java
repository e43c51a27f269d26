package no.symbiose.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

import no.symbiose.app.api.ForbiddenException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.api.Problems;
import no.symbiose.app.security.Viewer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Import, export and templates over HTTP. An import answers 200 with the report when
 * every row was written, and 422 with a problem detail whose {@code errors} list every
 * bad cell (row, column, value, message_nb, message_en) when nothing was changed. Other
 * failures are the API's usual problem details ({@link Problems}), in the request's
 * language.
 */
@RestController
@RequestMapping("/api/v1")
class ImportApiController {

	static final HttpStatus UNPROCESSABLE = HttpStatus.valueOf(422);

	private final ImportService imports;

	private final ExportService exports;

	private final TemplateService templates;

	private final Problems problems;

	ImportApiController(ImportService imports, ExportService exports, TemplateService templates, Problems problems) {
		this.imports = imports;
		this.problems = problems;
		this.exports = exports;
		this.templates = templates;
	}

	@PostMapping(path = "/import/{table}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFile(@PathVariable String table, @RequestParam("file") MultipartFile file, Viewer viewer,
			Locale locale) throws IOException {
		Table wanted = Table.fromKey(table).orElseThrow(() -> new NotFoundException("table", table));
		Format format = Format.of(file.getOriginalFilename(), file.getContentType()).orElse(null);
		if (format == null) {
			return answer(this.problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupportedFormat", locale));
		}
		ImportReport report;
		try (InputStream in = file.getInputStream()) {
			report = this.imports.importFile(wanted, format, in, viewer);
		}
		catch (ImportRefusedException ex) {
			throw new ForbiddenException();
		}
		if (report.succeeded()) {
			return ResponseEntity.ok(report);
		}
		ProblemDetail problem = this.problems.problem(UNPROCESSABLE, "importRejected", locale,
				file.getOriginalFilename(), report.errorCount());
		problem.setType(URI.create("https://symbiose.no/problems/import-rejected"));
		problem.setProperty("table", wanted.key());
		problem.setProperty("rows", report.rows());
		problem.setProperty("errors", report.errors());
		problem.setProperty("errors_not_shown", report.errorsNotShown());
		return answer(problem);
	}

	@GetMapping("/export/{file}")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String file, Viewer viewer) {
		TableFile wanted = TableFile.parse(file);
		StreamingResponseBody body = out -> this.exports.export(wanted.table(), wanted.format(), viewer, out);
		return download(wanted, body);
	}

	@GetMapping("/templates/{file}")
	ResponseEntity<StreamingResponseBody> template(@PathVariable String file) {
		TableFile wanted = TableFile.parse(file);
		StreamingResponseBody body = out -> this.templates.template(wanted.table(), wanted.format(), out);
		return download(wanted, body);
	}

	private static ResponseEntity<StreamingResponseBody> download(TableFile file, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(MediaType
				.parseMediaType(file.format().contentType() + (file.format() == Format.CSV ? ";charset=UTF-8" : "")))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.table().fileName(file.format())).build().toString())
			.body(body);
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** {@code streams.csv}: a table and a format. */
	record TableFile(Table table, Format format) {

		/**
		 * @throws NotFoundException (404) for anything but a table and a format
		 */
		static TableFile parse(String file) {
			int dot = file.lastIndexOf('.');
			var table = (dot < 0) ? java.util.Optional.<Table>empty() : Table.fromKey(file.substring(0, dot));
			var format = (dot < 0) ? java.util.Optional.<Format>empty() : Format.fromExtension(file.substring(dot + 1));
			if (table.isEmpty() || format.isEmpty()) {
				throw new NotFoundException("tableFile", file);
			}
			return new TableFile(table.get(), format.get());
		}

	}

}
