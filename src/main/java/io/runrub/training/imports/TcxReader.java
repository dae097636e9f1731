package io.runrub.training.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

/**
 * Reads Garmin Training Center files ({@code .tcx}, {@code .tcx.gz}) as Garmin, Polar and Strava write them: one
 * completed session per {@code Activity}. Start, elapsed time, climb and heart rate come from the trackpoints, the
 * same way as for GPX; distance comes from the laps, which hold what the device measured (footpod or GPS), then from
 * the trackpoints' own distance, and only then from their positions. An activity without trackpoints (a treadmill or
 * manual entry) still counts: it starts at its {@code Id} and lasts as long as its laps. Multisport sessions, courses
 * and planned workouts in a TCX file are not activities and are ignored.
 */
public final class TcxReader implements TrainingFileReader {

	private static final String NOT_TCX = "tcx-not-tcx";

	private static final String NO_ACTIVITIES = "tcx-no-activities";

	private static final String NO_TIMED_ACTIVITY = "tcx-no-timed-activity";

	private final BoundedInput input;

	public TcxReader() {
		this(new BoundedInput());
	}

	TcxReader(BoundedInput input) {
		this.input = input;
	}

	@Override
	public boolean accepts(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".tcx") || name.endsWith(".tcx.gz");
	}

	@Override
	public ParsedFile read(String fileName, byte[] content, ZoneId zone) {
		BoundedInput.requireUploadSize(content);
		return readDocument(BoundedInput.isGzipName(fileName) ? input.gunzip(content) : content, zone);
	}

	/** Reads an already decompressed document, e.g. one taken out of an archive under the archive's limits. */
	ParsedFile readDocument(byte[] xml, ZoneId zone) {
		List<TcxActivity> activities = SafeXml.parse(xml, "TCX", TcxReader::activities);
		if (activities.isEmpty()) {
			throw ImportRejected.because(NO_ACTIVITIES);
		}
		List<ImportedSession> sessions = new ArrayList<>();
		for (TcxActivity activity : activities) {
			if (activity.start() != null) {
				sessions.add(activity.session(zone));
			}
		}
		if (sessions.isEmpty()) {
			throw ImportRejected.because(NO_TIMED_ACTIVITY);
		}
		return ParsedFile.of(sessions);
	}

	private static List<TcxActivity> activities(XMLStreamReader xml) throws XMLStreamException {
		SafeXml.enterRoot(xml, "TrainingCenterDatabase", NOT_TCX);
		List<TcxActivity> activities = new ArrayList<>();
		while (SafeXml.nextChild(xml)) {
			if ("Activities".equals(xml.getLocalName())) {
				while (SafeXml.nextChild(xml)) {
					if ("Activity".equals(xml.getLocalName())) {
						activities.add(activity(xml));
					}
					else {
						SafeXml.skip(xml);
					}
				}
			}
			else {
				SafeXml.skip(xml);
			}
		}
		return activities;
	}

	private static TcxActivity activity(XMLStreamReader xml) throws XMLStreamException {
		String sport = xml.getAttributeValue(null, "Sport");
		String id = null;
		String notes = null;
		List<Lap> laps = new ArrayList<>();
		List<TrackPoint> points = new ArrayList<>();
		while (SafeXml.nextChild(xml)) {
			switch (xml.getLocalName()) {
				case "Id" -> id = SafeXml.text(xml);
				case "Notes" -> notes = SafeXml.text(xml);
				case "Lap" -> laps.add(lap(xml, points));
				default -> SafeXml.skip(xml);
			}
		}
		return new TcxActivity(sport, id, notes, laps, new RecordedTrack(points));
	}

	/** Reads a lap; its trackpoints join the activity's, each {@code Track} as its own segment. */
	private static Lap lap(XMLStreamReader xml, List<TrackPoint> points) throws XMLStreamException {
		Instant start = RecordedTrack.parseTime(xml.getAttributeValue(null, "StartTime"));
		double seconds = Double.NaN;
		double meters = Double.NaN;
		int heartRate = 0;
		while (SafeXml.nextChild(xml)) {
			switch (xml.getLocalName()) {
				case "TotalTimeSeconds" -> seconds = SafeXml.number(SafeXml.text(xml));
				case "DistanceMeters" -> meters = SafeXml.number(SafeXml.text(xml));
				case "AverageHeartRateBpm" -> heartRate = heartRateValue(xml);
				case "Track" -> {
					int segment = points.isEmpty() ? 0 : points.get(points.size() - 1).segment() + 1;
					while (SafeXml.nextChild(xml)) {
						if ("Trackpoint".equals(xml.getLocalName())) {
							points.add(trackpoint(xml, segment));
						}
						else {
							SafeXml.skip(xml);
						}
					}
				}
				default -> SafeXml.skip(xml);
			}
		}
		return new Lap(start, seconds, meters, heartRate);
	}

	private static TrackPoint trackpoint(XMLStreamReader xml, int segment) throws XMLStreamException {
		Instant time = null;
		double latitude = Double.NaN;
		double longitude = Double.NaN;
		double altitude = Double.NaN;
		double distance = Double.NaN;
		int heartRate = 0;
		while (SafeXml.nextChild(xml)) {
			switch (xml.getLocalName()) {
				case "Time" -> time = RecordedTrack.parseTime(SafeXml.text(xml));
				case "Position" -> {
					while (SafeXml.nextChild(xml)) {
						switch (xml.getLocalName()) {
							case "LatitudeDegrees" -> latitude = SafeXml.number(SafeXml.text(xml));
							case "LongitudeDegrees" -> longitude = SafeXml.number(SafeXml.text(xml));
							default -> SafeXml.skip(xml);
						}
					}
				}
				case "AltitudeMeters" -> altitude = SafeXml.number(SafeXml.text(xml));
				case "DistanceMeters" -> distance = SafeXml.number(SafeXml.text(xml));
				case "HeartRateBpm" -> heartRate = heartRateValue(xml);
				default -> SafeXml.skip(xml);
			}
		}
		return new TrackPoint(segment, time, latitude, longitude, altitude, distance, heartRate);
	}

	/** {@code <HeartRateBpm><Value>142</Value></HeartRateBpm>} */
	private static int heartRateValue(XMLStreamReader xml) throws XMLStreamException {
		int heartRate = 0;
		while (SafeXml.nextChild(xml)) {
			if ("Value".equals(xml.getLocalName())) {
				heartRate = GpxReader.heartRate(SafeXml.text(xml));
			}
			else {
				SafeXml.skip(xml);
			}
		}
		return heartRate;
	}

	private record Lap(Instant start, double seconds, double meters, int averageHeartRate) {
	}

	private record TcxActivity(String sport, String id, String notes, List<Lap> laps, RecordedTrack track) {

		Instant start() {
			Instant start = track.start();
			if (start == null) {
				start = RecordedTrack.parseTime(id);
			}
			if (start == null && !laps.isEmpty()) {
				start = laps.get(0).start();
			}
			return start == null ? null : start.truncatedTo(ChronoUnit.SECONDS);
		}

		ImportedSession session(ZoneId zone) {
			Instant start = start();
			ZonedDateTime local = start.atZone(zone);
			Integer duration = durationSeconds();
			HeartRateTrace heartRate = track.heartRate();
			Integer averageHeartRate = heartRate != null ? RecordedTrack.averageHeartRate(heartRate)
					: lapsAverageHeartRate();
			SessionType type;
			boolean typeFromSource;
			String title;
			if ("Running".equalsIgnoreCase(sport)) {
				type = RecordedTrack.runType(duration);
				typeFromSource = false;
				title = "Run";
			}
			else if ("Biking".equalsIgnoreCase(sport)) {
				type = SessionType.CROSS;
				typeFromSource = true;
				title = "Ride";
			}
			else {
				// "Other" says only that it was not a run or a ride.
				type = SessionType.CROSS;
				typeFromSource = false;
				title = "Cross-training";
			}
			String key = id == null || id.isBlank() ? start.toString() : id.strip();
			return new ImportedSession("tcx:" + key, local.toLocalDate(),
					local.toLocalTime().truncatedTo(ChronoUnit.SECONDS), type, typeFromSource, SessionStatus.COMPLETED,
					title, duration, distanceMeters(), track.elevationGainMeters(), averageHeartRate, null,
					SessionText.notes(notes), heartRate);
		}

		/** Elapsed time between the first and last trackpoint, as for GPX; without a timed track, the laps' time. */
		private Integer durationSeconds() {
			Instant first = track.start();
			if (first != null && !first.equals(track.end())) {
				return track.durationSeconds();
			}
			double seconds = 0;
			boolean any = false;
			for (Lap lap : laps) {
				if (!Double.isNaN(lap.seconds())) {
					seconds += lap.seconds();
					any = true;
				}
			}
			return any ? (int) Math.round(seconds) : track.durationSeconds();
		}

		private Double distanceMeters() {
			double meters = 0;
			boolean any = false;
			for (Lap lap : laps) {
				if (!Double.isNaN(lap.meters())) {
					meters += lap.meters();
					any = true;
				}
			}
			if (any) {
				return meters;
			}
			Double recorded = track.recordedDistanceMeters();
			return recorded != null ? recorded : track.distanceMeters();
		}

		/** The laps' average heart rates, weighted by the laps' time. */
		private Integer lapsAverageHeartRate() {
			double weighted = 0;
			double seconds = 0;
			for (Lap lap : laps) {
				if (lap.averageHeartRate() > 0 && lap.seconds() > 0) {
					weighted += lap.averageHeartRate() * lap.seconds();
					seconds += lap.seconds();
				}
			}
			return seconds > 0 ? (int) Math.round(weighted / seconds) : null;
		}

	}

}
