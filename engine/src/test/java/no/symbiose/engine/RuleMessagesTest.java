package no.symbiose.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule key the engine throws has a bokmål and an English text in the app. */
class RuleMessagesTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path I18N = Path.of("../app/src/main/resources/i18n");

	private static final Pattern RULE_KEY = Pattern
		.compile("\"((?:registry|units|symbiosis)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

	/**
	 * Explanation steps name their key without the prefix: {@code step("distance", ...)}.
	 */
	private static final Pattern EXPLANATION_STEP = Pattern.compile("\\bstep\\(\"([A-Za-z]+)\"");

	@Test
	void everyRuleKeyHasABokmaalAndAnEnglishText() throws IOException {
		// given
		Set<String> keys = ruleKeysInSources();
		// when
		Properties bokmaal = load("rules.properties");
		Properties english = load("rules_en.properties");
		// then
		assertThat(keys).hasSizeGreaterThan(40);
		assertThat(bokmaal.stringPropertyNames()).containsAll(keys);
		assertThat(english.stringPropertyNames()).containsAll(keys);
	}

	@Test
	void bokmaalAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("rules.properties").stringPropertyNames())
			.isEqualTo(load("rules_en.properties").stringPropertyNames());
	}

	@Test
	void everyTextIsAValidMessageFormatWithoutALoneQuote() throws IOException {
		for (String file : new String[] { "rules.properties", "rules_en.properties" }) {
			Properties texts = load(file);
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				// A lone ' starts a quoted section in MessageFormat and silently swallows
				// placeholders.
				assertThat(text).as("%s in %s", key, file).doesNotContainPattern("(?<!')'(?!')");
				assertThat(new MessageFormat(text).format(new Object[] { "a", "b", "c", "d", "e", "f" }))
					.doesNotContain("{");
			}
		}
	}

	private static Set<String> ruleKeysInSources() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String text = Files.readString(file);
				Matcher matcher = RULE_KEY.matcher(text);
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
				Matcher steps = EXPLANATION_STEP.matcher(text);
				while (steps.find()) {
					keys.add("symbiosis.explain." + steps.group(1));
				}
			}
		}
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
