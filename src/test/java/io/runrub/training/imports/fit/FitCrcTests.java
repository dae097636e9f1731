package io.runrub.training.imports.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

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
}
