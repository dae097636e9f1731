package io.runrub.care.homework;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The exercise library, seeded by the migrations. */
interface Exercises extends ListCrudRepository<Exercise, Long> {

	Optional<Exercise> findByCode(String code);

}
