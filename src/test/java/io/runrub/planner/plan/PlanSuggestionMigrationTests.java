package io.runrub.planner.plan;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** V40–V42 move a stored planned massage's joined columns into child rows, keeping every value and its order. */
class PlanSuggestionMigrationTests {

	@Test
	void existingSuggestionsKeepTheirAreasReasonsAndAlternatives() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:plan-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		migrate(database, "30"); // before V40; V30 is the last migration before this slice's that every branch has
		JdbcClient jdbc = JdbcClient.create(database);
		jdbc.sql("set referential_integrity false").update(); // a suggestion row alone, without its runner and service
		jdbc.sql("""
				insert into plan_suggestion (id, runner_id, suggestion_date, kind, modality, pressure, duration_minutes,
				  service_id, price_cents, focus_areas, therapist_id, reasons, alternatives, created_at)
				values (7, 1, date '2026-03-27', 'REGULAR', 'DEEP_TISSUE', 'FIRM', 60, 2, 7000, 'CALVES,IT_BAND', 3,
				  '[{"rule":"TIME-AFTER-HARD","text":"The day after your tempo run.","evidence":"WEAK"},{"rule":"FREQ-BUDGET","text":"£70 of your £200 budget.","evidence":"NOT_GRADED"}]',
				  '2026-03-26,2026-03-24', timestamp with time zone '2026-03-01 10:00:00+00')""").update();
		jdbc.sql("set referential_integrity true").update();

		migrate(database, "latest");

		assertThat(jdbc.sql("select area from plan_suggestion_area where plan_suggestion = 7 order by plan_suggestion_key")
			.query(String.class)
			.list()).containsExactly("CALVES", "IT_BAND");
		assertThat(jdbc.sql("""
				select rule_id || '|' || sentence || '|' || evidence from plan_suggestion_reason
				where plan_suggestion = 7 order by plan_suggestion_key""").query(String.class).list())
			.containsExactly("TIME-AFTER-HARD|The day after your tempo run.|WEAK",
					"FREQ-BUDGET|£70 of your £200 budget.|NOT_GRADED");
		assertThat(jdbc.sql("""
				select cast(alternative_date as varchar) from plan_suggestion_alternative
				where plan_suggestion = 7 order by plan_suggestion_key""").query(String.class).list())
			.containsExactly("2026-03-26", "2026-03-24");
		assertThat(jdbc.sql("select count(*) from information_schema.columns where lower(table_name) = 'plan_suggestion' "
				+ "and lower(column_name) in ('focus_areas', 'reasons', 'alternatives')").query(Long.class).single())
			.as("the joined columns are gone")
			.isZero();
	}

	private static void migrate(JdbcDataSource database, String target) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.target(target)
			.load()
			.migrate();
	}

}
