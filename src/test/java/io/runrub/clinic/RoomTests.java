package io.runrub.clinic;

import io.runrub.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoomTests {

	@Test
	void aRoomIsNamedWithin100Characters() {
		assertThat(new Room(null, "  Treatment room 1 ", true).name()).isEqualTo("Treatment room 1");
		assertThatThrownBy(() -> new Room(null, " ", true)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("room-name-missing"));
		assertThatThrownBy(() -> new Room(null, "x".repeat(101), true)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("room-name-too-long"));
	}

}
