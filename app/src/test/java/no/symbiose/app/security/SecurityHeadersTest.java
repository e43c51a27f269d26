package no.symbiose.app.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.symbiose.app.IntegrationTest;
import no.symbiose.app.web.ContentSecurityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, page, API, static file, error or report, carries the security headers,
 * and the session cookie is HttpOnly, SameSite and, behind HTTPS, Secure. Asked over real
 * HTTP of the running server, since Tomcat, not Spring MVC, writes the session cookie.
 */
@IntegrationTest
class SecurityHeadersTest {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/mal", "/login", "/api/v1/parks", "/css/symbiose.css", "/no-such-page",
			"/api/v1/no-such-thing", "/api/v1/openapi", "/samarbeid" })
	void everyAnswerCarriesTheSecurityHeaders(String path) throws Exception {
		HttpResponse<String> response = get(path);

		assertThat(header(response, "Content-Security-Policy")).isEqualTo(ContentSecurityPolicy.POLICY)
			.contains("script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(header(response, "Permissions-Policy")).contains("camera=()", "geolocation=()");
		assertThat(header(response, "Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
	}

	@Test
	void theApiDocumentationMayUseItsLogosStyleSheetAndNoOther() throws Exception {
		HttpResponse<String> response = get("/api/v1/swagger-ui/index.html");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Content-Security-Policy")).contains("script-src 'self';")
			.containsOnlyOnce("'sha256-")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void aReportOpenedInTheBrowserMayUseItsOwnStyleSheetAndNoOther() throws Exception {
		HttpResponse<String> response = get("/mal/rapport.html");

		assertThat(response.statusCode()).isEqualTo(200);
		String policy = header(response, "Content-Security-Policy");
		Matcher style = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL).matcher(response.body());
		assertThat(style.find()).as("the report carries its style sheet").isTrue();
		String hash = Base64.getEncoder()
			.encodeToString(
					MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
		assertThat(policy).contains("style-src 'self' 'sha256-" + hash + "'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() throws Exception {
		HttpResponse<String> loginPage = get("/login");
		Matcher field = CSRF_FIELD.matcher(loginPage.body());
		assertThat(field.find()).isTrue();
		HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookies(loginPage))
			.header("X-Forwarded-Proto", "https")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf="
					+ java.net.URLEncoder.encode(field.group(1), StandardCharsets.UTF_8)))
			.build();

		HttpResponse<String> response = this.http.send(login, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(header(response, "Location")).doesNotContain("error");
		String session = setCookie(response, "JSESSIONID");
		assertThat(session).containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax")
			.containsIgnoringCase("Secure");
	}

	@Test
	void overPlainHttpOnLoopbackTheSessionCookieIsStillHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> loginPage = get("/login");
		Matcher field = CSRF_FIELD.matcher(loginPage.body());
		assertThat(field.find()).isTrue();
		HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookies(loginPage))
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf="
					+ java.net.URLEncoder.encode(field.group(1), StandardCharsets.UTF_8)))
			.build();

		String session = setCookie(this.http.send(login, HttpResponse.BodyHandlers.ofString()), "JSESSIONID");

		assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
	}

	/**
	 * The cookies an answer set, to send back as a browser would: the CSRF token's
	 * cookie, or the session holding it (spring-security-test's {@code csrf()}, used by
	 * other tests of this shared context, swaps the token repository).
	 */
	private static String cookies(HttpResponse<?> response) {
		return String.join("; ",
				response.headers()
					.allValues("Set-Cookie")
					.stream()
					.map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
					.toList());
	}

	private static String setCookie(HttpResponse<?> response, String name) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies + " of "
					+ response.statusCode() + " " + response.uri() + " " + response.headers().map()));
	}

}
