package io.runrub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RunRub never claims what the evidence contradicts (evidence.md): no "flushes lactic acid", "improves circulation",
 * "heals micro-tears", "releases endorphins", "faster recovery" in what people read. A sentence may name such a
 * claim only to say it is not so.
 */
class HonestCopyTests {

	static final Pattern CLAIM = Pattern.compile(
			"flush|lactic|circulation|blood flow|micro-?tear|endorphin|heals?\\b|faster recovery|speeds? (up )?recovery|prevents? injur",
			Pattern.CASE_INSENSITIVE);

	static final Pattern DENIAL = Pattern.compile("\\b(not|no|never|doesn't|does not|did not|won't)\\b",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noPageOrMessageMakesAClaimTheEvidenceContradicts() throws IOException {
		List<String> offenders = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		files.add(Path.of("src/main/resources/messages.properties"));
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			templates.filter(path -> path.toString().endsWith(".html")).forEach(files::add);
		}
		for (Path file : files) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				for (String sentence : line.split("(?<=[.!?])\\s+")) {
					if (CLAIM.matcher(sentence).find() && !DENIAL.matcher(sentence).find()) {
						offenders.add(file.getFileName() + ": " + sentence.strip());
					}
				}
			}
		}
		assertThat(offenders).as("claims the evidence contradicts").isEmpty();
	}

	@Test
	void theCheckCatchesAClaimAndLetsADenialThrough() {
		assertThat(CLAIM.matcher("Massage flushes out lactic acid.").find()
				&& !DENIAL.matcher("Massage flushes out lactic acid.").find()).isTrue();
		String denial = "It does not flush out lactic acid.";
		assertThat(CLAIM.matcher(denial).find() && !DENIAL.matcher(denial).find()).isFalse();
		assertThat("heal".toLowerCase(Locale.ROOT)).matches(CLAIM);
	}

	@Test
	void theCodeNameCheckSeesOnlyWhatAPersonReads() {
		String page = "<li data-status=\"MOVE_PROPOSED\"><option value=\"TOO_TIME_CONSUMING\">too time-consuming</option>"
				+ "<script>var x = 'NOT_DONE';</script><span>Deep tissue massage, CALF_STRETCH_WALL</span></li>";
		assertThat(io.runrub.support.VisibleText.of(page)).isEqualTo("too time-consuming Deep tissue massage, CALF_STRETCH_WALL");
		assertThat(io.runrub.support.VisibleText.codeNames(page)).singleElement(
				org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("CALF_STRETCH_WALL");
		assertThat(io.runrub.support.VisibleText.codeNames("<p>TIME-AFTER-HARD, an A race, 5 km, GBP</p>")).isEmpty();
	}

}
