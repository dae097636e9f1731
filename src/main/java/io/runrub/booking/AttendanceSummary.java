package io.runrub.booking;

/**
 * A runner's attendance over all their appointments, as the brief shows it ("attended 5 of 6, 1 no-show").
 * @param attended appointments recorded as attended
 * @param noShows appointments recorded as missed
 * @param lateCancellations appointments the runner cancelled inside the clinic's cutoff
 */
public record AttendanceSummary(int attended, int noShows, int lateCancellations) {

	/** Appointments whose attendance was recorded either way. */
	public int recorded() {
		return attended + noShows;
	}

}
