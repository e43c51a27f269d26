package no.symbiose.app.e2e;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Test-only stand-in for the security branch's filter chain, so the page tests run before it
 * is merged: public pages open, companies behind a login, CSRF on. It is a test
 * auto-configuration (see META-INF/spring/...AutoConfiguration.imports in test resources) that
 * backs off as soon as the application defines its own {@link SecurityFilterChain}; delete it
 * after the merge.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnMissingBean(SecurityFilterChain.class)
class PageSecurityUntilMerge {

	@Bean
	SecurityFilterChain pagesUntilMerge(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/companies", "/companies/**").authenticated()
			.anyRequest().permitAll())
			.formLogin(Customizer.withDefaults())
			.logout(Customizer.withDefaults());
		return http.build();
	}

}
