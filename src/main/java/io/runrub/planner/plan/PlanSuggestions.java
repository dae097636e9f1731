package io.runrub.planner.plan;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The stored planned massages, each a whole aggregate with its children. */
interface PlanSuggestions extends ListCrudRepository<PlanSuggestion, Long> {

	Optional<PlanSuggestion> findByRunnerIdAndId(long runnerId, long id);

}
