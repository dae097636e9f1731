package io.runrub;

import java.io.IOException;
import java.io.InputStream;
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

/** Every confirmation a controller shows after a page action comes from messages.properties. */
class FlashMessagesTests {

	static final Pattern KEY = Pattern.compile("(?:text|getMessage)\\(\"([A-Za-z0-9.]+)\"");

	@Test
	void everyKeyTheControllersUseExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		List<String> used = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith("Controller.java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).as("keys used by controllers").isNotEmpty().contains("flash.booking.booked");
		// a key built from a prefix and an enum's name ("ledger.kind." + kind) needs at least one key under it
		assertThat(used).allSatisfy(key -> assertThat(key.endsWith(".")
				? messages.stringPropertyNames().stream().anyMatch(name -> name.startsWith(key))
				: messages.containsKey(key)).as(key).isTrue());
	}

}
