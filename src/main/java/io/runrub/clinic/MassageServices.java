package io.runrub.clinic;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MassageServices extends ListCrudRepository<MassageService, Long> {

	List<MassageService> findByActiveTrueOrderByModalityAscDurationMinutesAsc();

	List<MassageService> findAllByOrderByModalityAscDurationMinutesAsc();

}
