package io.runrub.training.sessions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TrainingSessions extends ListCrudRepository<TrainingSession, Long> {

	/** The runner's sessions from..to by day and time, mapped by hand ({@link TrainingSessionRows} says why). */
	@Query(value = "select " + TrainingSessionRows.COLUMNS + """

			from training_session where runner_id = :runnerId and session_date between :from and :to
			order by session_date, start_time""", rowMapperClass = TrainingSessionRows.class)
	List<TrainingSession> findByRunnerIdAndSessionDateBetweenOrderBySessionDateAscStartTimeAsc(long runnerId,
			LocalDate from, LocalDate to);

	/** Whether the runner has a training session or a race on any date: one statement for the empty page's check. */
	@org.springframework.data.jdbc.repository.query.Query("""
			select case when exists (select 1 from training_session where runner_id = :runnerId)
			  or exists (select 1 from race where runner_id = :runnerId) then true else false end""")
	boolean hasSessionsOrRaces(long runnerId);

	Optional<TrainingSession> findByIdAndRunnerId(long id, long runnerId);

	@Query("select source_key from training_session where runner_id = :runnerId and source_key in (:keys)")
	List<String> existingSourceKeys(long runnerId, Collection<String> keys);

	Optional<TrainingSession> findByRunnerIdAndSourceKey(long runnerId, String sourceKey);

	List<TrainingSession> findByRunnerIdAndSourceOrderBySessionDate(long runnerId, String source);

	long countByRunnerId(long runnerId);

}
