package io.runrub;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message a template asks for ({@code #{key}} or {@code #{key(arguments)}}) is in messages.properties, so no
 * page ever shows a "??key_en??" placeholder. Keys built at run time ({@code #{${...}}}) cannot be checked here.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

	static final Pattern MESSAGE_REFERENCE = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[}(]");

	@Test
	void everyMessageATemplateUsesIsDefined() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}

		List<String> references = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
				for (String key : keysUsedIn(Files.readString(template, StandardCharsets.UTF_8))) {
					references.add(key);
					if (!messages.containsKey(key)) {
						missing.add(TEMPLATES.relativize(template) + ": " + key);
					}
				}
			}
		}

		assertThat(references).as("message references found in the templates").isNotEmpty();
		assertThat(missing).as("keys used in templates but missing from messages.properties").isEmpty();
	}

	/** Every refusal the code can throw has its title and its words for a person. */
	@Test
	void everyRefusalHasItsWords() throws IOException {
		Properties messages = new Properties();
		try (var reader = java.nio.file.Files.newBufferedReader(
				java.nio.file.Path.of("src/main/resources/messages.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		java.util.regex.Pattern thrown = java.util.regex.Pattern
			.compile("DomainException\\.(?:refused|conflict|notFound|forbidden)\\(\\s*\"([a-z0-9-]+)\"");
		java.util.List<String> missing = new java.util.ArrayList<>();
		try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
			for (java.nio.file.Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				java.util.regex.Matcher matcher = thrown.matcher(java.nio.file.Files.readString(source));
				while (matcher.find()) {
					for (String part : java.util.List.of(".title", ".detail")) {
						String key = "problem." + matcher.group(1) + part;
						if (!messages.containsKey(key)) {
							missing.add(source.getFileName() + ": " + key);
						}
					}
				}
			}
		}
		assertThat(missing).as("refusals without words in messages.properties").isEmpty();
	}

	/** Properties keep the last of two definitions silently: a merge that writes a key twice hides one wording. */
	@Test
	void noMessageIsDefinedTwice() throws IOException {
		java.util.Map<String, Long> counts = java.nio.file.Files
			.readAllLines(java.nio.file.Path.of("src/main/resources/messages.properties"),
					java.nio.charset.StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!") && line.contains("="))
			.map(line -> line.substring(0, line.indexOf('=')).strip())
			.collect(java.util.stream.Collectors.groupingBy(key -> key, java.util.stream.Collectors.counting()));
		assertThat(counts).as("keys defined more than once").allSatisfy((key, count) -> assertThat(count).as(key).isOne());
	}

	@Test
	void findsPlainReferencesAndReferencesWithArguments() {
		assertThat(keysUsedIn("""
				<h1 th:text="#{book.title}">x</h1>
				<p th:text="#{book.step.time(${day})}">x</p>
				<a th:attr="hx-confirm=#{appointments.cancel.confirm}">x</a>
				<p th:text="#{${dynamic}}">x</p>"""))
			.containsExactly("book.title", "book.step.time", "appointments.cancel.confirm");
	}

	static List<String> keysUsedIn(String template) {
		List<String> keys = new ArrayList<>();
		Matcher matcher = MESSAGE_REFERENCE.matcher(template);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

}
