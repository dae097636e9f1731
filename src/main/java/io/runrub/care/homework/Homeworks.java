package io.runrub.care.homework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Homework with its check-ins (Spring Data JDBC: a check-in is a row of its homework). */
interface Homeworks extends ListCrudRepository<Homework, Long> {

	/** The runner's homework, newest first. */
	List<Homework> findByRunnerIdOrderByStartsOnDescIdDesc(long runnerId);

	List<Homework> findByNoteIdOrderById(long noteId);

}
