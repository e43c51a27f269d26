package no.symbiose.app;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import no.symbiose.app.database.DatabaseCommand;
import no.symbiose.app.security.UserCommand;
import no.symbiose.app.symbiosis.MatchCommand;

@SpringBootApplication
public class SymbioseApplication {

	/**
	 * Starts the platform, or with {@code match ...} runs the matcher on CSV files
	 * without a server or database ({@link MatchCommand}), or with {@code backup} or
	 * {@code restore} saves or loads the database without a server
	 * ({@link DatabaseCommand}), or with {@code user} creates a user or sets a password
	 * ({@link UserCommand}).
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("match")) {
			System.exit(MatchCommand.main(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
			System.exit(DatabaseCommand.main(args, System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("user")) {
			System.exit(UserCommand.main(args, System.in, System.out, System.err));
		}
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
