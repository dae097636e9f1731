package io.runrub.training.sessions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Races extends ListCrudRepository<Race, Long> {

	List<Race> findByRunnerIdAndRaceDateBetweenOrderByRaceDate(long runnerId, LocalDate from, LocalDate to);

	List<Race> findByRunnerIdOrderByRaceDate(long runnerId);

	Optional<Race> findByIdAndRunnerId(long id, long runnerId);

	@Query("select source_key from race where runner_id = :runnerId and source_key in (:keys)")
	List<String> existingSourceKeys(long runnerId, Collection<String> keys);

}
