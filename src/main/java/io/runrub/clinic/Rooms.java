package io.runrub.clinic;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The clinic's rooms: a handful, read whole into the cached catalogue, changed only by the admin. */
@Repository
class Rooms {

	private final JdbcClient jdbc;

	Rooms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every room, by name. */
	List<Room> all() {
		return jdbc.sql("select id, name, active from room order by name, id")
			.query((rs, row) -> new Room(RoomId.of(rs.getLong("id")), rs.getString("name"), rs.getBoolean("active")))
			.list();
	}

	/** Saves a new room or a changed one; false when there is no such room to change. */
	Room save(Room room) {
		if (room.id() == null) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("insert into room (name, active) values (:name, :active)")
				.param("name", room.name())
				.param("active", room.active())
				.update(key, "id");
			return room.withId(RoomId.of(key.getKeyAs(Long.class)));
		}
		int updated = jdbc.sql("update room set name = :name, active = :active where id = :id")
			.param("id", room.id().value())
			.param("name", room.name())
			.param("active", room.active())
			.update();
		return updated == 0 ? null : room;
	}

}
