package no.symbiose.app.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import no.symbiose.app.api.Problems;
import no.symbiose.app.web.ContentSecurityPolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * Who may reach what. Two filter chains:
 * <ol>
 * <li>machine clients: {@code /api/**} requests carrying {@code Authorization: Basic};
 * stateless, no session, no CSRF token (a browser never adds that header to a cross-site
 * request by itself, because no response ever sends a {@code WWW-Authenticate: Basic}
 * challenge);</li>
 * <li>everything else: the session of a form or OpenID Connect login, CSRF tokens on
 * every unsafe request (hidden field in forms, or the {@code XSRF-TOKEN} cookie echoed in
 * the {@code X-XSRF-TOKEN} header by scripts).</li>
 * </ol>
 * The API answers 401/403 as problem details; pages redirect to {@code /login}. Rules per
 * role on records are applied by the services and by {@link Visibility}, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] PUBLIC_STATIC = { "/geo/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/vendor/**", "/favicon.ico", "/login", "/error", "/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/docs",
			"/api/v1/docs/**", "/api/v1/swagger-ui/**", "/swagger-ui/**", "/actuator/health", "/api/v1/map/**" };

	private static final String[] PUBLIC_PAGES_GET = { "/", "/map", "/parks/**", "/api/v1/parks", "/api/v1/parks/**",
			"/api/v1/reference/**", "/sources", "/api/v1/synergies/missions", "/muligheter", "/muligheter/**",
			"/kunnskapsbase", "/mal", "/mal/katalog", "/mal/fylke/**", "/mal/rapport.html", "/mal/rapport.pdf",
			"/mal/rapport.xlsx", "/api/v1/symbiosis/candidates", "/api/v1/symbiosis/candidates/**",
			"/api/v1/symbiosis/rules", "/api/v1/symbiosis/allocation", "/regnskap", "/regnskap/**",
			"/api/v1/accounts/**", "/program", "/api/v1/programme/parks", "/api/v1/goals/follow-up",
			"/api/v1/goals/gap" };

	/** A park's goals need a login: its figures can be close to one tenant's. */
	private static final RequestMatcher PARK_GOALS = request -> PathPatternRequestMatcher.pathPattern("/api/v1/goals/*")
		.matches(request) && org.springframework.util.StringUtils.hasText(request.getParameter("park"));

	private static final String[] REGISTERED = CurrentViewer.REGISTERED_ROLES.stream()
		.map(role -> role.substring("ROLE_".length()))
		.toArray(String[]::new);

	@Bean
	PasswordEncoder passwordEncoder(java.time.Clock clock) {
		return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain machineClients(HttpSecurity http, Problems problems) throws Exception {
		RequestMatcher basicAuthOnApi = request -> PathPatternRequestMatcher.pathPattern("/api/**").matches(request)
				&& hasBasicAuthorization(request);
		http.securityMatcher(basicAuthOnApi)
			.authorizeHttpRequests(this::rules)
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(problems))
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.headers(SecurityConfiguration::headers)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized(problems))
				.accessDeniedHandler(forbidden(problems)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain browsers(HttpSecurity http, Problems problems,
			ObjectProvider<ClientRegistrationRepository> oidcClients, AppUsers users) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
		http.authorizeHttpRequests(this::rules)
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailures()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(SecurityConfiguration::headers)
			.csrf(csrf -> csrf.spa())
			.addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(
						new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
								new RequestMatcherEntry<>(api, unauthorized(problems))))
				.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
						new LinkedHashMap<>(Map.of(api, forbidden(problems))), new AccessDeniedHandlerImpl())))
			.requestCache(cache -> cache.requestCache(new ApiSkippingRequestCache(api)));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcUserMapper(users))));
		}
		return http.build();
	}

	/**
	 * Spring Security's defaults (no sniffing, no framing, no caching of answers, HSTS on
	 * HTTPS) and: the {@link ContentSecurityPolicy} (unless the answer set its own, for a
	 * self-contained document), no referrer to other sites, no camera, microphone,
	 * geolocation or payment, and a window of its own.
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.addHeaderWriter((request, response) -> {
			if (!response.containsHeader(ContentSecurityPolicy.HEADER)) {
				response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy
					.forPath(request.getRequestURI().substring(request.getContextPath().length())));
			}
		})
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(
					permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
			.crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
	}

	private void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(PUBLIC_STATIC)
			.permitAll()
			.requestMatchers(PARK_GOALS)
			.hasAnyRole(REGISTERED)
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES_GET)
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES_GET)
			.permitAll()
			.anyRequest()
			.hasAnyRole(REGISTERED);
	}

	/**
	 * A locked username is told so ({@code /login?locked}); any other failure is not told
	 * why.
	 */
	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

	private static boolean hasBasicAuthorization(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static AuthenticationEntryPoint unauthorized(Problems problems) {
		return (request, response, ex) -> problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
	}

	private static AccessDeniedHandler forbidden(Problems problems) {
		return (request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

}
