package no.symbiose.app.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import no.symbiose.app.database.DatabaseCommand;

/**
 * {@code symbiose user add USERNAME --role ROLE [--county NN | --park KEY | --company KEY]
 * [--name "NAME"]} creates a user who logs in with a password;
 * {@code symbiose user password
 * USERNAME} sets a new password for one (a forgotten one, say). The password is asked
 * twice on the terminal without echo, or read as the first line of standard input when
 * there is no terminal ({@code echo "$PASSWORD" | symbiose user add ...}), never from the
 * command line, where other users of the machine could read it. It must meet the
 * {@link PasswordPolicy}. Runs on the database the application would use (same
 * {@code --name=value} properties as {@code backup}); the platform must have started on
 * it once, so the tables exist. Exit codes: 0 done, 1 refused or failed (the message says
 * why), 2 usage.
 */
public final class UserCommand {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage: symbiose user add USERNAME --role ROLE [--county NN | --park PARK_KEY | --company COMPANY_KEY] [--name "NAME"] [--name=value ...]
			       symbiose user password USERNAME [--name=value ...]
			  ROLE is national_admin, county_officer (needs --county), park_facilitator (needs --park)
			  or company_reporter (needs --company). The password is asked on the terminal, or read
			  as the first line of standard input; it needs at least 12 characters and must be hard
			  to guess (docs/security.md).""";

	private UserCommand() {
	}

	public static int main(String[] args, InputStream in, PrintStream out, PrintStream err) {
		if (args.length < 3 || !args[0].equals("user") || !(args[1].equals("add") || args[1].equals("password"))
				|| args[2].startsWith("--")) {
			err.println(USAGE_TEXT);
			return USAGE;
		}
		boolean add = args[1].equals("add");
		String username = args[2];
		Map<String, String> options = new LinkedHashMap<>();
		List<String> properties = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			String arg = args[i];
			if (add && List.of("--role", "--county", "--park", "--company", "--name").contains(arg)
					&& i + 1 < args.length && !options.containsKey(arg)) {
				options.put(arg, args[++i]);
			}
			else if (arg.startsWith("--") && arg.indexOf('=') > 2) {
				properties.add(arg);
			}
			else {
				err.println("symbiose user " + args[1] + ": unexpected argument " + arg);
				err.println(USAGE_TEXT);
				return USAGE;
			}
		}
		Optional<String> refusal = add ? checkAdd(username, options) : Optional.empty();
		if (refusal.isPresent()) {
			err.println("symbiose user add: " + refusal.get());
			return USAGE;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
				DatabaseCommand.CommandConfiguration.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(Map.of("logging.level.root", "WARN", "logging.level.org.springframework.boot.SpringApplication",
					"OFF", "logging.level.org.springframework.context", "ERROR"))
			.run(properties.toArray(String[]::new));
				// one connection, so the audit log names who wrote (symbiose.actor, see
				// V11); the pool dies with this command's context, so no later checkout
				// inherits the setting (AuditedDataSource skips telling a connection the
				// actor it was last told)
				java.sql.Connection connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			AppUsers users = new AppUsers(jdbc);
			if (!tablesExist(jdbc)) {
				err.println("symbiose user: the database has no users table yet; start the platform on it once first");
				return FAILED;
			}
			jdbc.sql(
					"select set_config('symbiose.actor', :actor, false), set_config('symbiose.actor_role', 'command', false)")
				.param("actor", "symbiose user (" + System.getProperty("user.name") + ")")
				.query()
				.singleRow();
			Optional<AppUser> existing = users.byUsername(username);
			if (add && existing.isPresent()) {
				err.println("symbiose user add: " + username + " exists already; use 'symbiose user password "
						+ username + "' to set a new password");
				return FAILED;
			}
			if (!add && existing.isEmpty()) {
				err.println("symbiose user password: there is no user " + username);
				return FAILED;
			}
			@Nullable Long parkId = null;
			@Nullable Long companyId = null;
			if (add && options.containsKey("--park")) {
				parkId = users.parkId(options.get("--park")).orElse(null);
				if (parkId == null) {
					err.println("symbiose user add: there is no park " + options.get("--park"));
					return FAILED;
				}
			}
			if (add && options.containsKey("--company")) {
				companyId = users.companyId(options.get("--company")).orElse(null);
				if (companyId == null) {
					err.println("symbiose user add: there is no company " + options.get("--company"));
					return FAILED;
				}
			}
			if (add && options.containsKey("--county") && !countyExists(jdbc, options.get("--county"))) {
				err.println("symbiose user add: there is no county " + options.get("--county"));
				return FAILED;
			}
			String displayName = add ? options.getOrDefault("--name", username) : existing.get().displayName();
			Optional<String> password = readPassword(in, out);
			if (password.isEmpty()) {
				err.println("symbiose user " + args[1] + ": no password given, or the two differ; nothing changed");
				return FAILED;
			}
			List<String> problems = new PasswordPolicy(messages()).problems(password.get(), username, displayName,
					Locale.ENGLISH);
			if (!problems.isEmpty()) {
				err.println("symbiose user " + args[1] + ": the password is refused; nothing changed");
				problems.forEach(problem -> err.println("  " + problem));
				return FAILED;
			}
			String hash = encoder().encode(password.get());
			if (add) {
				Role role = Role.fromKey(options.get("--role"));
				users.create(username, hash, displayName, role, options.get("--county"), parkId, companyId);
				out.println("Created " + username + " (" + role.key() + ")");
			}
			else {
				users.changePassword(existing.get().id(), hash);
				out.println("Set a new password for " + username);
			}
			return OK;
		}
		catch (RuntimeException | java.sql.SQLException ex) {
			err.println("symbiose user " + args[1] + " failed: " + DatabaseCommand.reason(ex));
			return FAILED;
		}
	}

	/** The role and its one scope, before anything is opened. */
	private static Optional<String> checkAdd(String username, Map<String, String> options) {
		if (!username.matches("[\\p{L}\\p{N}._@-]{1,100}")) {
			return Optional.of("a username has 1 to 100 letters, digits or . _ @ -");
		}
		String roleKey = options.get("--role");
		if (roleKey == null) {
			return Optional.of("--role is missing");
		}
		Role role;
		try {
			role = Role.fromKey(roleKey);
		}
		catch (IllegalArgumentException ex) {
			role = Role.ANONYMOUS;
		}
		String needs = switch (role) {
			case NATIONAL_ADMIN -> "";
			case COUNTY_OFFICER -> "--county";
			case PARK_FACILITATOR -> "--park";
			case COMPANY_REPORTER -> "--company";
			case ANONYMOUS -> null;
		};
		if (needs == null) {
			return Optional.of("unknown role " + roleKey
					+ "; use national_admin, county_officer, park_facilitator or company_reporter");
		}
		for (String scope : List.of("--county", "--park", "--company")) {
			if (options.containsKey(scope) && !scope.equals(needs)) {
				return Optional.of(role.key() + " takes " + (needs.isEmpty() ? "no scope" : needs) + ", not " + scope);
			}
		}
		if (!needs.isEmpty() && !options.containsKey(needs)) {
			return Optional.of(role.key() + " needs " + needs);
		}
		return Optional.empty();
	}

	private static Optional<String> readPassword(InputStream in, PrintStream out) {
		Console console = System.console();
		if (console != null && in == System.in) {
			char[] first = console.readPassword("New password for the user: ");
			char[] second = console.readPassword("The same again: ");
			if (first == null || second == null || !new String(first).equals(new String(second))) {
				return Optional.empty();
			}
			return Optional.of(new String(first)).filter(password -> !password.isEmpty());
		}
		try {
			String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
			return Optional.ofNullable(line).filter(password -> !password.isEmpty());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static boolean tablesExist(JdbcClient jdbc) {
		return jdbc.sql("select to_regclass('app_user') is not null").query(Boolean.class).single();
	}

	private static boolean countyExists(JdbcClient jdbc, String number) {
		return jdbc.sql("select count(*) from county where county_number = :number")
			.param("number", number)
			.query(Long.class)
			.single() > 0;
	}

	static PasswordEncoder encoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
