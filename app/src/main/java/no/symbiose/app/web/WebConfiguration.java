package no.symbiose.app.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Language and error pages. Pages speak bokmål unless the visitor picks English with
 * {@code ?lang=en}; the choice is kept in a cookie. Any other language falls back to
 * bokmål, so the {@code lang} attribute never claims a language the texts are not in.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * No rewriting of links on pages. Spring's {@link ResourceUrlEncodingFilter} would
	 * look each link of a page up as a static file in every static location of the jar,
	 * to add a WebJar's version: on a dashboard with links to 300 parks that was most of
	 * its time under load ({@code docs/benchmarks.md}, "Load test"). WebJar links stay
	 * without their version ({@code /webjars/htmx.org/dist/htmx.min.js}), which the
	 * resource chain serves as well.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noLinkRewriting() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("symbiose-lang") {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return supported(super.resolveLocale(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable Locale locale) {
				super.setLocale(request, response, locale == null ? null : supported(locale));
			}

		};
		// Pages speak bokmål until the person picks English with the switch (a cookie);
		// API clients
		// choose with Accept-Language, as RFC 9457 problem details should honour it.
		resolver.setDefaultLocaleFunction(
				request -> request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null
						? supported(request.getLocale()) : BOKMAL);
		return resolver;
	}

	static Locale supported(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : BOKMAL;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * 404 gets its own page; every other error the general one, both inside the layout.
	 */
	@Bean
	ErrorViewResolver errorPages() {
		return (request, status,
				model) -> new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error/error", model, status);
	}

}
