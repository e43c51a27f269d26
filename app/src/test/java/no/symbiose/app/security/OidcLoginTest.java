package no.symbiose.app.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import no.symbiose.app.IntegrationTest;
import no.symbiose.app.RegistryFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect login by configuration alone, against a real (minimal) provider on a
 * loopback port in the test JVM: discovery document, JWKS with an RSA key, an authorize
 * endpoint that redirects back with a code, and a token endpoint issuing an RS256-signed
 * ID token. The app fetches the discovery document at start-up ({@code issuer-uri}), and
 * Spring Security's own client exchanges the code and validates the ID token (signature,
 * issuer, audience, nonce). The browser is a real HTTP client with a cookie jar.
 */
@IntegrationTest
class OidcLoginTest {

	private static final String CLIENT_ID = "symbiose-test";

	private static final String CLIENT_SECRET = "test-secret";

	private static final Provider provider = Provider.start();

	@DynamicPropertySource
	static void oidcRegistration(DynamicPropertyRegistry registry) {
		String prefix = "spring.security.oauth2.client.registration.test.";
		registry.add(prefix + "client-name", () -> "Testleverandør");
		registry.add(prefix + "client-id", () -> CLIENT_ID);
		registry.add(prefix + "client-secret", () -> CLIENT_SECRET);
		registry.add(prefix + "authorization-grant-type", () -> "authorization_code");
		registry.add(prefix + "scope", () -> "openid");
		registry.add("spring.security.oauth2.client.provider.test.issuer-uri", provider::issuer);
	}

	@AfterAll
	static void stopProvider() {
		provider.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loginPageLinksToTheConfiguredProvider() throws Exception {
		Browser browser = new Browser();

		HttpResponse<String> login = browser.get(app("/login"));

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("href=\"/oauth2/authorization/test\"").contains("Testleverandør");
	}

	@Test
	void aSubjectRegisteredInAppUserLogsInWithThatUsersRole() throws Exception {
		String subject = RegistryFixtures.unique("sub-");
		String username = RegistryFixtures.unique("oidc-officer-");
		this.jdbc.sql("""
				insert into app_user (username, display_name, role, county_number, oidc_subject)
				values (:username, 'OIDC-fylke', 'county_officer', '40', :subject)""")
			.param("username", username)
			.param("subject", subject)
			.update();
		Browser browser = new Browser();

		logIn(browser, subject);

		HttpResponse<String> me = browser.get(app("/api/v1/me"));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(me.body(), "$.username")).isEqualTo(username);
		assertThat((String) JsonPath.read(me.body(), "$.role")).isEqualTo("county_officer");
		assertThat((String) JsonPath.read(me.body(), "$.countyNumber")).isEqualTo("40");
		assertThat(browser.get(app("/companies")).statusCode()).isEqualTo(200);
	}

	@Test
	void anUnknownSubjectIsLoggedInButHasNoRole() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.get(app("/api/v1/me")).statusCode()).as("before login").isEqualTo(401);

		logIn(browser, RegistryFixtures.unique("stranger-"));

		// logged in (403, not 401 or a redirect to /login), but without a role
		assertThat(browser.get(app("/api/v1/me")).statusCode()).isEqualTo(403);
		assertThat(browser.get(app("/companies")).statusCode()).isEqualTo(403);
		assertThat(browser.get(app("/")).statusCode()).isEqualTo(200);
	}

	/**
	 * The authorization-code flow as a browser walks it: app → provider's authorize
	 * endpoint → back to the app's redirect URI with code and state.
	 */
	private void logIn(Browser browser, String subject) throws Exception {
		HttpResponse<String> start = browser.get(app("/oauth2/authorization/test"));
		assertThat(start.statusCode()).isEqualTo(302);
		URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
		assertThat(authorize.toString()).startsWith(provider.issuer() + "/authorize?");

		provider.nextSubject = subject;
		HttpResponse<String> consent = browser.get(authorize);
		assertThat(consent.statusCode()).isEqualTo(302);
		URI callback = URI.create(consent.headers().firstValue("Location").orElseThrow());
		assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/test");

		HttpResponse<String> loggedIn = browser.get(callback);
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	private URI app(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** A browser: keeps cookies, follows no redirects by itself. */
	static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json").build(),
					HttpResponse.BodyHandlers.ofString());
		}

	}

	/**
	 * A minimal OpenID Connect provider on 127.0.0.1: whoever reaches the authorize
	 * endpoint is {@link #nextSubject}.
	 */
	static final class Provider {

		private final HttpServer server;

		private final RSAKey key;

		private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

		volatile String nextSubject = "nobody";

		private Provider(HttpServer server, RSAKey key) {
			this.server = server;
			this.key = key;
		}

		static Provider start() {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				Provider provider = new Provider(server,
						new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate());
				server.createContext("/.well-known/openid-configuration", provider::discovery);
				server.createContext("/jwks", provider::jwks);
				server.createContext("/authorize", provider::authorize);
				server.createContext("/token", provider::token);
				server.start();
				return provider;
			}
			catch (IOException | JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String issuer() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		void stop() {
			this.server.stop(0);
		}

		private void discovery(HttpExchange exchange) throws IOException {
			String issuer = issuer();
			respond(exchange, 200, "application/json", """
					{"issuer": "%1$s",
					 "authorization_endpoint": "%1$s/authorize",
					 "token_endpoint": "%1$s/token",
					 "jwks_uri": "%1$s/jwks",
					 "response_types_supported": ["code"],
					 "subject_types_supported": ["public"],
					 "id_token_signing_alg_values_supported": ["RS256"],
					 "scopes_supported": ["openid"],
					 "token_endpoint_auth_methods_supported": ["client_secret_basic"],
					 "grant_types_supported": ["authorization_code"]}""".formatted(issuer));
		}

		private void jwks(HttpExchange exchange) throws IOException {
			respond(exchange, 200, "application/json", new JWKSet(this.key.toPublicJWK()).toString());
		}

		private void authorize(HttpExchange exchange) throws IOException {
			Map<String, String> params = form(exchange.getRequestURI().getRawQuery());
			if (!"code".equals(params.get("response_type")) || !CLIENT_ID.equals(params.get("client_id"))) {
				respond(exchange, 400, "text/plain", "bad authorization request");
				return;
			}
			String code = UUID.randomUUID().toString();
			Map<String, String> grant = new LinkedHashMap<>();
			grant.put("subject", this.nextSubject);
			grant.put("redirect_uri", params.get("redirect_uri"));
			if (params.get("nonce") != null) {
				grant.put("nonce", params.get("nonce"));
			}
			this.codes.put(code, grant);
			String location = params.get("redirect_uri") + "?code=" + encode(code) + "&state="
					+ encode(params.get("state"));
			exchange.getResponseHeaders().add("Location", location);
			respond(exchange, 302, "text/plain", "");
		}

		private void token(HttpExchange exchange) throws IOException {
			String basic = "Basic " + Base64.getEncoder()
				.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
			Map<String, String> params;
			try (InputStream body = exchange.getRequestBody()) {
				params = form(new String(body.readAllBytes(), StandardCharsets.UTF_8));
			}
			Map<String, String> grant = this.codes.remove(String.valueOf(params.get("code")));
			if (!"POST".equals(exchange.getRequestMethod())
					|| !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				respond(exchange, 401, "application/json", "{\"error\": \"invalid_client\"}");
				return;
			}
			if (grant == null || !"authorization_code".equals(params.get("grant_type"))
					|| !grant.get("redirect_uri").equals(params.get("redirect_uri"))) {
				respond(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
				return;
			}
			Instant now = Instant.now();
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer())
				.subject(grant.get("subject"))
				.audience(List.of(CLIENT_ID))
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plusSeconds(300)));
			if (grant.get("nonce") != null) {
				claims.claim("nonce", grant.get("nonce"));
			}
			SignedJWT idToken = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(), claims.build());
			try {
				idToken.sign(new RSASSASigner(this.key));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			respond(exchange, 200, "application/json", """
					{"access_token": "%s", "token_type": "Bearer", "expires_in": 300, "scope": "openid",
					 "id_token": "%s"}""".formatted(UUID.randomUUID(), idToken.serialize()));
		}

		private static Map<String, String> form(String encoded) {
			Map<String, String> params = new LinkedHashMap<>();
			if (encoded == null || encoded.isEmpty()) {
				return params;
			}
			for (String pair : encoded.split("&")) {
				int eq = pair.indexOf('=');
				String name = eq < 0 ? pair : pair.substring(0, eq);
				String value = eq < 0 ? "" : pair.substring(eq + 1);
				params.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
						URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
			return params;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

		private static void respond(HttpExchange exchange, int status, String contentType, String body)
				throws IOException {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", contentType);
			exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		}

	}

}
