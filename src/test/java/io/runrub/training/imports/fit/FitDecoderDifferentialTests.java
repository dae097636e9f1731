package io.runrub.training.imports.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FitDecoder} against {@link ReferenceFitDecoder}, the plain decoder it was before it was tuned for speed: the
 * same result for every real and generated file, and for damaged ones the same {@link FitFormatException}.
 */
class FitDecoderDifferentialTests {

	@ParameterizedTest
	@MethodSource("realFiles")
	void realFilesDecodeAsTheReferenceDecodesThem(Path file) throws IOException {
		assertSameOutcome(Files.readAllBytes(file), file.getFileName().toString());
	}

	static Stream<Path> realFiles() throws IOException {
		return Files.list(Path.of("../shared/testdata/fit")).filter(p -> p.toString().endsWith(".fit")).sorted();
	}

	@Test
	void generatedRunsDecodeAsTheReferenceDecodesThem() {
		for (long seed = 0; seed < 5; seed++) {
			assertSameOutcome(GeneratedRuns.run(Instant.parse("2026-03-01T07:00:00Z"),
					Duration.ofMinutes(10 + 7 * seed), seed), "seed " + seed);
		}
	}

	/** Damage that the checksum catches: the same checksum error, whatever the parse would have met first. */
	@Test
	void damagedFilesFailAsTheReferenceFails() {
		Random random = new Random(3);
		for (String name : new String[] {"garmin-fenix-5-run.fit", "compressed-speed-distance.fit",
				"roznet-sample-1h-run.fit"}) {
			byte[] original = TestFiles.read(name);
			for (int i = 0; i < 300; i++) {
				byte[] bytes = mutate(original, random);
				assertSameOutcome(bytes, name + " mutation " + i);
			}
		}
	}

	/**
	 * Damage under a valid checksum, so that the parse meets it: odd base types, sizes, byte orders, local types
	 * and values must decode (or fail) exactly as the reference decodes them.
	 */
	@Test
	void damageUnderAValidChecksumDecodesAsTheReferenceDecodesIt() {
		Random random = new Random(5);
		for (String name : new String[] {"garmin-fenix-5-run.fit", "compressed-speed-distance.fit",
				"activity-small-fenix2-run.fit"}) {
			byte[] original = TestFiles.read(name);
			for (int i = 0; i < 500; i++) {
				byte[] bytes = mutate(original, random);
				int headerSize = bytes[0] & 0xFF;
				if (headerSize >= 14 && headerSize < bytes.length) {
					bytes[12] = bytes[13] = 0; // no header CRC
				}
				FitFileWriter.withFileCrc(bytes);
				assertSameOutcome(bytes, name + " mutation " + i);
			}
		}
	}

	/** One to four random bytes changed, mostly among the first few hundred where the definitions are. */
	private static byte[] mutate(byte[] original, Random random) {
		byte[] bytes = original.clone();
		int changes = 1 + random.nextInt(4);
		for (int c = 0; c < changes; c++) {
			int at = random.nextBoolean() ? 14 + random.nextInt(Math.min(400, bytes.length - 16))
					: random.nextInt(bytes.length);
			bytes[at] = (byte) random.nextInt(256);
		}
		return bytes;
	}

	private static void assertSameOutcome(byte[] bytes, String what) {
		FitActivity expected = null;
		Throwable expectedFailure = catchThrowable(() -> ReferenceFitDecoder.decode(bytes.clone()));
		if (expectedFailure == null) {
			expected = ReferenceFitDecoder.decode(bytes.clone());
		}
		FitActivity actual = null;
		Throwable failure = catchThrowable(() -> FitDecoder.decode(bytes.clone()));
		if (expectedFailure != null) {
			assertThat(failure).as(what).isNotNull().isInstanceOf(expectedFailure.getClass())
					.hasMessage(expectedFailure.getMessage());
			return;
		}
		assertThat(failure).as(what).isNull();
		actual = FitDecoder.decode(bytes);
		assertSameActivity(actual, expected, what);
	}

	static void assertSameActivity(FitActivity actual, FitActivity expected, String what) {
		assertThat(actual.fileId()).as(what).isEqualTo(expected.fileId());
		assertThat(actual.sport()).as(what).isEqualTo(expected.sport());
		assertThat(actual.subSport()).as(what).isEqualTo(expected.subSport());
		assertThat(actual.sessions()).as(what).isEqualTo(expected.sessions());
		assertThat(actual.laps()).as(what).isEqualTo(expected.laps());
		assertThat(actual.events()).as(what).isEqualTo(expected.events());
		assertThat(actual.workout()).as(what).isEqualTo(expected.workout());
		FitRecords a = actual.records();
		FitRecords e = expected.records();
		assertThat(a.size()).as(what).isEqualTo(e.size());
		for (int i = 0; i < e.size(); i++) {
			String record = what + ", record " + i;
			assertThat(a.time(i)).as(record).isEqualTo(e.time(i));
			assertSame(a.latitude(i), e.latitude(i), record + " latitude");
			assertSame(a.longitude(i), e.longitude(i), record + " longitude");
			assertSame(a.altitude(i), e.altitude(i), record + " altitude");
			assertSame(a.heartRate(i), e.heartRate(i), record + " heart rate");
			assertSame(a.cadence(i), e.cadence(i), record + " cadence");
			assertSame(a.distance(i), e.distance(i), record + " distance");
			assertSame(a.speed(i), e.speed(i), record + " speed");
			assertSame(a.temperature(i), e.temperature(i), record + " temperature");
		}
	}

	/** Bit for bit, so that NaN equals NaN. */
	private static void assertSame(double actual, double expected, String what) {
		assertThat(Double.doubleToLongBits(actual)).as(what).isEqualTo(Double.doubleToLongBits(expected));
	}
}
