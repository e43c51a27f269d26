package no.symbiose.app.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the browser saves rather than shows, named in UTF-8 (æ, ø, å survive). */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private Downloads() {
	}

	/**
	 * A self-contained HTML document (a report) shown in the browser, allowed its own
	 * style sheet and nothing else inline ({@link ContentSecurityPolicy#forDocument}).
	 */
	public static ResponseEntity<byte[]> htmlDocument(String html) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.header(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.forDocument(html))
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

	/** A self-contained HTML document saved as a file, with the same policy. */
	public static ResponseEntity<byte[]> htmlAttachment(String html, String filename) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.header(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.forDocument(html))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

	public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
