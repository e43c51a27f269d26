package no.symbiose.app.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.symbiose.app.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The Swagger UI is served from the jar, without a login, as the README promises. */
@IntegrationTest
class ApiDocumentationTest {

	@LocalServerPort
	int port;

	@Test
	void servesTheSwaggerUiWithoutLoginAndWithoutOutsideAssets() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

		HttpResponse<String> page = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/docs")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui").doesNotContain("https://");
		HttpResponse<String> initializer = client.send(
				HttpRequest.newBuilder(page.uri().resolve("swagger-initializer.js")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(initializer.statusCode()).isEqualTo(200);
		assertThat(initializer.body()).contains("/api/v1/openapi");
	}

	@Test
	void reportsHealthWithoutLoginAndWithoutDetails() throws Exception {
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
	}

}
