package io.runrub.training.imports.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged and hostile input must end in a FitFormatException, and nothing else. */
class FitDecoderRobustnessTests {

	private static final byte[] FENIX_5 = TestFiles.read("garmin-fenix-5-run.fit");

	@Test
	void aFlippedByteBreaksTheChecksum() {
		byte[] bytes = FENIX_5.clone();
		bytes[bytes.length / 2] ^= 0x01;

		assertThatThrownBy(() -> FitDecoder.decode(bytes))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is damaged: its checksum does not match");
	}

	@Test
	void aFlippedByteInTheHeaderBreaksTheHeaderChecksum() {
		byte[] bytes = FENIX_5.clone();
		bytes[2] ^= 0x01; // the profile version, which nothing else checks

		assertThatThrownBy(() -> FitDecoder.decode(bytes))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file header is damaged: its checksum does not match");
	}

	@Test
	void everyTruncationIsRejected() {
		for (int length = 0; length < FENIX_5.length; length++) {
			byte[] truncated = Arrays.copyOf(FENIX_5, length);

			assertThatThrownBy(() -> FitDecoder.decode(truncated))
					.as("truncated to %d bytes", length)
					.isInstanceOf(FitFormatException.class);
		}
	}

	@Test
	void rejectsWhatIsNotAFitFile() {
		assertThatThrownBy(() -> FitDecoder.decode(new byte[0]))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("This is not a FIT file");
		assertThatThrownBy(() -> FitDecoder.decode("<gpx version=\"1.1\"></gpx>".getBytes()))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("This is not a FIT file");
	}

	@Test
	void rejectsRandomGarbage() {
		Random random = new Random(1);
		for (int i = 0; i < 2_000; i++) {
			byte[] garbage = new byte[random.nextInt(200)];
			random.nextBytes(garbage);

			assertThatThrownBy(() -> FitDecoder.decode(garbage)).isInstanceOf(FitFormatException.class);
		}
	}

	@Test
	void rejectsAHeaderThatAnnouncesMoreDataThanThereIs() {
		byte[] bytes = FENIX_5.clone();
		bytes[4] = bytes[5] = bytes[6] = bytes[7] = (byte) 0xFF;
		bytes[12] = bytes[13] = 0; // no header CRC

		assertThatThrownBy(() -> FitDecoder.decode(bytes))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is truncated: expected 4294967311 bytes but found 5597");
	}

	@Test
	void rejectsAHeaderTooShortToBeOne() {
		byte[] bytes = FENIX_5.clone();
		bytes[0] = 11;

		assertThatThrownBy(() -> FitDecoder.decode(bytes))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file header is damaged: it gives its own size as 11 bytes,"
						+ " less than the 12 it needs");
	}

	@Test
	void rejectsAMessageCutOffByTheEndOfTheData() {
		// The data size now ends the data two bytes into the last message, and the CRC agrees.
		byte[] bytes = Arrays.copyOf(FENIX_5, FENIX_5.length - 4);
		int dataSize = bytes.length - 14 - 2;
		bytes[4] = (byte) dataSize;
		bytes[5] = (byte) (dataSize >> 8);
		bytes[12] = bytes[13] = 0;
		FitFileWriter.withFileCrc(bytes);

		assertThatThrownBy(() -> FitDecoder.decode(bytes))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is damaged: a message runs past the end of the data");
	}

	/** Damage that the CRC would catch, with the CRC made to agree, so that the decoding itself is tried. */
	@Test
	void survivesDamageBehindAValidChecksum() {
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			byte[] bytes = FENIX_5.clone();
			for (int j = random.nextInt(4); j >= 0; j--) {
				bytes[14 + random.nextInt(bytes.length - 16)] = (byte) random.nextInt(256);
			}
			FitFileWriter.withFileCrc(bytes);

			assertDecodesOrRejects(bytes);
		}
	}

	/** Random but mostly well-formed messages of the types that get decoded, so that the decoding goes deep. */
	@Test
	void survivesRandomMessagesBehindAValidHeaderAndChecksum() {
		Random random = new Random(11);
		for (int i = 0; i < 20_000; i++) {
			assertDecodesOrRejects(randomMessages(random).toBytes());
		}
	}

	private static FitFileWriter randomMessages(Random random) {
		int[] globalNumbers = {0, 12, 18, 19, 20, 21, 26, 27, 160};
		int[] fieldNumbers = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 15, 16, 17, 22, 73, 78, 193, 253, 254};
		int[] baseTypes = {0x00, 0x01, 0x02, 0x83, 0x84, 0x85, 0x86, 0x07, 0x88, 0x89, 0x0A, 0x8B, 0x8C, 0x0D, 0x8E,
			0x8F, 0x90, 0x1F, 0xFF};
		int[] sizes = new int[4];
		boolean[] defined = new boolean[4];
		FitFileWriter writer = new FitFileWriter();
		for (int message = random.nextInt(30); message > 0; message--) {
			int local = random.nextInt(4);
			if (!defined[local] || random.nextInt(4) == 0) {
				int fields = random.nextInt(8);
				int developerFields = random.nextInt(3);
				writer.raw(0x40 | (developerFields > 0 ? 0x20 : 0) | local, 0, random.nextInt(2),
						globalNumbers[random.nextInt(globalNumbers.length)], 0, fields);
				sizes[local] = 0;
				for (int f = 0; f < fields; f++) {
					int size = random.nextInt(10);
					writer.raw(fieldNumbers[random.nextInt(fieldNumbers.length)], size,
							baseTypes[random.nextInt(baseTypes.length)]);
					sizes[local] += size;
				}
				if (developerFields > 0) {
					writer.raw(developerFields);
					for (int f = 0; f < developerFields; f++) {
						int size = random.nextInt(5);
						writer.raw(f, size, 0);
						sizes[local] += size;
					}
				}
				defined[local] = true;
			} else {
				writer.raw(random.nextBoolean() ? local : 0x80 | local << 5 | random.nextInt(32));
				for (int b = 0; b < sizes[local]; b++) {
					writer.raw(random.nextInt(8) == 0 ? 0xFF : random.nextInt(256));
				}
			}
			if (random.nextInt(20) == 0) {
				writer.raw(random.nextInt(256)); // a stray byte, which throws everything after it off
			}
		}
		return writer;
	}

	private static void assertDecodesOrRejects(byte[] bytes) {
		Throwable thrown = catchThrowable(() -> FitDecoder.decode(bytes));
		if (thrown != null) {
			assertThat(thrown).isInstanceOf(FitFormatException.class);
		}
	}
}
