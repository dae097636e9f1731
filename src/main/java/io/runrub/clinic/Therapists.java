package io.runrub.clinic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The therapist aggregate: a therapist with their modalities and weekly hours (Spring Data JDBC). */
interface Therapists extends ListCrudRepository<Therapist, Long> {

	Optional<Therapist> findByAccountId(long accountId);

	List<Therapist> findByActiveTrueOrderByName();

	List<Therapist> findAllByOrderByName();

}
