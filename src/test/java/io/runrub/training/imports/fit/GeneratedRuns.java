package io.runrub.training.imports.fit;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static io.runrub.training.imports.fit.FitFileWriter.ENUM;
import static io.runrub.training.imports.fit.FitFileWriter.SINT32;
import static io.runrub.training.imports.fit.FitFileWriter.SINT8;
import static io.runrub.training.imports.fit.FitFileWriter.UINT16;
import static io.runrub.training.imports.fit.FitFileWriter.UINT32;
import static io.runrub.training.imports.fit.FitFileWriter.UINT32Z;
import static io.runrub.training.imports.fit.FitFileWriter.UINT8;
import static io.runrub.training.imports.fit.FitFileWriter.field;

/**
 * Realistic FIT activity files of runs, made in memory for benchmarks and tests: what a running watch writes for a
 * run, recording every second (timestamp, position, distance, speed, altitude, heart rate, cadence, temperature),
 * with a file_id, timer events, a lap per kilometre, a session with its totals, an activity message and a valid CRC.
 * The same arguments give the same bytes.
 *
 * <p>Public, unlike {@link FitFileWriter}, so that code outside this package (the benchmarks) can have whole runs
 * without reaching into the writer.
 */
public final class GeneratedRuns {

	/** One watch: its serial number is in every file, as a real device's is; time_created tells files apart. */
	public static final long DEVICE_SERIAL = 3_987_654_321L;

	private static final long FIT_EPOCH = 631_065_600L;

	private static final double SEMICIRCLES_PER_DEGREE = 2147483648.0 / 180;

	/** A 2.4 km loop in a park, run round and round. */
	private static final double LOOP_METERS = 2400;

	private static final double START_LATITUDE = 51.5033;

	private static final double START_LONGITUDE = -0.1596;

	private static final int FILE_ID = 0;

	private static final int SESSION = 18;

	private static final int LAP = 19;

	private static final int RECORD = 20;

	private static final int EVENT = 21;

	private static final int ACTIVITY = 34;

	private static final int TIMESTAMP = 253;

	private GeneratedRuns() {
	}

	/**
	 * A run that starts at {@code start} and records once a second for {@code duration}; {@code seed} varies its
	 * pace, heart rate and noise.
	 */
	public static byte[] run(Instant start, Duration duration, long seed) {
		Random random = new Random(seed);
		long startFit = start.getEpochSecond() - FIT_EPOCH;
		int seconds = (int) duration.getSeconds();
		double basePace = 2.7 + random.nextDouble() * 0.5; // m/s: an easy 5:10 to 6:10 per km
		double baseHeartRate = 135 + random.nextDouble() * 12;

		FitFileWriter fit = new FitFileWriter()
			.define(0, FILE_ID, field(0, 1, ENUM), field(1, 2, UINT16), field(2, 2, UINT16), field(3, 4, UINT32Z),
					field(4, 4, UINT32))
			.message(0, 4, 1, 3113, DEVICE_SERIAL, startFit) // activity file, Garmin, a Forerunner
			.define(1, EVENT, field(TIMESTAMP, 4, UINT32), field(0, 1, ENUM), field(1, 1, ENUM),
					field(3, 4, UINT32))
			.message(1, startFit, 0, 0, 0) // timer start
			.define(2, RECORD, field(TIMESTAMP, 4, UINT32), field(0, 4, SINT32), field(1, 4, SINT32),
					field(5, 4, UINT32), field(73, 4, UINT32), field(78, 4, UINT32), field(2, 2, UINT16),
					field(6, 2, UINT16), field(3, 1, UINT8), field(4, 1, UINT8), field(53, 1, UINT8),
					field(13, 1, SINT8))
			.define(3, LAP, field(TIMESTAMP, 4, UINT32), field(2, 4, UINT32), field(7, 4, UINT32),
					field(8, 4, UINT32), field(9, 4, UINT32), field(15, 1, UINT8), field(16, 1, UINT8),
					field(0, 1, ENUM), field(1, 1, ENUM));

		double distance = 0;
		double previousAltitude = Double.NaN;
		double ascent = 0;
		double descent = 0;
		long heartRateSum = 0;
		int maxHeartRate = 0;
		double lapStartDistance = 0;
		int lapStart = 0;
		long lapHeartRateSum = 0;
		int lapMaxHeartRate = 0;
		int temperature = 8 + random.nextInt(12);
		for (int s = 0; s <= seconds; s++) {
			double speed = Math.max(1.5, basePace + 0.15 * Math.sin(s / 97.0) + random.nextGaussian() * 0.08);
			if (s > 0) {
				distance += speed;
			}
			double angle = 2 * Math.PI * distance / LOOP_METERS;
			double radius = LOOP_METERS / (2 * Math.PI);
			double latitude = START_LATITUDE + radius * (Math.cos(angle) - 1) / 111_320.0;
			double longitude = START_LONGITUDE
					+ radius * Math.sin(angle) / (111_320.0 * Math.cos(Math.toRadians(START_LATITUDE)));
			double terrain = 28 + 9 * Math.sin(angle) + 2 * Math.sin(3 * angle);
			double altitude = terrain + random.nextGaussian() * 0.2; // barometric noise, which the totals ignore
			if (!Double.isNaN(previousAltitude)) {
				double change = terrain - previousAltitude;
				ascent += Math.max(0, change);
				descent += Math.max(0, -change);
			}
			previousAltitude = terrain;
			// heart rate rises over the first ten minutes, then drifts up slowly
			double warmUp = Math.min(1, s / 600.0);
			int heartRate = (int) Math.round(95 + (baseHeartRate - 95) * warmUp + s / 3600.0 * 8
					+ (speed - basePace) * 20 + random.nextGaussian() * 1.5);
			heartRateSum += heartRate;
			maxHeartRate = Math.max(maxHeartRate, heartRate);
			lapHeartRateSum += heartRate;
			lapMaxHeartRate = Math.max(lapMaxHeartRate, heartRate);
			double strides = 80 + speed * 2.5 + random.nextGaussian() * 0.8; // strides per minute
			long altitudeValue = Math.round((altitude + 500) * 5);
			long speedValue = Math.round(speed * 1000);
			fit.message(2, startFit + s, Math.round(latitude * SEMICIRCLES_PER_DEGREE),
					Math.round(longitude * SEMICIRCLES_PER_DEGREE), Math.round(distance * 100), speedValue,
					altitudeValue, altitudeValue, speedValue, heartRate, (int) strides,
					(int) ((strides - (int) strides) * 128), temperature);
			boolean lastSecond = s == seconds;
			if (distance - lapStartDistance >= 1000 || lastSecond) {
				int lapSeconds = s - lapStart;
				fit.message(3, startFit + s, startFit + lapStart, lapSeconds * 1000L, lapSeconds * 1000L,
						Math.round((distance - lapStartDistance) * 100),
						Math.round(lapHeartRateSum / (double) Math.max(1, lapSeconds)), lapMaxHeartRate, 9, 7);
				lapStart = s;
				lapStartDistance = distance;
				lapHeartRateSum = 0;
				lapMaxHeartRate = 0;
			}
		}
		long end = startFit + seconds;
		long millis = seconds * 1000L;
		int averageHeartRate = (int) Math.round(heartRateSum / (double) (seconds + 1));
		int calories = (int) Math.round(distance / 1000 * 65);
		return fit.message(1, end, 0, 4, 0) // timer stop all
			.define(4, SESSION, field(TIMESTAMP, 4, UINT32), field(2, 4, UINT32), field(7, 4, UINT32),
					field(8, 4, UINT32), field(9, 4, UINT32), field(14, 2, UINT16), field(11, 2, UINT16),
					field(22, 2, UINT16), field(23, 2, UINT16), field(16, 1, UINT8), field(17, 1, UINT8),
					field(5, 1, ENUM), field(6, 1, ENUM), field(0, 1, ENUM), field(1, 1, ENUM))
			.message(4, end, startFit, millis, millis, Math.round(distance * 100),
					Math.round(distance / seconds * 1000), calories, Math.round(ascent), Math.round(descent),
					averageHeartRate, maxHeartRate, 1, 0, 8, 1) // running, generic; event session, stop
			.define(5, ACTIVITY, field(TIMESTAMP, 4, UINT32), field(0, 4, UINT32), field(1, 2, UINT16),
					field(2, 1, ENUM), field(3, 1, ENUM), field(4, 1, ENUM))
			.message(5, end, millis, 1, 0, 26, 1) // manual, activity event, stop
			.toBytes();
	}

}
