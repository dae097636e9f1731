package io.runrub.shared;

/** Massage pressure, from light to deep. A runner's tolerance caps it. */
public enum Pressure {

	LIGHT, MEDIUM, FIRM, DEEP;

	public Pressure atMost(Pressure cap) {
		return compareTo(cap) <= 0 ? this : cap;
	}

	public boolean isBelow(Pressure other) {
		return compareTo(other) < 0;
	}

}
