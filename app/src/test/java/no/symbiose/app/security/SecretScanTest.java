package no.symbiose.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret in the repository: every text file of the working tree (what
 * {@code git clone} gives, plus anything not ignored) is searched for private keys, cloud
 * and chat tokens, and configuration files for a password, secret or token written out
 * instead of taken from the environment ({@code ${...}}). The patterns follow gitleaks'
 * common rules. The demo users' password "demo" is not a secret: those users exist only
 * in demo mode on the embedded database (docs/security.md).
 */
class SecretScanTest {

	/** What a secret looks like wherever it is. */
	static final Map<String, Pattern> SECRETS = Map.of("private key",
			Pattern.compile("-----BEGIN ((RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----"),
			"AWS access key", Pattern.compile("\\b(A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\\b"), "GitHub token",
			Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})"), "Slack token",
			Pattern.compile("\\bxox[baprs]-[A-Za-z0-9-]{10,}"), "Google API key",
			Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"), "Stripe key",
			Pattern.compile("\\b[sr]k_live_[0-9a-zA-Z]{20,}"), "JSON Web Token",
			Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"),
			"password in a URL", Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^/\\s:@'\"]+:[^/\\s:@'\"$]{3,}@[\\w.-]+"));

	/**
	 * A configuration key naming a secret, with a value written out: anything but empty
	 * or a {@code ${placeholder}}.
	 */
	static final Pattern CONFIGURED_SECRET = Pattern.compile(
			"(?im)^\\s*([\\w.-]*(password|passwd|secret|token|api[-_]?key|private[-_]?key|credentials)[\\w.-]*)\\s*[=:]\\s*(?!\\$\\{)(\\S.*)$");

	private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", "symbiose-data",
			".idea", "wrapper");

	private static final Pattern CONFIGURATION_FILE = Pattern
		.compile("(application[\\w-]*\\.(properties|ya?ml))|(.*\\.env)|(docker-compose.*\\.ya?ml)");

	@Test
	void theRepositoryHoldsNoSecret() throws IOException {
		Path root = repositoryRoot();
		List<String> found = new ArrayList<>();
		int scanned = 0;
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
				.filter(f -> !skipped(root, f))::iterator) {
				String text = textOf(file);
				if (text == null) {
					continue;
				}
				scanned++;
				found.addAll(secretsIn(root.relativize(file).toString(), text));
			}
		}
		assertThat(scanned).as("text files scanned").isGreaterThan(500);
		assertThat(found).as("secrets in the repository").isEmpty();
	}

	@Test
	void theScanFindsWhatItLooksFor() {
		// put together here so that this file itself holds none
		String key = "-----BEGIN " + "PRIVATE KEY-----\nMIIEvQ...\n";
		String aws = "aws.key=" + "AKIA" + "IOSFODNN7EXAMPLE";
		String github = "token " + "ghp_" + "a".repeat(36);
		String url = "jdbc:postgresql://" + "symbiose:hunter22" + "@db.example.no/symbiose";

		assertThat(secretsIn("x.txt", key)).hasSize(1);
		assertThat(secretsIn("x.txt", aws)).hasSize(1);
		assertThat(secretsIn("x.txt", github)).hasSize(1);
		assertThat(secretsIn("x.txt", url)).hasSize(1);
		assertThat(secretsIn("application.properties", "spring.datasource.password=" + "hunter2")).hasSize(1);
		assertThat(secretsIn("application.properties", "symbiose.symbiosis.token-secret: " + "abc123")).hasSize(1);
		assertThat(secretsIn("application.properties", "spring.datasource.password=${DB_PASSWORD}")).isEmpty();
		assertThat(secretsIn("application.properties", "spring.datasource.password=")).isEmpty();
		assertThat(secretsIn("messages.properties", "login.password=Passord")).isEmpty();
	}

	static List<String> secretsIn(String name, String text) {
		List<String> found = new ArrayList<>();
		SECRETS.forEach((kind, pattern) -> {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				found.add(name + ":" + line(text, matcher.start()) + ": " + kind);
			}
		});
		String fileName = name.substring(name.lastIndexOf('/') + 1);
		if (CONFIGURATION_FILE.matcher(fileName).matches()) {
			Matcher matcher = CONFIGURED_SECRET.matcher(text);
			while (matcher.find()) {
				if (!matcher.group(3).startsWith("#")) {
					found.add(name + ":" + line(text, matcher.start()) + ": " + matcher.group(1) + " has a value");
				}
			}
		}
		return found;
	}

	private static int line(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	private static boolean skipped(Path root, Path file) {
		for (Path part : root.relativize(file)) {
			if (SKIPPED_DIRECTORIES.contains(part.toString())) {
				return true;
			}
		}
		return false;
	}

	/** The file as text, or null for a binary (a NUL byte) or one over 20 MB. */
	private static String textOf(Path file) throws IOException {
		if (Files.size(file) > 20_000_000) {
			return null;
		}
		byte[] bytes = Files.readAllBytes(file);
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				return null;
			}
		}
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("the repository root (where mvnw is)").isNotNull();
		return dir;
	}

}
