package io.runrub.training.sessions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Races extends ListCrudRepository<Race, Long> {

	/**
	 * Written out rather than derived: Spring Data JDBC renders a derived query's SQL again on every call, two thirds
	 * of this read's CPU on the training pages under load (JFR).
	 */
	@Query("""
			select id, runner_id, race_date, name, distance_meters, priority, source, source_key from race
			where runner_id = :runnerId and race_date between :from and :to order by race_date""")
	List<Race> findByRunnerIdAndRaceDateBetweenOrderByRaceDate(long runnerId, LocalDate from, LocalDate to);

	List<Race> findByRunnerIdOrderByRaceDate(long runnerId);

	Optional<Race> findByIdAndRunnerId(long id, long runnerId);

	@Query("select source_key from race where runner_id = :runnerId and source_key in (:keys)")
	List<String> existingSourceKeys(long runnerId, Collection<String> keys);

}
