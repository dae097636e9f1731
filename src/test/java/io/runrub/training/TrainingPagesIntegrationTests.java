package io.runrub.training;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The training pages a runner uses to add, change and delete sessions by hand. */
@RunRubIntegrationTest
class TrainingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	TrainingLog log;

	@Autowired
	JdbcClient jdbc;

	RunRubUser rita;

	RunRubUser sam;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		rita = clinic.runner("Rita");
		sam = clinic.runner("Sam");
	}

	long sessions() {
		return jdbc.sql("select count(*) from training_session").query(Long.class).single();
	}

	@Test
	void aNewRunnersPageSaysTheModelIsStillLearningAndClaimsNoSpike() throws Exception {
		// one big session two days ago is all the history there is: under 6 weeks, so no spike, and said so
		jdbc.sql("""
				insert into training_session (runner_id, session_date, type, type_guessed, status, duration_seconds,
				  load, load_method, source, created_at)
				values (:runner, date '2026-03-18', 'LONG', false, 'COMPLETED', 14400, 400, 'RPE', 'MANUAL',
				  current_timestamp)""").param("runner", rita.accountId()).update();
		mvc.perform(get("/training").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Still learning your training")))
			.andExpect(content().string(containsString("an hour at threshold is 100")))
			.andExpect(content().string(not(containsString(" spike\" x="))))
			.andExpect(content().string(not(containsString("Your load has risen sharply"))));
	}

	@Test
	void aSessionIsAddedOnThePageAndItsPageShowsItsLoadAndVerdict() throws Exception {
		mvc.perform(get("/training/sessions/new?date=2026-03-18").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a session")));
		mvc.perform(post("/training/sessions").with(csrf()).with(httpBasic(rita.email(), PASSWORD))
			.param("date", "2026-03-18")
			.param("type", "TEMPO")
			.param("status", "COMPLETED")
			.param("durationMinutes", "50")
			.param("rpe", "7"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/training?date=2026-03-18"));
		long id = jdbc.sql("select id from training_session").query(Long.class).single();
		mvc.perform(get("/training/sessions/" + id + "/edit").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Load 83")))
			.andExpect(content().string(containsString("A quality session (tempo).")));
		mvc.perform(get("/training").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-type=\"TEMPO\"")));
	}

	@Test
	void badInputOnThePageShowsTheFieldErrorsAndWritesNothing() throws Exception {
		mvc.perform(post("/training/sessions").with(csrf()).with(httpBasic(rita.email(), PASSWORD))
			.param("date", "2026-03-18")
			.param("type", "EASY")
			.param("status", "COMPLETED")
			.param("durationMinutes", "-5")
			.param("rpe", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Minutes cannot be negative.")))
			.andExpect(content().string(containsString("RPE from 0 to 10.")));
		mvc.perform(post("/training/sessions").with(csrf()).with(httpBasic(rita.email(), PASSWORD))
			.param("date", "2026-03-28")
			.param("type", "EASY")
			.param("status", "COMPLETED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be completed yet")));
		assertThat(sessions()).isZero();
	}

	@Test
	void anotherRunnersSessionIsNotFoundOnThePagesAndStaysAsItWas() throws Exception {
		SessionView ritas = log.addSession(RunnerId.of(rita.accountId()), new TrainingLog.SessionInput(
				java.time.LocalDate.of(2026, 3, 18), null, SessionType.EASY, SessionStatus.COMPLETED, null, 30, null,
				null, null, 3, null));
		mvc.perform(get("/training/sessions/" + ritas.id() + "/edit").with(httpBasic(sam.email(), PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/training/sessions/" + ritas.id() + "/delete").with(csrf())
			.with(httpBasic(sam.email(), PASSWORD))).andExpect(status().isNotFound());
		assertThat(sessions()).isEqualTo(1);
	}

}
