package io.runrub.care.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.runrub.care.notes.TreatmentNotes;
import io.runrub.shared.BodyArea;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Body check-ins, kept as written. */
@Repository
public class BodyCheckIns {

	private final JdbcClient jdbc;

	BodyCheckIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public BodyCheckIn insert(BodyCheckIn checkIn) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into body_check_in (runner_id, check_in_date, created_at) values (:runner, :date, :created)")
			.param("runner", checkIn.runnerId())
			.param("date", checkIn.date())
			.param("created", TreatmentNotes.utc(checkIn.createdAt()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		checkIn.scores()
			.forEach((area, score) -> jdbc
				.sql("insert into body_check_in_area (check_in_id, area, score) values (:id, :area, :score)")
				.param("id", id)
				.param("area", area.name())
				.param("score", score)
				.update());
		return new BodyCheckIn(id, checkIn.runnerId(), checkIn.date(), checkIn.scores(), checkIn.createdAt());
	}

	/** The runner's check-ins from..to, oldest first (several on one day in the order they were made). */
	public List<BodyCheckIn> find(long runnerId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select c.id, c.check_in_date, c.created_at, a.area, a.score
				from body_check_in c join body_check_in_area a on a.check_in_id = c.id
				where c.runner_id = :runner and c.check_in_date between :from and :to
				order by c.check_in_date, c.created_at, c.id""")
			.param("runner", runnerId)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				Map<Long, BodyCheckIn> checkIns = new LinkedHashMap<>();
				Map<Long, Map<BodyArea, Integer>> scores = new LinkedHashMap<>();
				while (rs.next()) {
					long id = rs.getLong("id");
					if (!checkIns.containsKey(id)) {
						checkIns.put(id, new BodyCheckIn(id, runnerId, rs.getObject("check_in_date", LocalDate.class),
								Map.of(BodyArea.OTHER, 0), TreatmentNotes.instant(rs, "created_at")));
						scores.put(id, new EnumMap<>(BodyArea.class));
					}
					scores.get(id).put(BodyArea.valueOf(rs.getString("area")), rs.getInt("score"));
				}
				List<BodyCheckIn> list = new ArrayList<>();
				checkIns.forEach((id, checkIn) -> list.add(
						new BodyCheckIn(id, runnerId, checkIn.date(), scores.get(id), checkIn.createdAt())));
				return list;
			});
	}

	public Optional<LocalDate> latestDate(long runnerId) {
		return jdbc.sql("""
				select check_in_date from body_check_in where runner_id = :runner
				order by check_in_date desc fetch first 1 rows only""")
			.param("runner", runnerId)
			.query(LocalDate.class)
			.optional();
	}

}
