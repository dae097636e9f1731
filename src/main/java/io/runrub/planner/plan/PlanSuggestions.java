package io.runrub.planner.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The stored planned massages, each a whole aggregate with its children. */
interface PlanSuggestions extends ListCrudRepository<PlanSuggestion, Long> {

	List<PlanSuggestion> findByRunnerIdOrderBySuggestionDateAscIdAsc(long runnerId);

	Optional<PlanSuggestion> findByRunnerIdAndId(long runnerId, long id);

}
