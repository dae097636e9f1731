package io.runrub.training.imports.fit;

import static io.runrub.training.imports.fit.FitFileWriter.BYTE;
import static io.runrub.training.imports.fit.FitFileWriter.ENUM;
import static io.runrub.training.imports.fit.FitFileWriter.SINT32;
import static io.runrub.training.imports.fit.FitFileWriter.SINT8;
import static io.runrub.training.imports.fit.FitFileWriter.STRING;
import static io.runrub.training.imports.fit.FitFileWriter.UINT16;
import static io.runrub.training.imports.fit.FitFileWriter.UINT32;
import static io.runrub.training.imports.fit.FitFileWriter.UINT32Z;
import static io.runrub.training.imports.fit.FitFileWriter.UINT8;
import static io.runrub.training.imports.fit.FitFileWriter.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written files, each feature of the protocol in isolation. */
class FitDecoderTests {

	/** 2021-09-08T01:46:40Z; its five low bits are zero, which keeps compressed timestamps easy to follow. */
	private static final long T0 = 1_000_000_000L;
	private static final Instant START = Instant.parse("1989-12-31T00:00:00Z").plusSeconds(T0);
	private static final int RECORD = 20;

	@Test
	void decodesTheFileId() {
		byte[] file = new FitFileWriter()
				.define(0, 0, field(0, 1, ENUM), field(1, 2, UINT16), field(2, 2, UINT16), field(3, 4, UINT32Z),
						field(4, 4, UINT32))
				.message(0, 4, 1, 3291, 3_302_603_674L, T0)
				.toBytes();

		assertThat(FitDecoder.decode(file).fileId()).isEqualTo(new FitFileId(4, 1, 3291, 3_302_603_674L, START));
	}

	@Test
	void reportsInvalidValuesAsAbsent() {
		byte[] file = new FitFileWriter()
				.define(0, 0, field(0, 1, ENUM), field(1, 2, UINT16), field(2, 2, UINT16), field(3, 4, UINT32Z),
						field(4, 4, UINT32))
				.message(0, 0xFF, 0xFFFF, 0xFFFF, 0, 0xFFFF_FFFFL)
				.define(1, RECORD, field(253, 4, UINT32), field(0, 4, SINT32), field(1, 4, SINT32),
						field(2, 2, UINT16), field(3, 1, UINT8), field(4, 1, UINT8), field(5, 4, UINT32),
						field(6, 2, UINT16), field(13, 1, SINT8))
				.message(1, T0, 0x7FFF_FFFF, 0x7FFF_FFFF, 0xFFFF, 120, 0xFF, 0xFFFF_FFFFL, 0xFFFF, 0x7F)
				.toBytes();

		FitActivity activity = FitDecoder.decode(file);

		assertThat(activity.fileId()).isEqualTo(new FitFileId(null, null, null, null, null));
		FitRecords records = activity.records();
		assertThat(records.size()).isEqualTo(1);
		assertThat(records.heartRate(0)).isEqualTo(120);
		assertThat(List.of(records.latitude(0), records.longitude(0), records.altitude(0), records.cadence(0),
				records.distance(0), records.speed(0), records.temperature(0))).containsOnly(Double.NaN);
	}

	@Test
	void decodesRecordsScaledToUnits() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(0, 4, SINT32), field(1, 4, SINT32),
						field(2, 2, UINT16), field(3, 1, UINT8), field(4, 1, UINT8), field(5, 4, UINT32),
						field(6, 2, UINT16), field(13, 1, SINT8))
				.message(0, T0, 0x2000_0000, -0x4000_0000, (120 + 500) * 5 + 1, 150, 85, 1_234_567, 3_456, -5)
				.toBytes();

		FitRecords records = FitDecoder.decode(file).records();

		assertThat(records.time(0)).isEqualTo(START);
		assertThat(records.epochSecond(0)).isEqualTo(START.getEpochSecond());
		assertThat(records.latitude(0)).isEqualTo(45.0);
		assertThat(records.longitude(0)).isEqualTo(-90.0);
		assertThat(records.altitude(0)).isCloseTo(120.2, within(1e-4));
		assertThat(records.heartRate(0)).isEqualTo(150);
		assertThat(records.cadence(0)).isEqualTo(85);
		assertThat(records.distance(0)).isEqualTo(12_345.67);
		assertThat(records.speed(0)).isCloseTo(3.456, within(1e-6));
		assertThat(records.temperature(0)).isEqualTo(-5);
	}

	@Test
	void prefersEnhancedAltitudeAndSpeedWhenValid() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(2, 2, UINT16), field(78, 4, UINT32),
						field(6, 2, UINT16), field(73, 4, UINT32))
				.message(0, T0, (100 + 500) * 5, (5000 + 500) * 5, 1_000, 70_000)
				.message(0, T0 + 1, (100 + 500) * 5, 0xFFFF_FFFFL, 1_000, 0xFFFF_FFFFL)
				.toBytes();

		FitRecords records = FitDecoder.decode(file).records();

		assertThat(records.altitude(0)).isEqualTo(5000);
		assertThat(records.speed(0)).isEqualTo(70);
		assertThat(records.altitude(1)).isEqualTo(100);
		assertThat(records.speed(1)).isEqualTo(1);
	}

	@Test
	void readsBigEndianDefinitions() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, true, List.of(field(253, 4, UINT32), field(0, 4, SINT32), field(2, 2, UINT16)),
						List.of())
				.message(0, T0, -0x2000_0000, (5 + 500) * 5)
				.toBytes();

		FitRecords records = FitDecoder.decode(file).records();

		assertThat(records.time(0)).isEqualTo(START);
		assertThat(records.latitude(0)).isEqualTo(-45.0);
		assertThat(records.altitude(0)).isEqualTo(5);
	}

	@Test
	void skipsDeveloperFields() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, false, List.of(field(253, 4, UINT32), field(3, 1, UINT8)),
						List.of(field(0, 3, BYTE), field(1, 5, BYTE)))
				.message(0, T0, 140, new byte[] {3, 3, 3}, new byte[] {(byte) 0x94, 5, 5, 5, 5})
				.message(0, T0 + 1, 141, new byte[3], new byte[5])
				.toBytes();

		FitRecords records = FitDecoder.decode(file).records();

		assertThat(records.size()).isEqualTo(2);
		assertThat(records.heartRate(0)).isEqualTo(140);
		assertThat(records.heartRate(1)).isEqualTo(141);
		assertThat(records.time(1)).isEqualTo(START.plusSeconds(1));
	}

	@Test
	void countsCompressedTimestampsFromTheLastTimestampAcrossRollover() {
		byte[] file = new FitFileWriter()
				.define(0, 21, field(253, 4, UINT32), field(0, 1, ENUM), field(1, 1, ENUM))
				.message(0, T0 + 1, 0, 0)
				.define(1, RECORD, field(3, 1, UINT8))
				.compressedTimestampMessage(1, 5, 100)
				.compressedTimestampMessage(1, 3, 101)
				.compressedTimestampMessage(1, 3, 102)
				.toBytes();

		FitRecords records = FitDecoder.decode(file).records();

		assertThat(records.time(0)).isEqualTo(START.plusSeconds(5));
		assertThat(records.time(1)).isEqualTo(START.plusSeconds(35));
		assertThat(records.time(2)).isEqualTo(START.plusSeconds(35));
		assertThat(records.heartRate(2)).isEqualTo(102);
	}

	@Test
	void leavesCompressedTimestampsWithoutAFullOneUntimed() {
		byte[] file = new FitFileWriter()
				.define(1, RECORD, field(3, 1, UINT8))
				.compressedTimestampMessage(1, 5, 100)
				.toBytes();

		assertThat(FitDecoder.decode(file).records().time(0)).isNull();
	}

	@Test
	void decodesCompressedSpeedAndDistanceWithItsTwelveBitRollover() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(8, 3, BYTE))
				.message(0, T0, compressedSpeedDistance(354, 4000))
				.message(0, T0 + 1, compressedSpeedDistance(1, 100))
				.message(0, T0 + 2, new byte[] {-1, -1, -1})
				.toBytes();

		FitRecords records = FitDecoder.decode(file).records();

		assertThat(records.size()).isEqualTo(2);
		assertThat(records.speed(0)).isCloseTo(3.54, within(1e-6));
		assertThat(records.distance(0)).isEqualTo(250);
		assertThat(records.speed(1)).isCloseTo(0.01, within(1e-6));
		assertThat(records.distance(1)).isEqualTo((4096 + 100) / 16.0);
	}

	@Test
	void decodesSessionLapSportAndEvents() {
		byte[] file = new FitFileWriter()
				.define(0, 12, field(0, 1, ENUM), field(1, 1, ENUM), field(3, 8, STRING))
				.message(0, 2, 7, "Road")
				.define(1, 21, field(253, 4, UINT32), field(0, 1, ENUM), field(1, 1, ENUM))
				.message(1, T0, 0, 0)
				.message(1, T0 + 600, 0, 4)
				.define(2, 19, field(253, 4, UINT32), field(2, 4, UINT32), field(7, 4, UINT32), field(9, 4, UINT32),
						field(15, 1, UINT8))
				.message(2, T0 + 600, T0, 600_000, 500_000, 150)
				.define(3, 18, field(253, 4, UINT32), field(2, 4, UINT32), field(5, 1, ENUM), field(6, 1, ENUM),
						field(7, 4, UINT32), field(8, 4, UINT32), field(9, 4, UINT32), field(22, 2, UINT16),
						field(16, 1, UINT8), field(17, 1, UINT8), field(11, 2, UINT16), field(193, 1, UINT8))
				.message(3, T0 + 600, T0, 0xFF, 0xFF, 610_500, 600_000, 500_000, 40, 150, 171, 123, 75)
				.toBytes();

		FitActivity activity = FitDecoder.decode(file);

		assertThat(activity.sessions()).containsExactly(new FitSession(null, null, START, Duration.ofMillis(610_500),
				Duration.ofMinutes(10), 5000.0, 40, 150, 171, 123, 7.5));
		// The session names no sport, so the sport message's stands.
		assertThat(activity.sport()).isEqualTo(2);
		assertThat(activity.subSport()).isEqualTo(7);
		assertThat(activity.laps()).containsExactly(new FitLap(START, Duration.ofMinutes(10), 5000.0, 150));
		assertThat(activity.events()).containsExactly(new FitEvent(START, 0, 0),
				new FitEvent(START.plusSeconds(600), 0, 4));
		assertThat(activity.startTime()).isEqualTo(START);
		assertThat(activity.duration()).isEqualTo(Duration.ofMinutes(10));
		assertThat(activity.distanceMeters()).isEqualTo(5000.0);
		assertThat(activity.elevationGainMeters()).isEqualTo(40.0);
		assertThat(activity.averageHeartRate()).isEqualTo(150);
	}

	@Test
	void decodesAPlannedWorkout() {
		byte[] file = new FitFileWriter()
				.define(0, 0, field(0, 1, ENUM))
				.message(0, 5)
				.define(1, 26, field(4, 1, ENUM), field(8, 16, STRING))
				.message(1, 1, "6 x 400 m")
				.define(2, 27, field(254, 2, UINT16), field(0, 12, STRING), field(1, 1, ENUM), field(2, 4, UINT32),
						field(3, 1, ENUM), field(4, 4, UINT32), field(5, 4, UINT32), field(6, 4, UINT32),
						field(7, 1, ENUM))
				.message(2, 0, "", 0, 600_000, 2, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 2)
				.message(2, 1, "Fast", 1, 40_000, 0, 0, 4_500, 5_000, 5)
				.message(2, 2, "Jog", 0, 90_000, 1, 1, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 4)
				.message(2, 3, "", 6, 1, 2, 6, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 0xFF)
				.toBytes();

		FitActivity activity = FitDecoder.decode(file);

		assertThat(activity.fileId().type()).isEqualTo(5);
		FitWorkout workout = activity.workout();
		assertThat(workout.name()).isEqualTo("6 x 400 m");
		assertThat(workout.sport()).isEqualTo(1);
		assertThat(workout.steps()).containsExactly(
				new FitWorkoutStep(null, 0, 600_000L, 2, null, null, null, FitIntensity.WARMUP),
				new FitWorkoutStep("Fast", 1, 40_000L, 0, 0L, 4_500L, 5_000L, FitIntensity.INTERVAL),
				new FitWorkoutStep("Jog", 0, 90_000L, 1, 1L, null, null, FitIntensity.RECOVERY),
				new FitWorkoutStep(null, 6, 1L, 2, 6L, null, null, null));
		assertThat(workout.steps()).filteredOn(FitWorkoutStep::isInterval).extracting(FitWorkoutStep::name)
				.containsExactly("Fast");
	}

	@Test
	void readsTheFirstElementOfAnArrayField() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(3, 3, UINT8))
				.message(0, T0, new byte[] {(byte) 130, (byte) 131, (byte) 132})
				.toBytes();

		assertThat(FitDecoder.decode(file).records().heartRate(0)).isEqualTo(130);
	}

	@Test
	void ignoresAFieldTooShortForItsBaseType() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(3, 1, UINT8), field(5, 2, UINT32))
				.message(0, T0, 130, 1000)
				.toBytes();

		FitRecords records = FitDecoder.decode(file).records();

		assertThat(records.heartRate(0)).isEqualTo(130);
		assertThat(records.distance(0)).isNaN();
	}

	@Test
	void acceptsTheTwelveByteHeaderOfFit1() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(3, 1, UINT8))
				.message(0, T0, 130)
				.toBytes(12);

		assertThat(FitDecoder.decode(file).records().heartRate(0)).isEqualTo(130);
	}

	@Test
	void acceptsAHeaderWithoutChecksum() {
		byte[] file = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(3, 1, UINT8))
				.message(0, T0, 130)
				.toBytes();
		file[12] = 0;
		file[13] = 0;
		FitFileWriter.withFileCrc(file);

		assertThat(FitDecoder.decode(file).records().heartRate(0)).isEqualTo(130);
	}

	@Test
	void decodesChainedFilesIntoOneActivity() {
		byte[] first = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(3, 1, UINT8))
				.message(0, T0, 130)
				.toBytes();
		byte[] second = new FitFileWriter()
				.define(3, RECORD, field(253, 4, UINT32), field(3, 1, UINT8))
				.message(3, T0 + 1, 131)
				.toBytes(12);

		FitRecords records = FitDecoder.decode(concat(first, second)).records();

		assertThat(records.size()).isEqualTo(2);
		assertThat(records.heartRate(1)).isEqualTo(131);
	}

	@Test
	void doesNotCarryDefinitionsIntoAChainedFile() {
		byte[] first = new FitFileWriter()
				.define(0, RECORD, field(253, 4, UINT32), field(3, 1, UINT8))
				.toBytes();
		byte[] second = new FitFileWriter()
				.raw(0x00, 0, 0, 0, 0, 130)
				.toBytes();

		assertThatThrownBy(() -> FitDecoder.decode(concat(first, second)))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is damaged: a data message uses local message type 0,"
						+ " which has not been defined");
	}

	@Test
	void rejectsADataMessageOfAnUndefinedLocalType() {
		byte[] normal = new FitFileWriter().raw(0x05, 1, 2, 3).toBytes();
		byte[] compressed = new FitFileWriter().raw(0xE3, 1, 2, 3).toBytes();

		assertThatThrownBy(() -> FitDecoder.decode(normal))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is damaged: a data message uses local message type 5,"
						+ " which has not been defined");
		assertThatThrownBy(() -> FitDecoder.decode(compressed))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is damaged: a data message uses local message type 3,"
						+ " which has not been defined");
	}

	@Test
	void rejectsAnUnknownByteOrder() {
		byte[] file = new FitFileWriter().raw(0x40, 0, 2, 20, 0, 0).toBytes();

		assertThatThrownBy(() -> FitDecoder.decode(file))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is damaged: a message definition gives an unknown byte order (2)");
	}

	@Test
	void rejectsADefinitionCutOffByTheEndOfTheData() {
		byte[] file = new FitFileWriter().raw(0x40, 0, 0, 20, 0, 3, 253, 4, 0x86).toBytes();

		assertThatThrownBy(() -> FitDecoder.decode(file))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is damaged: a message runs past the end of the data");
	}

	private static byte[] compressedSpeedDistance(int centimetersPerSecond, int sixteenthsOfMeter) {
		int bits = centimetersPerSecond | sixteenthsOfMeter << 12;
		return new byte[] {(byte) bits, (byte) (bits >> 8), (byte) (bits >> 16)};
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
