package io.runrub.care.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The exercise library, seeded by the migration. Read-only in the application. */
@Component
@Transactional(readOnly = true)
public class ExerciseLibrary {

	private static final String COLUMNS = "id, code, name, kind, instructions, how_it_should_feel, dosage, minutes, body_areas";

	private final JdbcClient jdbc;

	ExerciseLibrary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every exercise, warm-ups first, then cool-downs, foam rolling and mobility, each by name. */
	public List<Exercise> all() {
		return jdbc.sql("select " + COLUMNS + " from exercise")
			.query(ExerciseLibrary::map)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Exercise::kind).thenComparing(Exercise::name))
			.toList();
	}

	public Exercise exercise(long id) {
		return find(id).orElseThrow(() -> new DomainException.NotFound("There is no exercise " + id + "."));
	}

	public Optional<Exercise> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from exercise where id = :id").param("id", id).query(ExerciseLibrary::map).optional();
	}

	public Optional<Exercise> byCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from exercise where code = :code")
			.param("code", code)
			.query(ExerciseLibrary::map)
			.optional();
	}

	Map<Long, Exercise> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + COLUMNS + " from exercise where id in (:ids)")
			.param("ids", ids)
			.query(ExerciseLibrary::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Exercise::id, Function.identity()));
	}

	private static Exercise map(ResultSet rs, int row) throws SQLException {
		List<BodyArea> areas = Arrays.stream(rs.getString("body_areas").split(","))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.map(BodyArea::valueOf)
			.toList();
		return new Exercise(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				ExerciseKind.valueOf(rs.getString("kind")), rs.getString("instructions"),
				rs.getString("how_it_should_feel"), rs.getString("dosage"), rs.getInt("minutes"), areas);
	}

}
