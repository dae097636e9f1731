package io.runrub.training;

/** What kind of training a session is. */
public enum SessionType {

	EASY, LONG, TEMPO, INTERVALS, HILLS, RACE, REST, CROSS;

	/** Quality sessions: hard by their type alone. */
	public boolean isQuality() {
		return this == TEMPO || this == INTERVALS || this == HILLS;
	}

	public boolean isRun() {
		return this != REST && this != CROSS;
	}

}
