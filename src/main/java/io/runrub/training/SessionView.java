package io.runrub.training;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session as other modules and the API see it, with the verdict on whether it was hard and why.
 * @param plannedId for a completed session shown together with the session planned for it, that planned session
 */
public record SessionView(long id, LocalDate date, LocalTime startTime, SessionType type, SessionStatus status,
		String title, Integer durationMinutes, Double distanceMeters, Double elevationGainMeters, Integer avgHeartRate,
		Integer rpe, String notes, double load, LoadMethod loadMethod, boolean hard, HardSignal hardSignal,
		String hardReason, Boolean hardOverride, String source, Long plannedId, String plannedTitle) {

	public boolean isCompleted() {
		return status == SessionStatus.COMPLETED;
	}

}
