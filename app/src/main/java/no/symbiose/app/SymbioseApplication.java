package no.symbiose.app;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SymbioseApplication {

	public static void main(String[] args) {
		SpringApplication.run(SymbioseApplication.class, args);
	}

	/**
	 * The time that services stamp on what they write; tests may replace it to jump
	 * ahead.
	 */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
