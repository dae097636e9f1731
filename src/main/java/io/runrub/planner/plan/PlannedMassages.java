package io.runrub.planner.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.planner.rules.Warning;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored plans. Each planned massage is a Spring Data JDBC aggregate ({@link PlanSuggestion}, with its focus
 * areas, reasons and alternative days in child tables). The plan's header row ({@code runner_plan}: horizon, when it
 * was made, the warnings) stays hand-written SQL for two reasons: {@link #lockPlan} needs {@code select … for update}
 * on it, and its warnings are only ever read and written whole with the plan, so they are kept as one JSON document.
 * Prices are stored as minor units and read back as money in the clinic's currency.
 */
@Repository
class PlannedMassages {

	private final JdbcClient jdbc;

	private final PlanSuggestions suggestions;

	private final ClinicCatalog catalog;

	private final JsonMapper json = JsonMapper.builder().build();

	PlannedMassages(JdbcClient jdbc, PlanSuggestions suggestions, ClinicCatalog catalog) {
		this.jdbc = jdbc;
		this.suggestions = suggestions;
		this.catalog = catalog;
	}

	/** Locks the runner's plan until the transaction ends, so that two bookings of one plan cannot interleave. */
	void lockPlan(RunnerId runnerId) {
		jdbc.sql("select runner_id from runner_plan where runner_id = :runner for update")
			.param("runner", runnerId.value())
			.query(Long.class)
			.list();
	}

	/**
	 * Whether the runner has a plan or any planned massage, in one query: without either, a booking, move or
	 * cancellation has nothing to link and {@link PlanGeneration#reconcile(RunnerId)} nothing to do (most runners
	 * book without a plan, and reading their empty list through Spring Data JDBC's derived query was most of the
	 * planner's work after each booking).
	 */
	boolean anyFor(RunnerId runnerId) {
		return jdbc.sql("""
				select case when exists (select 1 from runner_plan where runner_id = :runner)
				  or exists (select 1 from plan_suggestion where runner_id = :runner) then 1 else 0 end""")
			.param("runner", runnerId.value())
			.query(Integer.class)
			.single() == 1;
	}

	List<PlannedMassage> findByRunner(RunnerId runnerId) {
		Currency currency = currency();
		return suggestions.findByRunnerIdOrderBySuggestionDateAscIdAsc(runnerId.value())
			.stream()
			.map(stored -> stored.massage(currency))
			.toList();
	}

	Optional<PlannedMassage> find(RunnerId runnerId, long id) {
		return suggestions.findByRunnerIdAndId(runnerId.value(), id).map(stored -> stored.massage(currency()));
	}

	/** Saves a new massage (made {@code now}) or the new state of a stored one. */
	PlannedMassage save(PlannedMassage massage, Instant now) {
		Instant created = massage.id() == null ? now
				: suggestions.findById(massage.id()).map(PlanSuggestion::createdAt).orElse(now);
		return suggestions.save(PlanSuggestion.of(massage, created)).massage(massage.price().currency());
	}

	private Currency currency() {
		return catalog.clinic().currency();
	}

	void delete(PlannedMassage massage) {
		suggestions.deleteById(massage.id());
	}

	void saveWarnings(RunnerId runnerId, LocalDate from, LocalDate to, List<Warning> warnings, Instant now) {
		String text = json.writeValueAsString(warnings);
		int updated = jdbc.sql("""
				update runner_plan set plan_from = :from, plan_to = :to, warnings = :warnings, generated_at = :at
				where runner_id = :runner""")
			.param("runner", runnerId.value())
			.param("from", from)
			.param("to", to)
			.param("warnings", text)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into runner_plan (runner_id, plan_from, plan_to, warnings, generated_at)
					values (:runner, :from, :to, :warnings, :at)""")
				.param("runner", runnerId.value())
				.param("from", from)
				.param("to", to)
				.param("warnings", text)
				.param("at", now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	record StoredPlan(LocalDate from, LocalDate to, List<Warning> warnings, Instant generatedAt) {
	}

	Optional<StoredPlan> plan(RunnerId runnerId) {
		return jdbc.sql("select plan_from, plan_to, warnings, generated_at from runner_plan where runner_id = :runner")
			.param("runner", runnerId.value())
			.query((rs, row) -> new StoredPlan(rs.getObject("plan_from", LocalDate.class),
					rs.getObject("plan_to", LocalDate.class),
					json.readValue(rs.getString("warnings"), new TypeReference<List<Warning>>() {
					}), rs.getObject("generated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

}
