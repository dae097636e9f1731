package io.runrub.booking;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.runrub.shared.TimeWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rooms are free for a block: touching blocks do not overlap, any overlap takes the room. */
class RoomsFreeTests {

	static TimeWindow at(String from, String to) {
		return new TimeWindow(Instant.parse("2026-03-31T" + from + ":00Z"), Instant.parse("2026-03-31T" + to + ":00Z"));
	}

	final RoomsFree rooms = RoomsFree.of(List.of(2L, 1L),
			Map.of(1L, List.of(at("14:00", "15:15"), at("09:00", "10:15")), 2L, List.of(at("10:00", "11:15"))));

	@Test
	void aBlockTouchingABookedOneIsFree() {
		assertThat(rooms.freeFor(at("10:15", "11:30"))).containsExactly(1L);
		assertThat(rooms.freeFor(at("11:15", "12:30"))).containsExactly(1L, 2L);
		assertThat(rooms.freeFor(at("12:45", "14:00"))).containsExactly(1L, 2L);
	}

	@Test
	void anyOverlapTakesTheRoom() {
		assertThat(rooms.freeFor(at("10:14", "10:16"))).isEmpty();
		assertThat(rooms.anyFree(at("10:14", "10:16"))).isFalse();
		assertThat(rooms.freeFor(at("13:00", "16:00"))).containsExactly(2L);
		assertThat(rooms.freeFor(at("08:00", "09:01"))).containsExactly(2L);
	}

	@Test
	void withNoRoomsNothingIsFreeAndWhenNoneIsNeededEverythingIs() {
		assertThat(RoomsFree.of(List.of(), Map.of()).anyFree(at("10:00", "11:00"))).isFalse();
		assertThat(RoomsFree.NOT_NEEDED.anyFree(at("10:00", "11:00"))).isTrue();
		assertThat(RoomsFree.NOT_NEEDED.freeFor(at("10:00", "11:00"))).isEmpty();
		assertThat(RoomsFree.NOT_NEEDED.needed()).isFalse();
	}

}
