package no.symbiose.app.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text goes through a message key, and every key exists in bokmål and
 * English. Like spring-petclinic's I18nPropertiesSyncTest, but it reads templates tag by
 * tag: text is allowed inside an element whose text Thymeleaf replaces (th:text,
 * th:utext, th:replace, th:insert), anything else must be whitespace, punctuation,
 * numbers or the product name. Visible attributes (alt, title, aria-label, placeholder,
 * value of buttons) are checked too.
 */
class I18nPropertiesSyncTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MESSAGES = Path.of("src/main/resources/i18n/messages.properties");

	private static final Path MESSAGES_EN = Path.of("src/main/resources/i18n/messages_en.properties");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:.-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>");

	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("(?<![\\w:-])(alt|title|aria-label|placeholder)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern REPLACES_TEXT = Pattern.compile("(?<![\\w-])th:(text|utext|replace|insert)\\s*=");

	private static final Pattern ALLOWED = Pattern.compile("[\\s\\p{Punct}\\p{N}–—«»·×°%]*");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.\\-/]+)(?:\\(.*?\\))?}");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> findings = new ArrayList<>();
		for (Path template : templates()) {
			findings.addAll(literalTexts(template));
		}
		assertThat(findings).as("literal texts; move them to i18n/messages*.properties").isEmpty();
	}

	@Test
	void everyKeyIsInBokmalAndEnglish() throws IOException {
		Set<String> bokmal = load(MESSAGES).stringPropertyNames();
		Set<String> english = load(MESSAGES_EN).stringPropertyNames();

		assertThat(difference(bokmal, english)).as("keys only in messages.properties").isEmpty();
		assertThat(difference(english, bokmal)).as("keys only in messages_en.properties").isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = load(MESSAGES).stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!keys.contains(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void findsLiteralTextOutsideMessageExpressions() throws IOException {
		Path template = Files.createTempFile("template", ".html");
		Files.writeString(template, """
				<p th:text="#{ok}">placeholder is fine</p>
				<p>Hei verden</p>
				<p>Symbiose – 2030.</p>
				<img src="x.png" alt="Et bilde">
				<p>[[#{inline}]]</p>
				""");

		assertThat(literalTexts(template)).hasSize(2)
			.anySatisfy(finding -> assertThat(finding).contains("Hei verden"))
			.anySatisfy(finding -> assertThat(finding).contains("Et bilde"));
	}

	static List<String> literalTexts(Path template) throws IOException {
		String html = Files.readString(template)
			.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?i)<!DOCTYPE[^>]*>", "")
			.replaceAll("(?s)<script\\b.*?</script>", "")
			.replaceAll("(?s)<style\\b.*?</style>", "")
			.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "");
		List<String> findings = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher tag = TAG.matcher(html);
		int textStart = 0;
		while (tag.find()) {
			check(template, html.substring(textStart, tag.start()), replaced.contains(true), findings);
			textStart = tag.end();
			String name = tag.group(2).toLowerCase();
			String attributes = tag.group(3);
			if (tag.group(1).isEmpty()) {
				Matcher attribute = VISIBLE_ATTRIBUTE.matcher(attributes);
				while (attribute.find()) {
					check(template, attribute.group(2), false, findings);
				}
				if (!VOID.contains(name) && !attributes.endsWith("/") && !name.equals("!doctype")) {
					replaced.push(REPLACES_TEXT.matcher(attributes).find());
				}
			}
			else if (!replaced.isEmpty()) {
				replaced.pop();
			}
		}
		check(template, html.substring(textStart), replaced.contains(true), findings);
		return findings;
	}

	private static void check(Path template, String text, boolean replacedByThymeleaf, List<String> findings) {
		String trimmed = text.strip();
		String withoutName = trimmed.replace("Symbiose", "");
		if (!replacedByThymeleaf && !ALLOWED.matcher(withoutName).matches()) {
			findings.add(template.getFileName() + ": \"" + trimmed + "\"");
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
