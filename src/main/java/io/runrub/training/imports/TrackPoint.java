package io.runrub.training.imports;

import java.time.Instant;

/**
 * One recorded point. Unknown numbers are {@code NaN} (and heart rate 0) rather than null, because a long activity has
 * tens of thousands of points.
 *
 * @param segment points in different segments are not joined: the gap between them is a pause or lost signal
 * @param time null when the point was recorded without one
 * @param distanceMeters distance from the start as the device measured it (TCX), or NaN
 */
record TrackPoint(int segment, Instant time, double latitude, double longitude, double elevationMeters,
		double distanceMeters, int heartRate) {

	boolean hasPosition() {
		return !Double.isNaN(latitude) && !Double.isNaN(longitude);
	}

	boolean hasHeartRate() {
		return heartRate > 0;
	}

}
