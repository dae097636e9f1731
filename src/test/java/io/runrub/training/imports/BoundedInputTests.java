package io.runrub.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class BoundedInputTests {

	private final BoundedInput input = new BoundedInput();

	@Test
	void unpacksAnOrdinaryGzipFile() {
		byte[] gpx = Fixtures.bytes("garmin-run.gpx");

		assertThat(input.gunzip(Fixtures.gzip(gpx))).isEqualTo(gpx);
	}

	@Test
	void rejectsAGzipBombOfTwoHundredMegabytesBeforeUnpackingItAll() {
		byte[] bomb = Fixtures.gzippedZeros(200L * 1024 * 1024);
		assertThat(bomb.length).isLessThan(1024 * 1024);

		assertThatThrownBy(() -> input.gunzip(bomb)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysContaining("compression bomb"));
	}

	@Test
	void rejectsAFileThatUnpacksBeyondTheHardLimitEvenAtAnInnocentRatio() {
		BoundedInput oneMegabyte = new BoundedInput(1024 * 1024, 10_000);
		byte[] twoMegabytes = Fixtures.gzippedZeros(2L * 1024 * 1024);

		assertThatThrownBy(() -> oneMegabyte.gunzip(twoMegabytes)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This compressed file unpacks to more than 1 MB, which is more than any training file needs."));
	}

	@Test
	void acceptsAFileExactlyAtTheHardLimit() {
		BoundedInput oneMegabyte = new BoundedInput(1024 * 1024, 10_000);

		assertThat(oneMegabyte.gunzip(Fixtures.gzippedZeros(1024 * 1024))).hasSize(1024 * 1024);
	}

	@Test
	void rejectsATruncatedGzipFile() {
		byte[] gzip = Fixtures.gzip(Fixtures.bytes("garmin-run.gpx"));
		byte[] truncated = Arrays.copyOf(gzip, gzip.length / 2);

		assertThatThrownBy(() -> input.gunzip(truncated)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysContaining("incomplete"));
	}

	@Test
	void rejectsSomethingThatIsNotGzip() {
		byte[] text = "<gpx/>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> input.gunzip(text)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This file is not a valid gzip file, or it is damaged."));
	}

	@Test
	void rejectsAnUploadOverTheFileLimitAndAnEmptyOne() {
		assertThatThrownBy(() -> BoundedInput.requireUploadSize(new byte[BoundedInput.MAX_FILE_BYTES + 1]))
			.isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This file is larger than 25 MB, the most RunRub reads."));
		assertThatThrownBy(() -> BoundedInput.requireUploadSize(new byte[0])).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This file is empty."));
	}

}
