package io.runrub.training;

import java.time.LocalDate;

import io.runrub.accounts.RunRubUser;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.SqlWork;
import io.runrub.support.TestClinic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A runner with 20,000 sessions (four a day for 5,000 days, 13½ years) gets their calendar page and their load with
 * work bounded by what is shown: the past's load comes summed per day by the database, and whole session rows are
 * read only for the weeks on screen. (The time it takes is measured with curl against a running app: see the README.)
 */
@RunRubIntegrationTest
@Import(SqlWork.class)
class LargeHistoryIntegrationTests {

	static final int SESSIONS = 20_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingCalendar calendar;

	RunRubUser rita;

	LocalDate today;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		rita = clinic.runner("Rita");
		today = calendar.today();
		// one statement: each day a completed 30 and a planned session it fulfilled, twice (60 a day of load)
		int inserted = jdbc.sql("""
				insert into training_session (runner_id, session_date, type, type_guessed, status, title,
				  duration_seconds, load, load_method, source, source_key, created_at)
				select :runner, dateadd(day, -(x / 4), cast(:today as date)), 'EASY', false,
				  case when mod(x, 4) < 2 then 'COMPLETED' else 'PLANNED' end, 'Easy run', 3600, 30, 'RPE', 'ICS',
				  concat('k', x), current_timestamp
				from system_range(0, :last)""")
			.param("runner", rita.accountId())
			.param("today", today)
			.param("last", SESSIONS - 1)
			.update();
		assertThat(inserted).isEqualTo(SESSIONS);
	}

	@Test
	void theCalendarPageReadsWholeSessionsOnlyForTheWeeksItShows() throws Exception {
		mvc.perform(get("/training").with(httpBasic(rita.email(), PASSWORD))).andExpect(status().isOk());
		SqlWork.Tally page = SqlWork.count(() -> mvc.perform(get("/training").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-type=\"EASY\"")))
			.andExpect(content().string(containsString("load 60")))
			.andExpect(content().string(not(containsString("id=\"load-learning\"")))));
		// the month grid (at most 6 weeks) and the 42 days of context its hard verdicts need, 4 sessions a day:
		// (42 + 42) × 4 = 336; the chart's 12 weeks come summed per day, not as sessions
		assertThat(page.sessionRows()).as(page.toString()).isLessThanOrEqualTo(336);
		assertThat(page.statements()).as(page.toString()).isLessThan(30);
	}

	@Test
	void theLoadOfADayIsTheSameInAnyRangeAndComesFromTheWholeHistory() throws Exception {
		// 60 a day for 5,000 days: seeded at 60 (the first 6 weeks' average), fitness and fatigue stay at 60
		SqlWork.Tally load = SqlWork.count(() -> mvc
			.perform(get("/api/v1/me/load").param("from", today.minusDays(3).toString())
				.param("to", today.toString())
				.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.days.length()").value(4))
			.andExpect(jsonPath("$.days[3].date").value(today.toString()))
			.andExpect(jsonPath("$.days[3].load").value(60.0))
			.andExpect(jsonPath("$.days[3].fitness").value(60.0))
			.andExpect(jsonPath("$.days[3].fatigue").value(60.0))
			.andExpect(jsonPath("$.days[3].form").value(0.0))
			.andExpect(jsonPath("$.days[3].spike").value(false))
			.andExpect(jsonPath("$.days[3].methods[0]").value("RPE")));
		// the past comes summed per day (5,000 rows of two numbers); whole sessions only of today, whose plans are
		// paired with what was done
		assertThat(load.sessionRows()).as(load.toString()).isLessThanOrEqualTo(4);
		assertThat(load.statements()).as(load.toString()).isLessThan(15);
		DailyLoad inAYear = calendar.dailyLoad(io.runrub.accounts.RunnerId.of(rita.accountId()), today.minusDays(365), today).get(362);
		DailyLoad inAWeek = calendar.dailyLoad(io.runrub.accounts.RunnerId.of(rita.accountId()), today.minusDays(3), today.plusDays(3)).get(0);
		assertThat(inAYear).isEqualTo(inAWeek);
	}

}
