package io.runrub.training.imports.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FitCrcTests {

	@Test
	void matchesTheCrc16ArcCheckValue() {
		byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

		assertThat(FitCrc.compute(check, 0, check.length)).isEqualTo(0xBB3D);
	}

	@Test
	void isZeroOverNothing() {
		assertThat(FitCrc.compute(new byte[0], 0, 0)).isZero();
	}

	@Test
	void agreesWithTheNibbleAlgorithmOfTheFitProtocolAtEveryLengthAndOffset() {
		byte[] bytes = new byte[300];
		new Random(42).nextBytes(bytes);

		for (int from = 0; from < 17; from++) { // every offset within the sixteen bytes read at a time
			int byNibbles = 0;
			for (int to = from; to <= bytes.length; to++) {
				assertThat(FitCrc.compute(bytes, from, to)).as("bytes %d to %d", from, to).isEqualTo(byNibbles);
				if (to < bytes.length) {
					byNibbles = FitCrc.updateByNibbles(byNibbles, bytes[to] & 0xFF);
				}
			}
		}
	}

	@Test
	void coversOnlyTheGivenRange() {
		byte[] bytes = "xx123456789yy".getBytes(StandardCharsets.US_ASCII);

		assertThat(FitCrc.compute(bytes, 2, 11)).isEqualTo(0xBB3D);
	}

	@Test
	void combiningTheCrcsOfTwoPartsGivesTheCrcOfTheWholeAtEveryLength() {
		Random random = new Random(7);
		for (int length = 0; length <= 300; length++) {
			byte[] bytes = new byte[length];
			random.nextBytes(bytes);
			int whole = bytewise(bytes, 0, length);
			for (int split = 0; split <= length; split++) {
				int first = bytewise(bytes, 0, split);
				int second = bytewise(bytes, split, length);
				assertThat(FitCrc.combine(first, second, length - split))
						.as("%d bytes split at %d", length, split).isEqualTo(whole);
			}
		}
	}

	@Test
	void twoInterleavedChainsAgreeWithBytewiseAtEveryLengthAndOffset() {
		Random random = new Random(11);
		for (int length = 0; length <= 300; length++) {
			byte[] bytes = new byte[length + 17];
			random.nextBytes(bytes);
			for (int from = 0; from < 17; from++) {
				assertThat(FitCrc.striped(bytes, from, from + length)).as("%d bytes from %d", length, from)
						.isEqualTo(bytewise(bytes, from, from + length));
			}
		}
	}

	@Test
	void longRandomInputsAgreeWithBytewise() {
		Random random = new Random(13);
		for (int i = 0; i < 50; i++) {
			byte[] bytes = new byte[1000 + random.nextInt(100_000)];
			random.nextBytes(bytes);
			int from = random.nextInt(64);
			assertThat(FitCrc.compute(bytes, from, bytes.length)).as("%d bytes from %d", bytes.length, from)
					.isEqualTo(bytewise(bytes, from, bytes.length));
		}
	}

	@ParameterizedTest
	@MethodSource("realFiles")
	void realFilesAgreeWithBytewise(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);

		assertThat(FitCrc.compute(bytes, 0, bytes.length)).isEqualTo(bytewise(bytes, 0, bytes.length));
		assertThat(FitCrc.compute(bytes, 0, bytes.length - 2)).isEqualTo(bytewise(bytes, 0, bytes.length - 2));
	}

	static Stream<Path> realFiles() throws IOException {
		return Files.list(Path.of("../shared/testdata/fit")).filter(p -> p.toString().endsWith(".fit")).sorted();
	}

	/** The plain CRC, one byte at a time as the FIT protocol describes it. */
	private static int bytewise(byte[] bytes, int from, int to) {
		int crc = 0;
		for (int i = from; i < to; i++) {
			crc = FitCrc.updateByNibbles(crc, bytes[i] & 0xFF);
		}
		return crc;
	}
}
