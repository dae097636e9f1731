package io.runrub.training.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import io.runrub.training.SessionType;

/**
 * The points of one recorded activity and what follows from them: start, elapsed time, distance, climb and heart
 * rate. GPX and TCX files derive these the same way, so the same run brought in either format reads the same.
 */
record RecordedTrack(List<TrackPoint> points) {

	/** Mean Earth radius (IUGG), the usual choice for haversine distances. */
	static final double EARTH_RADIUS_METERS = 6_371_008.8;

	/**
	 * Elevation changes smaller than this are treated as noise. GPS and barometric altitude wobble by a metre or two
	 * when standing still; 3 m is GoldenCheetah's default.
	 */
	static final double CLIMB_HYSTERESIS_METERS = 3.0;

	/** A run this long or longer is a long run (training.md: long run ≥ 90 minutes). */
	static final int LONG_RUN_SECONDS = 90 * 60;

	RecordedTrack {
		points = List.copyOf(points);
	}

	/** A run whose type the file does not state: long when it lasted 90 minutes or more, otherwise easy. */
	static SessionType runType(Integer durationSeconds) {
		return durationSeconds != null && durationSeconds >= LONG_RUN_SECONDS ? SessionType.LONG : SessionType.EASY;
	}

	/** An ISO 8601 time as GPX and TCX write it; without an offset it is taken as UTC. Null when unreadable. */
	static Instant parseTime(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
					LocalDateTime::from);
			return parsed instanceof OffsetDateTime offset ? offset.toInstant()
					: ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	Instant start() {
		for (TrackPoint point : points) {
			if (point.time() != null) {
				return point.time();
			}
		}
		return null;
	}

	Instant end() {
		for (int i = points.size() - 1; i >= 0; i--) {
			if (points.get(i).time() != null) {
				return points.get(i).time();
			}
		}
		return null;
	}

	/** Elapsed time from the first to the last timed point, pauses included; null without timed points. */
	Integer durationSeconds() {
		Instant start = start();
		if (start == null) {
			return null;
		}
		return (int) Math.round(Duration.between(start, end()).toMillis() / 1000.0);
	}

	/** Haversine distance along the points of each segment; null with fewer than two positions. */
	Double distanceMeters() {
		double total = 0;
		int positions = 0;
		TrackPoint previous = null;
		for (TrackPoint point : points) {
			if (!point.hasPosition()) {
				continue;
			}
			positions++;
			if (previous != null && previous.segment() == point.segment()) {
				total += haversine(previous, point);
			}
			previous = point;
		}
		return positions < 2 ? null : total;
	}

	/** The largest distance the device recorded at a point, or null. */
	Double recordedDistanceMeters() {
		double max = Double.NaN;
		for (TrackPoint point : points) {
			if (!Double.isNaN(point.distanceMeters()) && !(point.distanceMeters() <= max)) {
				max = point.distanceMeters();
			}
		}
		return Double.isNaN(max) ? null : max;
	}

	/**
	 * Total climb, counting a rise only once it exceeds the hysteresis above the last accepted elevation, and moving
	 * that reference down after a drop of more than the hysteresis. Null with fewer than two elevations.
	 */
	Double elevationGainMeters() {
		double gain = 0;
		double reference = Double.NaN;
		int elevations = 0;
		for (TrackPoint point : points) {
			double elevation = point.elevationMeters();
			if (Double.isNaN(elevation)) {
				continue;
			}
			elevations++;
			if (Double.isNaN(reference)) {
				reference = elevation;
			}
			else if (elevation > reference + CLIMB_HYSTERESIS_METERS) {
				gain += elevation - reference;
				reference = elevation;
			}
			else if (elevation < reference - CLIMB_HYSTERESIS_METERS) {
				reference = elevation;
			}
		}
		return elevations < 2 ? null : gain;
	}

	/** Heart rate at the timed points that have one, in seconds from the start; null when there is none. */
	HeartRateTrace heartRate() {
		Instant start = start();
		if (start == null) {
			return null;
		}
		int count = 0;
		for (TrackPoint point : points) {
			if (point.time() != null && point.hasHeartRate()) {
				count++;
			}
		}
		if (count == 0) {
			return null;
		}
		int[] elapsed = new int[count];
		short[] bpm = new short[count];
		int i = 0;
		for (TrackPoint point : points) {
			if (point.time() != null && point.hasHeartRate()) {
				elapsed[i] = (int) Math.round(Duration.between(start, point.time()).toMillis() / 1000.0);
				bpm[i] = (short) point.heartRate();
				i++;
			}
		}
		return new HeartRateTrace(elapsed, bpm);
	}

	/**
	 * Time-weighted average, each sample held until the next one as {@link HeartRateTrace} defines it, so that a
	 * device recording more often when the heart rate changes does not skew the average. Null without samples.
	 */
	static Integer averageHeartRate(HeartRateTrace trace) {
		if (trace == null || trace.size() == 0) {
			return null;
		}
		int[] elapsed = trace.elapsedSeconds();
		short[] bpm = trace.bpm();
		long span = elapsed[elapsed.length - 1] - elapsed[0];
		if (span <= 0) {
			double sum = 0;
			for (short b : bpm) {
				sum += b;
			}
			return (int) Math.round(sum / bpm.length);
		}
		double weighted = 0;
		for (int i = 0; i < bpm.length - 1; i++) {
			weighted += (double) bpm[i] * (elapsed[i + 1] - elapsed[i]);
		}
		return (int) Math.round(weighted / span);
	}

	private static double haversine(TrackPoint a, TrackPoint b) {
		double lat1 = Math.toRadians(a.latitude());
		double lat2 = Math.toRadians(b.latitude());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(b.longitude() - a.longitude());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
