package io.runrub.training.imports.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The record columns keep most values narrower than they return them; every value must still read back bit for bit
 * as it was added (as a float where the column is one), before and after a value that does not fit turns a column
 * wide.
 */
class FitRecordsTests {

	private static final long FIT_EPOCH = 631_065_600L;

	private record Added(long time, int latitude, int longitude, double altitude, double heartRate, double cadence,
						 double distance, double speed, double temperature) {
	}

	@Test
	void narrowValuesReadBackAsAdded() {
		assertRoundTrip(values(new Random(1), 1000, false));
	}

	@Test
	void aValueThatDoesNotFitTurnsItsColumnWideAndEveryValueStillReadsBack() {
		Random random = new Random(2);
		List<Added> added = values(random, 700, false);
		added.add(new Added(FIT_EPOCH + 0x1_0000_0005L, 1, 2, 100, 60.5, 254, 1.0 / 16, 3, 200)); // all too wide
		added.add(new Added(FIT_EPOCH - 1, 1, 2, 100, -0.0, 255, -2, 3, -129));
		added.add(new Added(FitRecords.NO_TIME, 1, 2, 100, Float.intBitsToFloat(0xFFFFFFFF), Double.NaN,
				Double.longBitsToDouble(0x7FF0_0000_0000_0001L), 3, 127));
		added.addAll(values(random, 700, false));
		assertRoundTrip(added);
	}

	@Test
	void eachColumnTurnsWideOnItsOwn() {
		Random random = new Random(3);
		for (int column = 0; column < 5; column++) {
			List<Added> added = values(random, 300, false);
			added.add(switch (column) {
				case 0 -> new Added(FIT_EPOCH + 0xFFFF_FFFFL, 1, 2, 3, 4, 5, 6, 7, 8);
				case 1 -> new Added(FIT_EPOCH, 1, 2, 3, 300, 5, 6, 7, 8);
				case 2 -> new Added(FIT_EPOCH, 1, 2, 3, 4, 0.25, 6, 7, 8);
				case 3 -> new Added(FIT_EPOCH, 1, 2, 3, 4, 5, 42_949_672.95, 7, 8);
				default -> new Added(FIT_EPOCH, 1, 2, 3, 4, 5, 6, 7, -128.5);
			});
			added.addAll(values(random, 300, true));
			assertRoundTrip(added);
		}
	}

	@Test
	void fewRecordsInLargeArraysAreTrimmedAndReadBack() {
		List<Added> added = values(new Random(4), 5, false);
		FitRecords.Builder builder = new FitRecords.Builder();
		builder.reserve(10_000);
		added.forEach(a -> add(builder, a));
		assertReadBack(builder.build(), added);
	}

	@Test
	void valuesAsRecordedReadBackAsTheirDecodedValues() {
		FitRecords.Builder builder = new FitRecords.Builder();
		builder.addAsRecorded(1_000_000_000L, 10, -20, 101.5f, 150, 0xFF, 123_456, 2.5f, -5);
		builder.addAsRecorded(-1, FitRecords.NO_POSITION, FitRecords.NO_POSITION, Float.NaN, 0xFF, 90, -1, Float.NaN,
				0x7F);
		builder.add(FIT_EPOCH + 7, 1, 2, 3, 60.5, 4, 5, 6, 7); // heart rate goes wide
		builder.addAsRecorded(0xFFFF_FFFEL, 10, -20, 101.5f, 151, 0, 0xFFFF_FFFE, 2.5f, -128);
		builder.addAsRecorded(0xFFFF_FFFFL + 3, 10, -20, 101.5f, 0, 0, 0, 0, 0); // past uint32: time goes wide

		FitRecords records = builder.build();

		assertThat(records.epochSecond(0)).isEqualTo(FIT_EPOCH + 1_000_000_000L);
		assertThat(records.heartRate(0)).isEqualTo(150);
		assertThat(records.cadence(0)).isNaN();
		assertThat(records.distance(0)).isEqualTo(1234.56);
		assertThat(records.temperature(0)).isEqualTo(-5);
		assertThat(records.time(1)).isNull();
		assertThat(records.distance(1)).isNaN();
		assertThat(records.temperature(1)).isNaN();
		assertThat(records.cadence(1)).isEqualTo(90);
		assertThat(records.heartRate(2)).isEqualTo(60.5);
		assertThat(records.heartRate(3)).isEqualTo(151);
		assertThat(records.distance(3)).isEqualTo(0xFFFF_FFFEL / 100.0);
		assertThat(records.epochSecond(3)).isEqualTo(FIT_EPOCH + 0xFFFF_FFFEL);
		assertThat(records.temperature(3)).isEqualTo(-128);
		assertThat(records.epochSecond(4)).isEqualTo(FIT_EPOCH + 0xFFFF_FFFFL + 3);
		assertThat(records.epochSecond(0)).isEqualTo(FIT_EPOCH + 1_000_000_000L);
	}

	/** Values as devices record them (whole heart rates, centimetre distances, ...) or anything at all. */
	private static List<Added> values(Random random, int count, boolean anything) {
		List<Added> values = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			boolean odd = anything && random.nextInt(10) == 0;
			values.add(new Added(
					random.nextInt(20) == 0 ? FitRecords.NO_TIME : FIT_EPOCH + (random.nextLong() & 0xFFFF_FFFEL),
					random.nextInt(), random.nextInt(),
					random.nextDouble() * 9000 - 500,
					random.nextInt(20) == 0 ? Double.NaN : odd ? random.nextDouble() * 1000 : random.nextInt(255),
					random.nextInt(20) == 0 ? Double.NaN : random.nextInt(255),
					random.nextInt(20) == 0 ? Double.NaN
							: odd ? random.nextDouble() : Integer.toUnsignedLong(random.nextInt() & ~1) / 100.0,
					random.nextDouble() * 10,
					random.nextInt(20) == 0 ? Double.NaN : random.nextInt(255) - 128));
		}
		return values;
	}

	private static void add(FitRecords.Builder builder, Added a) {
		builder.add(a.time(), a.latitude(), a.longitude(), a.altitude(), a.heartRate(), a.cadence(), a.distance(),
				a.speed(), a.temperature());
	}

	private static void assertRoundTrip(List<Added> added) {
		FitRecords.Builder builder = new FitRecords.Builder();
		added.forEach(a -> add(builder, a));
		assertReadBack(builder.build(), added);
	}

	private static void assertReadBack(FitRecords records, List<Added> added) {
		assertThat(records.size()).isEqualTo(added.size());
		for (int i = 0; i < added.size(); i++) {
			Added a = added.get(i);
			String what = "record " + i + " " + a;
			assertBits(records.epochSecond(i), a.time() == FitRecords.NO_TIME ? Double.NaN : (double) a.time(),
					what + " time");
			assertThat(records.time(i) == null).as(what).isEqualTo(a.time() == FitRecords.NO_TIME);
			assertBits(records.heartRate(i), (float) a.heartRate(), what + " heart rate");
			assertBits(records.cadence(i), (float) a.cadence(), what + " cadence");
			assertBits(records.temperature(i), (float) a.temperature(), what + " temperature");
			assertBits(records.distance(i), a.distance(), what + " distance");
			assertBits(records.altitude(i), (float) a.altitude(), what + " altitude");
			assertBits(records.speed(i), (float) a.speed(), what + " speed");
		}
	}

	private static void assertBits(double actual, double expected, String what) {
		assertThat(Double.doubleToRawLongBits(actual)).as(what).isEqualTo(Double.doubleToRawLongBits(expected));
	}
}
