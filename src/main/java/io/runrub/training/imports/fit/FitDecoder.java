package io.runrub.training.imports.fit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes FIT files as the public FIT protocol describes them, without the FIT SDK. Only the messages and
 * fields that RunRub uses are decoded; the rest are skipped by their size. Chained FIT files are decoded one
 * after the other into one result.
 */
public final class FitDecoder {

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
	private final Message[] localMessages = new Message[16];
	/**
	 * The data message size of each local message type, as its Message has it. The walk from one message to the
	 * next waits on loading the header and then the size: taking the size from here instead of from the Message
	 * that the header names saves one dependent load per message (a fifth of the walk).
	 */
	private final int[] sizes = new int[16];
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

	private FitDecoder(byte[] bytes) {
		this.bytes = bytes;
	}

	/**
	 * Decodes a whole FIT file.
	 *
	 * @throws FitFormatException when the bytes are not a FIT file, or a truncated or damaged one
	 */
	public static FitActivity decode(byte[] bytes) {
		Objects.requireNonNull(bytes, "bytes");
		FitDecoder decoder = new FitDecoder(bytes);
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
			if (headerCrc != 0 && headerCrc != FitCrc.compute(bytes, start, start + 12)) {
				throw new FitFormatException("The FIT file header is damaged: its checksum does not match");
			}
		}
		int end = start + (int) expected - CRC_SIZE;
		if (FitCrc.compute(bytes, start, end) != littleEndianShort(end)) {
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
		Message message = localMessages[localType];
		if (message == null) {
			message = new Message(bytes);
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
		sizes[localType] = message.size();
		return position;
	}

	/** {@code compressedTimestamp} is in FIT seconds, or negative when the header carries none. */
	private int decodeData(int localType, int position, int end, long compressedTimestamp) {
		if ((definedLocalTypes & 1 << localType) == 0) {
			throw damaged("a data message uses local message type " + localType + ", which has not been defined");
		}
		int size = sizes[localType];
		requireData(position, size, end);
		Message message = localMessages[localType];
		message.at(position);
		double timestamp = fitTime(message.timestamp());
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
		return position + size;
	}

	private void fileId(Message m) {
		if (fileId == null) {
			fileId = new FitFileId(
					whole(m.number(0)), // type
					whole(m.number(1)), // manufacturer
					whole(m.number(2)), // product
					wholeLong(m.number(3)), // serial_number
					instant(m.number(4))); // time_created
		}
	}

	private void sport(Message m) {
		if (sportMessageSport == null) {
			sportMessageSport = whole(m.number(0));
			sportMessageSubSport = whole(m.number(1));
		}
	}

	private static FitSession session(Message m) {
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

	private static FitLap lap(Message m) {
		return new FitLap(
				instant(m.number(2)), // start_time
				millis(m.number(7)), // total_elapsed_time
				scaled(m.number(9), 100), // total_distance
				whole(m.number(15))); // avg_heart_rate
	}

	/** {@code remaining} is the number of bytes from this record to the end of the file's data. */
	private void record(Message m, double timestamp, int remaining) {
		if (records.isEmpty()) {
			// About as many more records fit in the file (at most, for records of a useful size): one allocation
			// instead of growing by doubling.
			records.reserve(remaining / (Math.max(m.size(), 7) + 1) + 1);
		}
		RecordLayout layout = (RecordLayout) m.layout;
		if (layout == null) {
			layout = RecordLayout.of(m);
			m.layout = layout;
		}
		if (layout.asRecorded) {
			recordAsRecorded(m, layout, timestamp);
			return;
		}
		double altitude;
		double speed;
		double distance;
		int latitude;
		int longitude;
		boolean positioned;
		double heartRate;
		double cadence;
		double temperature;
		if (layout != RecordLayout.GENERIC) {
			// Every field at its profile type: typed reads at offsets worked out once per definition.
			altitude = m.uint32At(layout.enhancedAltitude);
			if (Double.isNaN(altitude)) {
				altitude = m.uint16At(layout.altitude);
			}
			speed = m.uint32At(layout.enhancedSpeed);
			if (Double.isNaN(speed)) {
				speed = m.uint16At(layout.speed);
			}
			distance = m.uint32At(layout.distance) / 100;
			latitude = m.sint32At(layout.latitude);
			longitude = m.sint32At(layout.longitude);
			// a sint32 is invalid exactly when it is 0x7FFFFFFF, which is NO_POSITION
			positioned = latitude != FitRecords.NO_POSITION || longitude != FitRecords.NO_POSITION;
			heartRate = m.uint8At(layout.heartRate);
			cadence = m.uint8At(layout.cadence);
			temperature = m.sint8At(layout.temperature);
		} else {
			altitude = m.number(78); // enhanced_altitude
			if (Double.isNaN(altitude)) {
				altitude = m.number(2); // altitude
			}
			speed = m.number(73); // enhanced_speed
			if (Double.isNaN(speed)) {
				speed = m.number(6); // speed
			}
			distance = m.number(5) / 100;
			double lat = m.number(0); // position_lat
			double lon = m.number(1); // position_long
			positioned = !Double.isNaN(lat) || !Double.isNaN(lon);
			latitude = semicircles(lat);
			longitude = semicircles(lon);
			heartRate = m.number(3);
			cadence = m.number(4);
			temperature = m.number(13);
		}
		speed /= 1000;

		// compressed_speed_distance, three bytes: twelve bits of speed in cm/s, then twelve of distance in
		// 1/16 m that count on from the previous record's and roll over at 256 m. All bits set means invalid.
		int p = m.position(8, 3);
		if (p >= 0) {
			int bits = (bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8 | (bytes[p + 2] & 0xFF) << 16;
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
		}

		if (!positioned && Double.isNaN(altitude)
				&& Double.isNaN(heartRate) && Double.isNaN(cadence) && Double.isNaN(distance) && Double.isNaN(speed)
				&& Double.isNaN(temperature)) {
			return;
		}
		records.add(Double.isNaN(timestamp) ? FitRecords.NO_TIME : FIT_EPOCH + (long) timestamp,
				latitude, longitude, altitude / 5 - 500, heartRate, cadence, distance, speed, temperature);
	}

	/**
	 * A record whose fields all have their profile types and no compressed speed and distance, as devices write
	 * them: its heart rate, cadence, temperature and distance go into the record columns as the file holds them
	 * (see FitRecords), without turning them into doubles and back.
	 */
	private void recordAsRecorded(Message m, RecordLayout layout, double timestamp) {
		double altitude = m.uint32At(layout.enhancedAltitude);
		if (Double.isNaN(altitude)) {
			altitude = m.uint16At(layout.altitude);
		}
		double speed = m.uint32At(layout.enhancedSpeed);
		if (Double.isNaN(speed)) {
			speed = m.uint16At(layout.speed);
		}
		speed /= 1000;
		int latitude = m.sint32At(layout.latitude);
		int longitude = m.sint32At(layout.longitude);
		int heartRate = m.uint8AsRecorded(layout.heartRate);
		int cadence = m.uint8AsRecorded(layout.cadence);
		int temperature = m.sint8AsRecorded(layout.temperature);
		int centimetres = m.uint32AsRecorded(layout.distance);
		if (latitude == FitRecords.NO_POSITION && longitude == FitRecords.NO_POSITION && Double.isNaN(altitude)
				&& heartRate == 0xFF && cadence == 0xFF && centimetres == -1 && Double.isNaN(speed)
				&& temperature == 0x7F) {
			return;
		}
		records.addAsRecorded(Double.isNaN(timestamp) ? -1 : (long) timestamp, latitude, longitude,
				(float) (altitude / 5 - 500), heartRate, cadence, centimetres, (float) speed, temperature);
	}

	/** A position as FitRecords keeps it: semicircles, or NO_POSITION when absent or invalid. */
	private static int semicircles(double value) {
		return Double.isNaN(value) ? FitRecords.NO_POSITION : (int) value;
	}

	/**
	 * Where one record definition puts the fields that RunRub keeps, worked out once per definition so that each of
	 * the tens of thousands of records is read with a typed load per field, without looking the field up or
	 * switching on its base type. Only for definitions that give every such field its profile base type (as devices
	 * do); any other goes the generic way, {@link #GENERIC}.
	 */
	private static final class RecordLayout {

		static final RecordLayout GENERIC = new RecordLayout(null);

		final int latitude;
		final int longitude;
		final int altitude;
		final int heartRate;
		final int cadence;
		final int distance;
		final int speed;
		final int temperature;
		final int enhancedSpeed;
		final int enhancedAltitude;
		/** No compressed_speed_distance (whose distance counts on from record to record): see recordAsRecorded. */
		final boolean asRecorded;

		private RecordLayout(Message m) {
			boolean generic = m == null;
			asRecorded = !generic && m.position(8, 3) < 0;
			latitude = generic ? 0 : m.offsetAs(0, Message.SINT32); // position_lat
			longitude = generic ? 0 : m.offsetAs(1, Message.SINT32); // position_long
			altitude = generic ? 0 : m.offsetAs(2, Message.UINT16);
			heartRate = generic ? 0 : m.offsetAs(3, Message.UINT8);
			cadence = generic ? 0 : m.offsetAs(4, Message.UINT8);
			distance = generic ? 0 : m.offsetAs(5, Message.UINT32);
			speed = generic ? 0 : m.offsetAs(6, Message.UINT16);
			temperature = generic ? 0 : m.offsetAs(13, Message.SINT8);
			enhancedSpeed = generic ? 0 : m.offsetAs(73, Message.UINT32);
			enhancedAltitude = generic ? 0 : m.offsetAs(78, Message.UINT32);
		}

		static RecordLayout of(Message m) {
			RecordLayout layout = new RecordLayout(m);
			return Math.min(Math.min(Math.min(layout.latitude, layout.longitude),
					Math.min(layout.altitude, layout.heartRate)),
					Math.min(Math.min(layout.cadence, layout.distance), Math.min(layout.speed,
							Math.min(layout.temperature, Math.min(layout.enhancedSpeed, layout.enhancedAltitude)))))
					== Message.OTHER_TYPE ? GENERIC : layout;
		}
	}

	private void workout(Message m) {
		hasWorkout = true;
		workoutName = m.text(8); // wkt_name
		workoutSport = whole(m.number(4)); // sport
	}

	private static FitWorkoutStep workoutStep(Message m) {
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
