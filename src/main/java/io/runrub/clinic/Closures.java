package io.runrub.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The clinic's closed days: read whole into the cached catalogue, changed only by the admin. */
@Repository
class Closures {

	private final JdbcClient jdbc;

	Closures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Closure save(Closure closure) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into clinic_closure (closed_on, reason) values (:day, :reason)")
			.param("day", closure.date())
			.param("reason", closure.reason())
			.update(key, "id");
		return closure.withId(key.getKeyAs(Long.class));
	}

	boolean delete(long id) {
		return jdbc.sql("delete from clinic_closure where id = :id").param("id", id).update() > 0;
	}

	Optional<Closure> on(LocalDate day) {
		return jdbc.sql("select id, closed_on, reason from clinic_closure where closed_on = :day")
			.param("day", day)
			.query(Closures::closure)
			.optional();
	}

	/** Every closure, by date: a few a year, so the catalogue keeps them all. */
	List<Closure> all() {
		return jdbc.sql("select id, closed_on, reason from clinic_closure order by closed_on")
			.query(Closures::closure)
			.list();
	}

	/** Closures on from..to, inclusive, by date. */
	List<Closure> between(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id, closed_on, reason from clinic_closure
				where closed_on >= :from and closed_on <= :to order by closed_on""")
			.param("from", from)
			.param("to", to)
			.query(Closures::closure)
			.list();
	}

	private static Closure closure(ResultSet rs, int row) throws SQLException {
		return new Closure(rs.getLong("id"), rs.getObject("closed_on", LocalDate.class), rs.getString("reason"));
	}

}
