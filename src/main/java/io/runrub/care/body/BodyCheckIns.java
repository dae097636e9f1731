package io.runrub.care.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Body check-ins, kept as written: a later one for the same day is a new check-in, never an overwrite. */
interface BodyCheckIns extends ListCrudRepository<BodyCheckIn, Long> {

	/** The runner's check-ins from..to, oldest first (several on one day in the order they were made). */
	List<BodyCheckIn> findByRunnerIdAndCheckInDateBetweenOrderByCheckInDateAscCreatedAtAscIdAsc(long runnerId,
			LocalDate from, LocalDate to);

	Optional<BodyCheckIn> findFirstByRunnerIdOrderByCheckInDateDesc(long runnerId);

}
