package io.runrub.booking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.runrub.shared.TimeWindow;

/**
 * The booked blocks of the rooms a booking may take, to tell which are free for a block. A room's booked blocks never
 * overlap one another, so sorted by start one binary search finds the only one that could overlap: asking costs the
 * logarithm of a room's bookings, so a month of slots is checked in one pass.
 */
final class RoomsFree {

	/** No room is needed: every block has one. */
	static final RoomsFree NOT_NEEDED = new RoomsFree(null, Map.of());

	/** Room ids in the order they are tried; null when no room is needed. */
	private final List<Long> rooms;

	private final Map<Long, List<TimeWindow>> booked;

	private RoomsFree(List<Long> rooms, Map<Long, List<TimeWindow>> booked) {
		this.rooms = rooms;
		this.booked = booked;
	}

	/** These rooms (none: nothing can be booked) with their booked blocks. */
	static RoomsFree of(List<Long> rooms, Map<Long, List<TimeWindow>> booked) {
		Map<Long, List<TimeWindow>> sorted = new java.util.HashMap<>();
		booked.forEach((room, blocks) -> {
			List<TimeWindow> copy = new ArrayList<>(blocks);
			copy.sort(Comparator.comparing(TimeWindow::start));
			sorted.put(room, copy);
		});
		return new RoomsFree(List.copyOf(rooms), sorted);
	}

	boolean needed() {
		return rooms != null;
	}

	/** Whether some room is free for the whole block (always, when none is needed). */
	boolean anyFree(TimeWindow block) {
		if (rooms == null) {
			return true;
		}
		for (Long room : rooms) {
			if (isFree(room, block)) {
				return true;
			}
		}
		return false;
	}

	/** The rooms free for the whole block, in order of id (none when no room is needed). */
	List<Long> freeFor(TimeWindow block) {
		if (rooms == null) {
			return List.of();
		}
		return rooms.stream().filter(room -> isFree(room, block)).sorted().toList();
	}

	private boolean isFree(Long room, TimeWindow block) {
		List<TimeWindow> blocks = booked.getOrDefault(room, List.of());
		// the last booked block starting before this block ends is the only one that can overlap it
		int low = 0;
		int high = blocks.size() - 1;
		int last = -1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (blocks.get(middle).start().isBefore(block.end())) {
				last = middle;
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return last < 0 || !blocks.get(last).end().isAfter(block.start());
	}

}
