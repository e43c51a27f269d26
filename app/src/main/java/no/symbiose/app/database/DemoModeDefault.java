package no.symbiose.app.database;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Demo mode (demo data and demo users with the password {@code demo}) is the default only
 * on the embedded database, where a newcomer tries the platform. An installation on an
 * external PostgreSQL gets no demo users unless it asks for them with
 * {@code symbiose.demo=true}. Runs after the configuration files are read, so any
 * explicit setting wins.
 */
class DemoModeDefault implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "symbiose.demo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(PROPERTY)) {
			return;
		}
		boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		environment.getPropertySources()
			.addLast(new MapPropertySource("symbiose-demo-default", Map.of(PROPERTY, String.valueOf(embedded))));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
