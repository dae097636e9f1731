package io.runrub;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A missing data folder is created before the database opens, and the log says where. */
@ExtendWith(OutputCaptureExtension.class)
class DataFolderTests {

	@TempDir
	Path temporary;

	@Test
	void aMissingFolderIsCreatedAndTheLogSaysWhere(CapturedOutput output) {
		Path folder = temporary.resolve("moved").resolve("data");
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:" + folder.resolve("runrub") + ";WRITE_DELAY=0").withProperty("runrub.demo", "false");

		assertThat(DataFolder.ensure(environment)).contains(folder);
		assertThat(folder).isDirectory();
		assertThat(output).contains("The data folder " + folder + " did not exist");
	}

	@Test
	void anExistingFolderIsLeftAloneAndNothingIsSaid(CapturedOutput output) throws Exception {
		Path folder = Files.createDirectories(temporary.resolve("data"));
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:" + folder.resolve("runrub"));

		assertThat(DataFolder.ensure(environment)).isEmpty();
		assertThat(output).doesNotContain("did not exist");
	}

	@Test
	void aDatabaseThatIsNotAnEmbeddedFileNeedsNoFolder() {
		assertThat(DataFolder.ensure(new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://localhost/runrub"))).isEmpty();
	}

}
