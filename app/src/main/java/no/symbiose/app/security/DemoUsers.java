package no.symbiose.app.security;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode ({@code symbiose.demo=true}) creates one user per role, password
 * {@code demo}, unless the username exists. Runs after the demo data loader
 * ({@code @Order(10)}), because the facilitator and reporters speak for a demo park and
 * demo companies; a user whose park or company is missing is skipped with a warning. Then
 * announces the URL and the logins.
 */
@Component
@Order(100)
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	static final String PASSWORD = "demo";

	/**
	 * The company keys are tried in order: the first is the key agreed for the demo data;
	 * the second the Hotmaps site key the shipped demo CSVs use for the same plant.
	 */
	private static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "Nasjonal administrator", Role.NATIONAL_ADMIN, null, null, List.of()),
			new DemoUser("fylke-telemark", "Telemark fylkeskommune", Role.COUNTY_OFFICER, "40", null, List.of()),
			new DemoUser("fasilitator-heroya", "Herøya Industripark (fasilitator)", Role.PARK_FACILITATOR, null,
					"heroya", List.of()),
			new DemoUser("rapportor-yara", "Yara Porsgrunn (rapportør)", Role.COMPANY_REPORTER, null, null,
					List.of("demo:yara-porsgrunn", "hotmaps:750")),
			new DemoUser("rapportor-celsa", "Celsa Armeringsstål (rapportør)", Role.COMPANY_REPORTER, null, null,
					List.of("hotmaps:742")));

	private final boolean demo;

	private final AppUsers users;

	private final PasswordEncoder passwordEncoder;

	private final Environment environment;

	DemoUsers(@Value("${symbiose.demo:false}") boolean demo, AppUsers users, PasswordEncoder passwordEncoder,
			Environment environment) {
		this.demo = demo;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String url = "http://localhost:"
				+ this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "8080"))
				+ "/";
		StringBuilder announcement = new StringBuilder("Symbiose is running at ").append(url);
		if (this.demo) {
			announcement.append("\nDemo logins (password \"").append(PASSWORD).append("\"):");
			for (DemoUser user : USERS) {
				if (createIfAbsent(user)) {
					announcement.append("\n  ").append(String.format("%-20s %s", user.username(), user.displayName()));
				}
			}
		}
		log.info(announcement.toString());
		System.out.println(announcement);
	}

	/** Returns whether the user exists afterwards. */
	private boolean createIfAbsent(DemoUser user) {
		if (this.users.exists(user.username())) {
			return true;
		}
		Long parkId = null;
		if (user.parkKey() != null) {
			parkId = this.users.parkId(user.parkKey()).orElse(null);
			if (parkId == null) {
				log.warn("Demo user {} not created: park {} does not exist", user.username(), user.parkKey());
				return false;
			}
		}
		Long companyId = null;
		if (!user.companyKeys().isEmpty()) {
			companyId = user.companyKeys()
				.stream()
				.map(this.users::companyId)
				.flatMap(Optional::stream)
				.findFirst()
				.orElse(null);
			if (companyId == null) {
				log.warn("Demo user {} not created: none of the companies {} exists", user.username(),
						user.companyKeys());
				return false;
			}
		}
		this.users.create(user.username(), this.passwordEncoder.encode(PASSWORD), user.displayName(), user.role(),
				user.countyNumber(), parkId, companyId);
		return true;
	}

	private record DemoUser(String username, String displayName, Role role, @Nullable String countyNumber,
			@Nullable String parkKey, List<String> companyKeys) {
	}

}
