package no.symbiose.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SymbioseApplication {

	public static void main(String[] args) {
		SpringApplication.run(SymbioseApplication.class, args);
	}

}
