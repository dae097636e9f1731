package io.runrub.care.homework;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Homework with its check-ins (Spring Data JDBC: a check-in is a row of its homework). */
interface Homeworks extends ListCrudRepository<Homework, Long> {

	/**
	 * The runner's homework, newest first. Written out rather than derived: Spring Data JDBC renders a derived query's SQL again on every call, most of this
	 * read's CPU on the pages under load (JFR).
	 */
	@Query("select * from homework where runner_id = :runnerId order by starts_on desc, id desc")
	List<Homework> findByRunnerIdOrderByStartsOnDescIdDesc(long runnerId);

	List<Homework> findByNoteIdOrderById(long noteId);

}
