package io.runrub.planner.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.EvidenceGrade;
import io.runrub.planner.rules.Warning;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
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

	/**
	 * The runner's planned massages by date, in two queries whatever the plan's length: the suggestions, and their
	 * four child lists together (one {@code union all}, each row marked with its list). Spring Data JDBC's derived
	 * query read each suggestion's four child lists one query each (1 + 4N statements, 10% of all page CPU under the
	 * load suite, JFR); one query per child list still made five. The same {@link PlanSuggestion}s, children in their
	 * stored order.
	 */
	List<PlannedMassage> findByRunner(RunnerId runnerId) {
		Currency currency = currency();
		long runner = runnerId.value();
		Children children = children(runner);
		return jdbc.sql("""
				select id, runner_id, suggestion_date, kind, modality, pressure, duration_minutes, service_id,
				       price_cents, therapist_id, appointment_id, flag, proposed_date, proposed_start, status,
				       proposed_therapist_id, created_at
				from plan_suggestion where runner_id = :runner order by suggestion_date, id""")
			.param("runner", runner)
			.query((rs, row) -> {
				long id = rs.getLong("id");
				String status = rs.getString("status");
				return new PlanSuggestion(id, rs.getLong("runner_id"), rs.getObject("suggestion_date", LocalDate.class),
						Suggestion.Kind.valueOf(rs.getString("kind")), Modality.valueOf(rs.getString("modality")),
						Pressure.valueOf(rs.getString("pressure")), rs.getInt("duration_minutes"),
						rs.getLong("service_id"), rs.getInt("price_cents"), rs.getObject("therapist_id", Long.class),
						rs.getObject("appointment_id", Long.class), rs.getString("flag"),
						rs.getObject("proposed_date", LocalDate.class), instant(rs, "proposed_start"),
						status == null ? null : PlannedMassage.Status.valueOf(status),
						rs.getObject("proposed_therapist_id", Long.class), instant(rs, "created_at"),
						children.areas().getOrDefault(id, List.of()), children.reasons().getOrDefault(id, List.of()),
						children.alternatives().getOrDefault(id, List.of()),
						children.adjustments().getOrDefault(id, List.of()));
			})
			.list()
			.stream()
			.map(stored -> stored.massage(currency))
			.toList();
	}

	/** The four child lists of a runner's suggestions, by suggestion id. */
	private record Children(Map<Long, List<PlanSuggestion.PlanSuggestionArea>> areas,
			Map<Long, List<PlanSuggestion.PlanSuggestionReason>> reasons,
			Map<Long, List<PlanSuggestion.PlanSuggestionAlternative>> alternatives,
			Map<Long, List<PlanSuggestion.PlanSuggestionAdjustment>> adjustments) {
	}

	// which child table a row of children(runner)'s query comes from
	private static final int AREA = 1;

	private static final int REASON = 2;

	private static final int ALTERNATIVE = 3;

	private static final int ADJUSTMENT = 4;

	/**
	 * The four child tables' rows of the runner's suggestions in one query: plain {@code union all} of the same
	 * columns (absent ones as typed nulls), which H2 and PostgreSQL both run; ordered by suggestion, table and place.
	 */
	private Children children(long runner) {
		String ofRunner = " where plan_suggestion in (select id from plan_suggestion where runner_id = :runner)";
		Children children = new Children(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
		jdbc.sql("""
				select plan_suggestion, %d as child, plan_suggestion_key, area as code,
				       cast(null as varchar(2000)) as sentence, cast(null as varchar(20)) as evidence,
				       cast(null as varchar(100)) as argues_for_modalities,
				       cast(null as varchar(40)) as argues_for_pressures, cast(null as date) as alternative_date
				from plan_suggestion_area%s
				union all
				select plan_suggestion, %d, plan_suggestion_key, rule_id, sentence, evidence, argues_for_modalities,
				       argues_for_pressures, cast(null as date)
				from plan_suggestion_reason%s
				union all
				select plan_suggestion, %d, plan_suggestion_key, cast(null as varchar(40)), cast(null as varchar(2000)),
				       cast(null as varchar(20)), cast(null as varchar(100)), cast(null as varchar(40)), alternative_date
				from plan_suggestion_alternative%s
				union all
				select plan_suggestion, %d, plan_suggestion_key, rule_id, sentence, cast(null as varchar(20)),
				       cast(null as varchar(100)), cast(null as varchar(40)), cast(null as date)
				from plan_suggestion_adjustment%s
				order by plan_suggestion, child, plan_suggestion_key"""
			.formatted(AREA, ofRunner, REASON, ofRunner, ALTERNATIVE, ofRunner, ADJUSTMENT, ofRunner))
			.param("runner", runner)
			.query((ResultSet rs) -> {
				long suggestion = rs.getLong("plan_suggestion");
				switch (rs.getInt("child")) {
					case AREA -> add(children.areas(), suggestion,
							new PlanSuggestion.PlanSuggestionArea(BodyArea.valueOf(rs.getString("code"))));
					case REASON -> add(children.reasons(), suggestion,
							new PlanSuggestion.PlanSuggestionReason(rs.getString("code"), rs.getString("sentence"),
									EvidenceGrade.valueOf(rs.getString("evidence")),
									rs.getString("argues_for_modalities"), rs.getString("argues_for_pressures")));
					case ALTERNATIVE -> add(children.alternatives(), suggestion,
							new PlanSuggestion.PlanSuggestionAlternative(rs.getObject("alternative_date", LocalDate.class)));
					case ADJUSTMENT -> add(children.adjustments(), suggestion,
							new PlanSuggestion.PlanSuggestionAdjustment(rs.getString("code"), rs.getString("sentence")));
					default -> throw new IllegalStateException("not a child list of a suggestion: " + rs.getInt("child"));
				}
			});
		return children;
	}

	private static <T> void add(Map<Long, List<T>> byParent, long parent, T child) {
		byParent.computeIfAbsent(parent, id -> new ArrayList<>()).add(child);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
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
