package io.runrub.training.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

/**
 * Reads GPX 1.0 and 1.1 files ({@code .gpx}, {@code .gpx.gz}): one completed session per track ({@code trk}), since a
 * track is one recorded activity and its segments are the stretches between pauses. Routes and waypoints are not
 * activities and are ignored. Heart rate comes from Garmin's TrackPointExtension ({@code gpxtpx:hr}) or any
 * extension element named {@code hr} or {@code heartrate}.
 * <p>
 * Parsed with the JDK's StAX rather than jpx: jpx builds a DOM document for every point's extensions, which made a
 * 12-hour run with heart rate take seconds instead of a fifth of a second, and its XML parser can only be hardened
 * through a global service-loader hook.
 */
public final class GpxReader implements TrainingFileReader {

	private static final String NOT_GPX = "gpx-not-gpx";

	private static final String NO_TIMED_POINTS = "gpx-no-timed-points";

	/** Strava writes its own activity codes into {@code <type>}: 9 is a run. */
	private static final String STRAVA_RUN = "9";

	private final BoundedInput input;

	public GpxReader() {
		this(new BoundedInput());
	}

	GpxReader(BoundedInput input) {
		this.input = input;
	}

	@Override
	public boolean accepts(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".gpx") || name.endsWith(".gpx.gz");
	}

	@Override
	public ParsedFile read(String fileName, byte[] content, ZoneId zone) {
		BoundedInput.requireUploadSize(content);
		return readDocument(BoundedInput.isGzipName(fileName) ? input.gunzip(content) : content, zone);
	}

	/** Reads an already decompressed document, e.g. one taken out of an archive under the archive's limits. */
	ParsedFile readDocument(byte[] xml, ZoneId zone) {
		GpxFile file = SafeXml.parse(xml, "GPX", GpxReader::file);
		List<ImportedSession> sessions = new ArrayList<>();
		for (GpxTrack track : file.tracks()) {
			if (track.points().start() != null) {
				sessions.add(track.session(file.name(), zone));
			}
		}
		if (sessions.isEmpty()) {
			throw ImportRejected.because(NO_TIMED_POINTS);
		}
		return ParsedFile.of(sessions);
	}

	private static GpxFile file(XMLStreamReader xml) throws XMLStreamException {
		SafeXml.enterRoot(xml, "gpx", NOT_GPX);
		String name = null;
		List<GpxTrack> tracks = new ArrayList<>();
		while (SafeXml.nextChild(xml)) {
			switch (xml.getLocalName()) {
				case "metadata" -> name = metadataName(xml);
				case "name" -> name = SafeXml.text(xml); // GPX 1.0 names the file at the top
				case "trk" -> tracks.add(track(xml));
				default -> SafeXml.skip(xml);
			}
		}
		return new GpxFile(name, tracks);
	}

	private static String metadataName(XMLStreamReader xml) throws XMLStreamException {
		String name = null;
		while (SafeXml.nextChild(xml)) {
			if ("name".equals(xml.getLocalName())) {
				name = SafeXml.text(xml);
			}
			else {
				SafeXml.skip(xml);
			}
		}
		return name;
	}

	private static GpxTrack track(XMLStreamReader xml) throws XMLStreamException {
		String name = null;
		String description = null;
		String type = null;
		List<TrackPoint> points = new ArrayList<>();
		int segment = 0;
		while (SafeXml.nextChild(xml)) {
			switch (xml.getLocalName()) {
				case "name" -> name = SafeXml.text(xml);
				case "desc" -> description = SafeXml.text(xml);
				case "type" -> type = SafeXml.text(xml);
				case "trkseg" -> {
					while (SafeXml.nextChild(xml)) {
						if ("trkpt".equals(xml.getLocalName())) {
							points.add(point(xml, segment));
						}
						else {
							SafeXml.skip(xml);
						}
					}
					segment++;
				}
				default -> SafeXml.skip(xml);
			}
		}
		return new GpxTrack(name, description, type, new RecordedTrack(points));
	}

	private static TrackPoint point(XMLStreamReader xml, int segment) throws XMLStreamException {
		double latitude = SafeXml.number(xml.getAttributeValue(null, "lat"));
		double longitude = SafeXml.number(xml.getAttributeValue(null, "lon"));
		double elevation = Double.NaN;
		Instant time = null;
		int heartRate = 0;
		while (SafeXml.nextChild(xml)) {
			switch (xml.getLocalName()) {
				case "ele" -> elevation = SafeXml.number(SafeXml.text(xml));
				case "time" -> time = RecordedTrack.parseTime(SafeXml.text(xml));
				case "extensions" -> heartRate = extensionHeartRate(xml);
				default -> SafeXml.skip(xml);
			}
		}
		return new TrackPoint(segment, time, latitude, longitude, elevation, Double.NaN, heartRate);
	}

	private static int extensionHeartRate(XMLStreamReader xml) throws XMLStreamException {
		int heartRate = 0;
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if ("hr".equals(name) || "heartrate".equalsIgnoreCase(name)) {
					heartRate = heartRate(SafeXml.text(xml));
				}
				else {
					depth++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return heartRate;
	}

	/** Beats per minute, or 0 when the value is missing or no heart could beat at that rate. */
	static int heartRate(String text) {
		double bpm = SafeXml.number(text);
		return bpm >= 20 && bpm <= 250 ? (int) Math.round(bpm) : 0;
	}

	private record GpxFile(String name, List<GpxTrack> tracks) {
	}

	private record GpxTrack(String name, String description, String type, RecordedTrack points) {

		/** @param fileTitle the file's own name for its content, used when the track has none */
		ImportedSession session(String fileTitle, ZoneId zone) {
			Instant start = points.start().truncatedTo(ChronoUnit.SECONDS);
			ZonedDateTime local = start.atZone(zone);
			Integer duration = points.durationSeconds();
			HeartRateTrace heartRate = points.heartRate();
			boolean running = isRun();
			SessionType sessionType = running ? RecordedTrack.runType(duration) : SessionType.CROSS;
			// A run's kind (easy or long) is guessed from its length; a named other sport is what the file said.
			boolean typeFromSource = !running;
			String fallbackTitle = running ? "Run" : "Cross-training";
			return new ImportedSession("gpx:" + start, local.toLocalDate(),
					local.toLocalTime().truncatedTo(ChronoUnit.SECONDS), sessionType, typeFromSource,
					SessionStatus.COMPLETED, SessionText.title(name != null ? name : fileTitle, fallbackTitle), duration,
					points.distanceMeters(), points.elevationGainMeters(), RecordedTrack.averageHeartRate(heartRate),
					null, SessionText.notes(description), heartRate);
		}

		/** A track without a type is taken as a run: RunRub is for runners, and most apps leave it out. */
		private boolean isRun() {
			if (type == null || type.isBlank()) {
				return true;
			}
			String kind = type.strip().toLowerCase(Locale.ROOT);
			return kind.contains("run") || kind.contains("jog") || STRAVA_RUN.equals(kind);
		}

	}

}
