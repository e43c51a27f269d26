package no.symbiose.app.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Content Security Policy every response carries: scripts, styles, fonts, images and
 * requests only from this server, no inline script or style ({@code 'unsafe-inline'} is
 * never allowed), no plug-ins, no framing, forms only back to this server.
 * <p>
 * Pages keep to it by design: scripts are files under {@code /js} and {@code /webjars},
 * data for them travel in {@code <script type="application/json">} blocks (data, never
 * run), styles are files under {@code /css}. The one exception is a self-contained
 * document (a report opened in the browser, the same file that is saved or laid out as
 * PDF): it carries its style sheet inside, and {@link #forDocument} allows exactly that
 * sheet by its SHA-256 hash.
 */
public final class ContentSecurityPolicy {

	public static final String HEADER = "Content-Security-Policy";

	/** The policy of every page, API answer and file. */
	public static final String POLICY = policy("'self'");

	/**
	 * The one inline style sheet of the API's documentation (Swagger UI draws its logo as
	 * an SVG with this {@code <style>} inside); allowed there by hash, and nowhere else.
	 */
	static final String SWAGGER_UI_LOGO_STYLE = ".logo_small_svg__cls-2{fill:#fff}.logo_small_svg__cls-3{fill:#85ea2d}";

	private static final String API_DOCUMENTATION_POLICY = policy(
			"'self' 'sha256-" + sha256(SWAGGER_UI_LOGO_STYLE) + "'");

	private static final Pattern STYLE_ELEMENT = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);

	private ContentSecurityPolicy() {
	}

	/**
	 * The policy of an answer to a request for this path: {@link #POLICY}, and for the
	 * API's documentation its logo's style sheet too.
	 * @param path the request's path, without the query
	 * @return the header value
	 */
	public static String forPath(String path) {
		return path.startsWith("/api/v1/swagger-ui/") ? API_DOCUMENTATION_POLICY : POLICY;
	}

	/**
	 * The policy for one self-contained HTML document: as {@link #POLICY}, and its own
	 * {@code <style>} elements, by hash, so no other inline style can apply.
	 * @param html the document exactly as sent
	 * @return the header value
	 */
	public static String forDocument(String html) {
		Set<String> sources = new LinkedHashSet<>();
		sources.add("'self'");
		Matcher matcher = STYLE_ELEMENT.matcher(html);
		while (matcher.find()) {
			sources.add("'sha256-" + sha256(matcher.group(1)) + "'");
		}
		return policy(sources.stream().collect(Collectors.joining(" ")));
	}

	private static String policy(String styleSources) {
		return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src " + styleSources,
				"img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
				"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
