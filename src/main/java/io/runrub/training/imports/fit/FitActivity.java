package io.runrub.training.imports.fit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What RunRub takes from a FIT file. The summary methods prefer what the device summarised itself (the
 * sessions) and fall back on the records.
 *
 * @param fileId the file_id message, null when the file has none
 * @param sport the FIT profile sport code of the first session, else of the sport message; null if neither says
 * @param subSport the FIT profile sub-sport code found alongside {@code sport}
 * @param workout the planned workout the file carries, null when it carries none
 */
public record FitActivity(
		FitFileId fileId,
		Integer sport,
		Integer subSport,
		List<FitSession> sessions,
		List<FitLap> laps,
		FitRecords records,
		List<FitEvent> events,
		FitWorkout workout) {

	/** Climbs smaller than this are taken for noise in the altitude readings. */
	static final double CLIMB_HYSTERESIS_METERS = 3.0;

	public FitActivity {
		sessions = List.copyOf(sessions);
		laps = List.copyOf(laps);
		events = List.copyOf(events);
	}

	/** When the activity started, or null when the file does not tell. */
	public Instant startTime() {
		for (FitSession session : sessions) {
			if (session.startTime() != null) {
				return session.startTime();
			}
		}
		for (int i = 0; i < records.size(); i++) {
			if (records.time(i) != null) {
				return records.time(i);
			}
		}
		return fileId == null ? null : fileId.timeCreated();
	}

	/** The time the timer ran, pauses excluded; else the span of the records; null when the file does not tell. */
	public Duration duration() {
		Duration total = null;
		for (FitSession session : sessions) {
			Duration time = session.timerTime() != null ? session.timerTime() : session.elapsedTime();
			if (time != null) {
				total = total == null ? time : total.plus(time);
			}
		}
		if (total != null) {
			return total;
		}
		Instant first = null;
		Instant last = null;
		for (int i = 0; i < records.size(); i++) {
			Instant time = records.time(i);
			if (time != null) {
				first = first == null ? time : first;
				last = time;
			}
		}
		return first == null ? null : Duration.between(first, last);
	}

	/** The distance covered in metres, or null when the file does not tell. */
	public Double distanceMeters() {
		Double total = null;
		for (FitSession session : sessions) {
			if (session.distanceMeters() != null) {
				total = total == null ? session.distanceMeters() : total + session.distanceMeters();
			}
		}
		if (total != null) {
			return total;
		}
		for (int i = records.size() - 1; i >= 0; i--) {
			if (!Double.isNaN(records.distance(i))) {
				return records.distance(i);
			}
		}
		return null;
	}

	/**
	 * The metres climbed: the device's own total ascent, else summed from the altitude readings ignoring climbs
	 * under {@value #CLIMB_HYSTERESIS_METERS} m; null when the file has neither.
	 */
	public Double elevationGainMeters() {
		Double total = null;
		for (FitSession session : sessions) {
			if (session.ascentMeters() != null) {
				total = (total == null ? 0 : total) + session.ascentMeters();
			}
		}
		return total != null ? total : climbFromAltitudes();
	}

	/** Average heart rate in beats per minute, or null when the file has none. */
	public Integer averageHeartRate() {
		if (sessions.size() == 1 && sessions.get(0).averageHeartRate() != null) {
			return sessions.get(0).averageHeartRate();
		}
		double sum = 0;
		int count = 0;
		for (int i = 0; i < records.size(); i++) {
			double heartRate = records.heartRate(i);
			if (!Double.isNaN(heartRate)) {
				sum += heartRate;
				count++;
			}
		}
		return count == 0 ? null : (int) Math.round(sum / count);
	}

	/** The recorded heart rates with their times, for training load. */
	public FitHeartRateSeries heartRateSeries() {
		return FitHeartRateSeries.of(records);
	}

	private Double climbFromAltitudes() {
		double gain = 0;
		double reference = Double.NaN;
		boolean climbing = false;
		for (int i = 0; i < records.size(); i++) {
			double altitude = records.altitude(i);
			if (Double.isNaN(altitude)) {
				continue;
			}
			if (Double.isNaN(reference)) {
				reference = altitude;
			} else if (climbing ? altitude > reference : altitude > reference + CLIMB_HYSTERESIS_METERS) {
				gain += altitude - reference;
				reference = altitude;
				climbing = true;
			} else if (climbing ? altitude < reference - CLIMB_HYSTERESIS_METERS : altitude < reference) {
				reference = altitude;
				climbing = false;
			}
		}
		return Double.isNaN(reference) ? null : gain;
	}
}
