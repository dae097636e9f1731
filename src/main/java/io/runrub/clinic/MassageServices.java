package io.runrub.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.runrub.shared.Modality;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The services the clinic sells. By hand rather than Spring Data JDBC: a service's price is kept in minor units
 * ({@code price_cents}) and its currency is the clinic's, so a {@link MassageService} is read together with the
 * clinic's currency; and an entity for the table would have to be named {@code MassageService} too (Spring Data JDBC
 * only derives table names portably between H2 and PostgreSQL).
 */
@Repository
class MassageServices {

	private static final String SELECT = """
			select id, name, modality, duration_minutes, price_cents, buffer_before_minutes, buffer_after_minutes, active,
			  room_required, description
			from massage_service""";

	private final JdbcClient jdbc;

	MassageServices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MassageService> findById(ServiceId id, ClinicInfo clinic) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(mapper(clinic)).optional();
	}

	boolean existsById(ServiceId id) {
		return jdbc.sql("select count(*) from massage_service where id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single() > 0;
	}

	List<MassageService> findActive(ClinicInfo clinic) {
		return jdbc.sql(SELECT + " where active = true order by modality, duration_minutes, id")
			.query(mapper(clinic))
			.list();
	}

	List<MassageService> findAll(ClinicInfo clinic) {
		return jdbc.sql(SELECT + " order by modality, duration_minutes, id").query(mapper(clinic)).list();
	}

	MassageService save(MassageService service) {
		Map<String, Object> params = new java.util.HashMap<>(Map.of("name", service.name(), "modality", service.modality().name(), "minutes",
				service.durationMinutes(), "price", Math.toIntExact(service.price().minorUnits()), "before",
				service.bufferBeforeMinutes(), "after", service.bufferAfterMinutes(), "active", service.active(),
				"room", service.roomRequired()));
		params.put("description", service.description());
		if (service.id() == null) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into massage_service (name, modality, duration_minutes, price_cents, buffer_before_minutes,
					  buffer_after_minutes, active, room_required, description)
					values (:name, :modality, :minutes, :price, :before, :after, :active, :room, :description)""")
				.params(params)
				.update(key, "id");
			return service.withId(ServiceId.of(key.getKeyAs(Long.class)));
		}
		jdbc.sql("""
				update massage_service set name = :name, modality = :modality, duration_minutes = :minutes,
				  price_cents = :price, buffer_before_minutes = :before, buffer_after_minutes = :after, active = :active,
				  room_required = :room, description = :description
				where id = :id""").params(params).param("id", service.id().value()).update();
		return service;
	}

	private static RowMapper<MassageService> mapper(ClinicInfo clinic) {
		Function<Long, io.runrub.shared.Money> money = clinic::money;
		return (ResultSet rs, int row) -> read(rs, money);
	}

	private static MassageService read(ResultSet rs, Function<Long, io.runrub.shared.Money> money)
			throws SQLException {
		return new MassageService(ServiceId.of(rs.getLong("id")), rs.getString("name"),
				Modality.valueOf(rs.getString("modality")), rs.getInt("duration_minutes"),
				money.apply(rs.getLong("price_cents")), rs.getInt("buffer_before_minutes"),
				rs.getInt("buffer_after_minutes"), rs.getBoolean("active"),
				rs.getBoolean("room_required"), rs.getString("description"));
	}

}
