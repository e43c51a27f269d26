package no.symbiose.app.database;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeDefaultTest {

	@Test
	void turnsDemoModeOnForTheEmbeddedDatabase() {
		StandardEnvironment environment = environment(Map.of());

		new DemoModeDefault().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("symbiose.demo")).isEqualTo("true");
	}

	@Test
	void leavesDemoModeOffOnAnExternalDatabase() {
		StandardEnvironment environment = environment(
				Map.of("spring.datasource.url", "jdbc:postgresql://db.example/symbiose"));

		new DemoModeDefault().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("symbiose.demo")).isEqualTo("false");
	}

	@Test
	void keepsAnExplicitChoice() {
		StandardEnvironment environment = environment(
				Map.of("spring.datasource.url", "jdbc:postgresql://db.example/symbiose", "symbiose.demo", "true"));

		new DemoModeDefault().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("symbiose.demo")).isEqualTo("true");
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
