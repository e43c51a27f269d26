package no.symbiose.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import no.symbiose.app.security.Viewer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /api/v1/openapi}, shown by Swagger UI at
 * {@code /api/v1/docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// The caller is resolved from the login, never sent as a parameter.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
	}

	@Bean
	OpenAPI symbioseOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Symbiose API")
				.version("v1")
				.description("""
						Registry of Norway's green industrial parks: parks, companies, yearly facts and material \
						and energy streams, with reference data. Parks, the map and reference data are public. \
						Everything else needs a login: HTTP Basic for machine clients (stateless, no CSRF token), \
						or the browser session of a form or OpenID Connect login, which must echo the XSRF-TOKEN \
						cookie in an X-XSRF-TOKEN header on PUT and DELETE. Yearly facts and streams are filtered \
						by their confidentiality (public, park, private); one the caller may not see answers 404. \
						Errors are RFC 9457 problem details (application/problem+json), in Norwegian bokmål \
						unless Accept-Language asks for English. Writes take the version last read and answer 409 \
						when someone else changed the record in between.""")
				.license(new License().name("Data: see NOTICE.md for each source's licence")))
			.components(new Components()
				.addSecuritySchemes("basicAuth",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("app_user username and password; stateless, no CSRF token needed"))
				.addSecuritySchemes("sessionCookie", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("JSESSIONID")
					.description("browser session after /login; unsafe methods also need the X-XSRF-TOKEN header")));
	}

}
