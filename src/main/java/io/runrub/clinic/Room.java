package io.runrub.clinic;

import io.runrub.shared.DomainException;

/**
 * A treatment room. A service that needs a room is booked with a therapist and a free room at once; an inactive room
 * is no longer booked, and keeps the appointments it has.
 * @param id null until saved
 */
public record Room(RoomId id, String name, boolean active) {

	public static final int MAX_NAME = 100;

	public Room {
		if (name == null || name.isBlank()) {
			throw DomainException.refused("room-name-missing");
		}
		name = name.strip();
		if (name.length() > MAX_NAME) {
			throw DomainException.refused("room-name-too-long", MAX_NAME);
		}
	}

	Room withId(RoomId newId) {
		return new Room(newId, name, active);
	}

}
