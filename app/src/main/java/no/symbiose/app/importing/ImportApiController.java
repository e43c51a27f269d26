package no.symbiose.app.importing;

import no.symbiose.app.security.Viewer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Import, export and templates over HTTP. An import answers 200 with the report when every row
 * was written, and 422 with a problem detail whose {@code errors} list every bad cell (row,
 * column, value, message_nb, message_en) when nothing was changed.
 */
@RestController
@RequestMapping("/api/v1")
class ImportApiController {

	static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

	private final ImportService imports;

	private final ExportService exports;

	private final TemplateService templates;

	ImportApiController(ImportService imports, ExportService exports, TemplateService templates) {
		this.imports = imports;
		this.exports = exports;
		this.templates = templates;
	}

	@PostMapping(path = "/import/{table}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFile(@PathVariable String table, @RequestParam("file") MultipartFile file,
			Viewer viewer) throws IOException {
		Table wanted = Table.fromKey(table).orElse(null);
		if (wanted == null) {
			return problem(HttpStatus.NOT_FOUND, "Unknown table " + table);
		}
		Format format = Format.of(file.getOriginalFilename(), file.getContentType()).orElse(null);
		if (format == null) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Upload a .csv or .xlsx file");
		}
		ImportReport report;
		try (InputStream in = file.getInputStream()) {
			report = this.imports.importFile(wanted, format, in, viewer);
		}
		catch (ImportRefusedException ex) {
			return problem(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		if (report.succeeded()) {
			return ResponseEntity.ok(report);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(UNPROCESSABLE,
				"%s has %d errors; nothing was changed".formatted(file.getOriginalFilename(), report.errorCount()));
		problem.setTitle("Import rejected");
		problem.setType(URI.create("https://symbiose.no/problems/import-rejected"));
		problem.setProperty("table", wanted.key());
		problem.setProperty("rows", report.rows());
		problem.setProperty("errors", report.errors());
		problem.setProperty("errors_not_shown", report.errorsNotShown());
		return ResponseEntity.status(UNPROCESSABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
			.contentType(MediaType.parseMediaType(file.format().contentType()
					+ (file.format() == Format.CSV ? ";charset=UTF-8" : "")))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.table().fileName(file.format())).build().toString())
			.body(body);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/** {@code streams.csv}: a table and a format. */
	record TableFile(Table table, Format format) {

		/** @throws ResponseStatusException 404 for anything but a table and a format */
		static TableFile parse(String file) {
			int dot = file.lastIndexOf('.');
			var table = (dot < 0) ? java.util.Optional.<Table>empty() : Table.fromKey(file.substring(0, dot));
			var format = (dot < 0) ? java.util.Optional.<Format>empty() : Format.fromExtension(file.substring(dot + 1));
			if (table.isEmpty() || format.isEmpty()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No table file " + file);
			}
			return new TableFile(table.get(), format.get());
		}

	}

}
