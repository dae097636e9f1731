package io.runrub.care.homework;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The exercise library, seeded by the migration. Read-only in the application. */
@Component
@Transactional(readOnly = true)
public class ExerciseLibrary {

	private final Exercises exercises;

	ExerciseLibrary(Exercises exercises) {
		this.exercises = exercises;
	}

	/** Every exercise, warm-ups first, then cool-downs, foam rolling and mobility, each by name. */
	public List<Exercise> all() {
		return exercises.findAll()
			.stream()
			.sorted(Comparator.comparing(Exercise::kind).thenComparing(Exercise::name))
			.toList();
	}

	public Exercise exercise(long id) {
		return find(id).orElseThrow(() -> DomainException.notFound("exercise-not-found", id));
	}

	public Optional<Exercise> find(long id) {
		return exercises.findById(id);
	}

	public Optional<Exercise> byCode(String code) {
		return exercises.findByCode(code);
	}

	Map<Long, Exercise> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return exercises.findAllById(ids).stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
	}

}
