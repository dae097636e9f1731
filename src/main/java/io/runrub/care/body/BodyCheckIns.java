package io.runrub.care.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Body check-ins, kept as written: a later one for the same day is a new check-in, never an overwrite. */
interface BodyCheckIns extends ListCrudRepository<BodyCheckIn, Long> {

	/**
	 * The runner's check-ins from..to, oldest first (several on one day in the order they were made). Written out rather than derived: Spring Data JDBC renders a derived query's SQL again on every call, most of this
	 * read's CPU on the pages under load (JFR).
	 */
	@Query("""
			select * from body_check_in where runner_id = :runnerId and check_in_date between :from and :to
			order by check_in_date, created_at, id""")
	List<BodyCheckIn> findByRunnerIdAndCheckInDateBetweenOrderByCheckInDateAscCreatedAtAscIdAsc(long runnerId,
			LocalDate from, LocalDate to);

	Optional<BodyCheckIn> findFirstByRunnerIdOrderByCheckInDateDesc(long runnerId);

}
