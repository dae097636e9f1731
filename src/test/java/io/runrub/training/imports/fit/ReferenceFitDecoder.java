package io.runrub.training.imports.fit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The straightforward decoder that {@link FitDecoder} was before it was tuned for speed (2026-12-07), kept as the
 * reference that {@link FitDecoderDifferentialTests} compares the fast one with: it checks the CRC first, byte by
 * byte as the FIT protocol describes it, then reads every field through the generic {@link ReferenceMessage#number}.
 */
final class ReferenceFitDecoder {

	private static final int FILE_ID = 0;
	private static final int SPORT = 12;
	private static final int SESSION = 18;
	private static final int LAP = 19;
	private static final int RECORD = 20;
	private static final int EVENT = 21;
	private static final int WORKOUT = 26;
	private static final int WORKOUT_STEP = 27;

	/** Seconds from 1970-01-01T00:00:00Z to the FIT epoch, 1989-12-31T00:00:00Z. */
	private static final long FIT_EPOCH = 631_065_600L;
	private static final int MIN_HEADER_SIZE = 12;
	private static final int CRC_SIZE = 2;

	private final byte[] bytes;
	private final ReferenceMessage[] localMessages = new ReferenceMessage[16];
	/** Bit n is set once local message type n has a definition in the current file. */
	private int definedLocalTypes;
	/** The last timestamp seen, in FIT seconds, which compressed timestamp headers count from. */
	private long lastTimestamp;
	/** The distance in compressed_speed_distance fields so far, in sixteenths of a metre. */
	private long compressedDistance;

	private FitFileId fileId;
	private Integer sportMessageSport;
	private Integer sportMessageSubSport;
	private final List<FitSession> sessions = new ArrayList<>();
	private final List<FitLap> laps = new ArrayList<>();
	private final FitRecords.Builder records = new FitRecords.Builder();
	private final List<FitEvent> events = new ArrayList<>();
	private String workoutName;
	private Integer workoutSport;
	private boolean hasWorkout;
	private final List<FitWorkoutStep> workoutSteps = new ArrayList<>();

	private ReferenceFitDecoder(byte[] bytes) {
		this.bytes = bytes;
	}

	/**
	 * Decodes a whole FIT file.
	 *
	 * @throws FitFormatException when the bytes are not a FIT file, or a truncated or damaged one
	 */
	static FitActivity decode(byte[] bytes) {
		Objects.requireNonNull(bytes, "bytes");
		ReferenceFitDecoder decoder = new ReferenceFitDecoder(bytes);
		int position = 0;
		do {
			position = decoder.decodeFile(position);
		} while (position < bytes.length);
		return decoder.result();
	}

	/** Checks and decodes the FIT file that starts at {@code start}; returns where it ends. */
	private int decodeFile(int start) {
		int available = bytes.length - start;
		if (available < MIN_HEADER_SIZE || !hasSignature(start + 8)) {
			throw new FitFormatException(start == 0
					? "This is not a FIT file"
					: "The FIT file is damaged: it goes on for " + available + " bytes after its end at byte "
							+ start + ", and they are not a FIT file", start > 0);
		}
		int headerSize = bytes[start] & 0xFF;
		if (headerSize < MIN_HEADER_SIZE) {
			throw new FitFormatException("The FIT file header is damaged: it gives its own size as "
					+ headerSize + " bytes, less than the " + MIN_HEADER_SIZE + " it needs");
		}
		long expected = headerSize + Integer.toUnsignedLong(littleEndianInt(start + 4)) + CRC_SIZE;
		if (expected > available) {
			throw new FitFormatException("The FIT file is truncated: expected " + expected
					+ " bytes but found " + available, true);
		}
		if (headerSize >= 14) {
			int headerCrc = littleEndianShort(start + 12);
			if (headerCrc != 0 && headerCrc != bytewiseCrc(start, start + 12)) {
				throw new FitFormatException("The FIT file header is damaged: its checksum does not match");
			}
		}
		int end = start + (int) expected - CRC_SIZE;
		if (bytewiseCrc(start, end) != littleEndianShort(end)) {
			throw new FitFormatException("The FIT file is damaged: its checksum does not match");
		}
		definedLocalTypes = 0;
		lastTimestamp = -1;
		compressedDistance = 0;
		decodeMessages(start + headerSize, end);
		return end + CRC_SIZE;
	}

	private void decodeMessages(int position, int end) {
		while (position < end) {
			int header = bytes[position++] & 0xFF;
			if ((header & 0x80) != 0) {
				// A compressed timestamp header: five bits of seconds past the last full timestamp, rolling over.
				if (lastTimestamp >= 0) {
					lastTimestamp += ((header & 0x1F) - lastTimestamp) & 0x1F;
				}
				position = decodeData((header >> 5) & 0x3, position, end, lastTimestamp);
			} else if ((header & 0x40) != 0) {
				position = decodeDefinition(header, position, end);
			} else {
				position = decodeData(header & 0x0F, position, end, -1);
			}
		}
	}

	private int decodeDefinition(int header, int position, int end) {
		requireData(position, 5, end);
		int architecture = bytes[position + 1] & 0xFF;
		if (architecture > 1) {
			throw damaged("a message definition gives an unknown byte order (" + architecture + ")");
		}
		boolean bigEndian = architecture == 1;
		int globalNumber = bigEndian
				? (bytes[position + 2] & 0xFF) << 8 | bytes[position + 3] & 0xFF
				: (bytes[position + 3] & 0xFF) << 8 | bytes[position + 2] & 0xFF;
		int fieldCount = bytes[position + 4] & 0xFF;
		position += 5;
		requireData(position, 3 * fieldCount, end);

		int localType = header & 0x0F;
		ReferenceMessage message = localMessages[localType];
		if (message == null) {
			message = new ReferenceMessage(bytes);
			localMessages[localType] = message;
		}
		message.define(globalNumber, bigEndian);
		definedLocalTypes |= 1 << localType;
		for (int i = 0; i < fieldCount; i++, position += 3) {
			message.addField(bytes[position] & 0xFF, bytes[position + 1] & 0xFF, bytes[position + 2] & 0xFF);
		}
		if ((header & 0x20) != 0) {
			requireData(position, 1, end);
			int developerFieldCount = bytes[position++] & 0xFF;
			requireData(position, 3 * developerFieldCount, end);
			for (int i = 0; i < developerFieldCount; i++, position += 3) {
				message.addSkippedBytes(bytes[position + 1] & 0xFF);
			}
		}
		return position;
	}

	/** {@code compressedTimestamp} is in FIT seconds, or negative when the header carries none. */
	private int decodeData(int localType, int position, int end, long compressedTimestamp) {
		if ((definedLocalTypes & 1 << localType) == 0) {
			throw damaged("a data message uses local message type " + localType + ", which has not been defined");
		}
		ReferenceMessage message = localMessages[localType];
		requireData(position, message.size(), end);
		message.at(position);
		double timestamp = fitTime(message.number(ReferenceMessage.TIMESTAMP));
		if (!Double.isNaN(timestamp)) {
			lastTimestamp = (long) timestamp;
		} else if (compressedTimestamp >= 0) {
			timestamp = compressedTimestamp;
		}
		switch (message.globalNumber()) {
			case FILE_ID -> fileId(message);
			case SPORT -> sport(message);
			case SESSION -> sessions.add(session(message));
			case LAP -> laps.add(lap(message));
			case RECORD -> record(message, timestamp, end - position);
			case EVENT -> events.add(new FitEvent(instant(timestamp), whole(message.number(0)), // event
					whole(message.number(1)))); // event_type
			case WORKOUT -> workout(message);
			case WORKOUT_STEP -> workoutSteps.add(workoutStep(message));
			default -> {
				// not needed by RunRub
			}
		}
		return position + message.size();
	}

	private void fileId(ReferenceMessage m) {
		if (fileId == null) {
			fileId = new FitFileId(
					whole(m.number(0)), // type
					whole(m.number(1)), // manufacturer
					whole(m.number(2)), // product
					wholeLong(m.number(3)), // serial_number
					instant(m.number(4))); // time_created
		}
	}

	private void sport(ReferenceMessage m) {
		if (sportMessageSport == null) {
			sportMessageSport = whole(m.number(0));
			sportMessageSubSport = whole(m.number(1));
		}
	}

	private static FitSession session(ReferenceMessage m) {
		return new FitSession(
				whole(m.number(5)), // sport
				whole(m.number(6)), // sub_sport
				instant(m.number(2)), // start_time
				millis(m.number(7)), // total_elapsed_time
				millis(m.number(8)), // total_timer_time
				scaled(m.number(9), 100), // total_distance
				whole(m.number(22)), // total_ascent
				whole(m.number(16)), // avg_heart_rate
				whole(m.number(17)), // max_heart_rate
				whole(m.number(11)), // total_calories
				scaled(m.number(193), 10)); // workout_rpe
	}

	private static FitLap lap(ReferenceMessage m) {
		return new FitLap(
				instant(m.number(2)), // start_time
				millis(m.number(7)), // total_elapsed_time
				scaled(m.number(9), 100), // total_distance
				whole(m.number(15))); // avg_heart_rate
	}

	/** {@code remaining} is the number of bytes from this record to the end of the file's data. */
	private void record(ReferenceMessage m, double timestamp, int remaining) {
		if (records.isEmpty()) {
			// About as many more records fit in the file (at most, for records of a useful size): one allocation
			// instead of growing by doubling.
			records.reserve(remaining / (Math.max(m.size(), 7) + 1) + 1);
		}
		double altitude = m.number(78); // enhanced_altitude
		if (Double.isNaN(altitude)) {
			altitude = m.number(2); // altitude
		}
		double speed = m.number(73); // enhanced_speed
		if (Double.isNaN(speed)) {
			speed = m.number(6); // speed
		}
		speed /= 1000;
		double distance = m.number(5) / 100;

		// compressed_speed_distance, three bytes: twelve bits of speed in cm/s, then twelve of distance in
		// 1/16 m that count on from the previous record's and roll over at 256 m. All bits set means invalid.
		int p = m.position(8, 3);
		int bits = p < 0 ? 0xFFFFFF : (bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8 | (bytes[p + 2] & 0xFF) << 16;
		if (bits != 0xFFFFFF) {
			long next = (compressedDistance & ~0xFFFL) | bits >>> 12;
			compressedDistance = next < compressedDistance ? next + 0x1000 : next;
			if (Double.isNaN(speed)) {
				speed = (bits & 0xFFF) / 100.0;
			}
			if (Double.isNaN(distance)) {
				distance = compressedDistance / 16.0;
			}
		}

		double latitude = m.number(0); // position_lat
		double longitude = m.number(1); // position_long
		double heartRate = m.number(3);
		double cadence = m.number(4);
		double temperature = m.number(13);
		if (Double.isNaN(latitude) && Double.isNaN(longitude) && Double.isNaN(altitude) && Double.isNaN(heartRate)
				&& Double.isNaN(cadence) && Double.isNaN(distance) && Double.isNaN(speed)
				&& Double.isNaN(temperature)) {
			return;
		}
		records.add(Double.isNaN(timestamp) ? FitRecords.NO_TIME : FIT_EPOCH + (long) timestamp,
				semicircles(latitude), semicircles(longitude), altitude / 5 - 500, heartRate, cadence, distance, speed, temperature);
	}

	/** What FitRecords.Builder did with a position before it took semicircles. */
	private static int semicircles(double value) {
		return Double.isNaN(value) ? FitRecords.NO_POSITION : (int) value;
	}

	private void workout(ReferenceMessage m) {
		hasWorkout = true;
		workoutName = m.text(8); // wkt_name
		workoutSport = whole(m.number(4)); // sport
	}

	private static FitWorkoutStep workoutStep(ReferenceMessage m) {
		return new FitWorkoutStep(
				m.text(0), // wkt_step_name
				whole(m.number(1)), // duration_type
				wholeLong(m.number(2)), // duration_value
				whole(m.number(3)), // target_type
				wholeLong(m.number(4)), // target_value
				wholeLong(m.number(5)), // custom_target_value_low
				wholeLong(m.number(6)), // custom_target_value_high
				FitIntensity.ofCode(m.number(7))); // intensity
	}

	private FitActivity result() {
		Integer sport = sportMessageSport;
		Integer subSport = sportMessageSubSport;
		if (!sessions.isEmpty() && sessions.get(0).sport() != null) {
			sport = sessions.get(0).sport();
			subSport = sessions.get(0).subSport();
		}
		FitWorkout workout = hasWorkout || !workoutSteps.isEmpty()
				? new FitWorkout(workoutName, workoutSport, workoutSteps)
				: null;
		return new FitActivity(fileId, sport, subSport, sessions, laps, records.build(), events, workout);
	}

	private int bytewiseCrc(int from, int to) {
		int crc = 0;
		for (int i = from; i < to; i++) {
			crc = FitCrc.updateByNibbles(crc, bytes[i] & 0xFF);
		}
		return crc;
	}

	private boolean hasSignature(int p) {
		return bytes[p] == '.' && bytes[p + 1] == 'F' && bytes[p + 2] == 'I' && bytes[p + 3] == 'T';
	}

	private int littleEndianShort(int p) {
		return (bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8;
	}

	private int littleEndianInt(int p) {
		return littleEndianShort(p) | littleEndianShort(p + 2) << 16;
	}

	private static void requireData(int position, int length, int end) {
		if (length > end - position) {
			throw new FitFormatException("The FIT file is damaged: a message runs past the end of the data", true);
		}
	}

	private static FitFormatException damaged(String what) {
		return new FitFormatException("The FIT file is damaged: " + what);
	}

	/** Times are uint32 in the FIT profile; another base type that a definition gives one is not trusted. */
	private static double fitTime(double value) {
		return value >= 0 && value <= 0xFFFF_FFFFL ? value : Double.NaN;
	}

	private static Instant instant(double fitSeconds) {
		double time = fitTime(fitSeconds);
		return Double.isNaN(time) ? null : Instant.ofEpochSecond(FIT_EPOCH + (long) time);
	}

	private static Duration millis(double value) {
		return Double.isNaN(value) ? null : Duration.ofMillis((long) value);
	}

	private static Double scaled(double value, double scale) {
		return Double.isNaN(value) ? null : value / scale;
	}

	private static Integer whole(double value) {
		return Double.isNaN(value) ? null : (int) value;
	}

	private static Long wholeLong(double value) {
		return Double.isNaN(value) ? null : (long) value;
	}
}
