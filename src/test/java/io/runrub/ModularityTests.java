package io.runrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module structure honest: dependencies only as declared in each module's package-info, no reaching into
 * another module's internals, no cycles. Writes the module documentation committed under docs/modules.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RunRubApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyDeclare() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureIsThere() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("shared", "accounts", "clinic", "booking", "runners", "training", "planner", "care", "waitlist");
	}

	@Test
	void writesModuleDocumentation() {
		write(modules, "docs/modules");
	}

	@Test
	void theDocumentationComesOutTheSameEveryTime(@TempDir Path first, @TempDir Path second) {
		write(modules, first.toString());
		write(ApplicationModules.of(RunRubApplication.class), second.toString());
		assertThat(contents(second)).isEqualTo(contents(first));
	}

	/**
	 * The Documenter lists relations, beans and events in hash or reflection order, which differs from one JVM to the
	 * next; the written files are put in order afterwards, so whatever order comes out, the files are the same.
	 */
	@Test
	void listsComeOutInOneOrderWhateverOrderTheDocumenterChose(@TempDir Path folder) {
		write(modules, folder.toString());
		contents(folder).forEach((name, text) -> {
			// the worst case: every list in the opposite order
			String reversed = String.join("\n", withListsReversed(text.lines().toList()))
					+ (text.endsWith("\n") ? "\n" : "");
			assertThat(inStableOrder(reversed)).as(name).isEqualTo(text);
		});
	}

	/** Diagrams, module canvases (beans, events listened to) and the aggregating document, in a stable order. */
	static void write(ApplicationModules modules, String folder) {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
		try (Stream<Path> files = Files.walk(Path.of(folder))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.writeString(file, inStableOrder(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sorts each run of consecutive list lines: PlantUML relations ({@code Rel(...)}) and AsciiDoc items
	 * ({@code * ...}, the first of a table cell written {@code |* ...}).
	 */
	static String inStableOrder(String text) {
		return String.join("\n", withEachList(text.lines().toList(), Collections::sort))
				+ (text.endsWith("\n") ? "\n" : "");
	}

	/** The same lines with each list in the opposite order. */
	private static List<String> withListsReversed(List<String> lines) {
		return withEachList(lines, Collections::reverse);
	}

	/**
	 * The lines with each run of list lines (bullets, table cells, diagram relations) rearranged by {@code order};
	 * a table's first cell keeps the {@code |} that opens its row.
	 */
	private static List<String> withEachList(List<String> lines, java.util.function.Consumer<List<String>> order) {
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			String kind = listKind(lines.get(i));
			if (kind == null) {
				out.add(lines.get(i++));
				continue;
			}
			List<String> run = new ArrayList<>();
			boolean cell = false;
			while (i < lines.size() && kind.equals(listKind(lines.get(i)))) {
				String line = lines.get(i++);
				cell |= line.startsWith("|* ");
				run.add(line.startsWith("|* ") ? line.substring(1) : line);
			}
			order.accept(run);
			if (cell) {
				run.set(0, "|" + run.get(0));
			}
			out.addAll(run);
		}
		return out;
	}

	private static String listKind(String line) {
		if (line.startsWith("Rel(")) {
			return "rel";
		}
		return line.startsWith("* ") || line.startsWith("|* ") ? "item" : null;
	}

	private static Map<String, String> contents(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			Map<String, String> contents = new TreeMap<>();
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(folder.relativize(file).toString(), Files.readString(file));
			}
			return contents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
