package no.symbiose.app.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes a page's links to WebJars with their version ({@code /webjars/htmx.org/dist/...}
 * becomes {@code /webjars/htmx.org/2.0.4/dist/...}), as Spring's
 * {@link ResourceUrlEncodingFilter} does, and leaves every other link alone. Spring's own
 * filter looks each link of a page up as a static file, in every static location of the
 * jar: on a dashboard with links to 300 parks that was most of its time under load
 * ({@code docs/benchmarks.md}, "Load test"). Being a {@link ResourceUrlEncodingFilter},
 * it takes the place of the one Spring Boot would register.
 */
@Component
class WebJarLinks extends ResourceUrlEncodingFilter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse page)) {
			chain.doFilter(request, response);
			return;
		}
		String webJars = http.getContextPath() + "/webjars/";
		chain.doFilter(request, new HttpServletResponseWrapper(page) {

			@Override
			public String encodeURL(String url) {
				if (url.startsWith(webJars) && http.getAttribute(
						ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider urls) {
					String versioned = urls.getForRequestUrl(http, url);
					if (versioned != null) {
						return super.encodeURL(versioned);
					}
				}
				return super.encodeURL(url);
			}

		});
	}

}
