package io.runrub.clinic;

/** A treatment room's id. */
public record RoomId(long value) {

	public static RoomId of(long value) {
		return new RoomId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
