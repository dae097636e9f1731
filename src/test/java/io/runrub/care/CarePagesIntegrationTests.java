package io.runrub.care;

import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentView;
import io.runrub.care.CareFixture.Therapist;
import io.runrub.care.homework.ExerciseLibrary;
import io.runrub.care.homework.Homework;
import io.runrub.care.notes.Amendment;
import io.runrub.care.notes.NoteView;
import io.runrub.care.notes.TissueState;
import io.runrub.clinic.MassageService;

import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.runrub.care.CareFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The care pages against the whole application and H2: a therapist writes, amends and assigns from a note in forms;
 * the runner checks in and marks their body; the brief shows it; the pages keep the same privacy as the API, and
 * admins review the log.
 */
@RunRubIntegrationTest
@Import(CareFixture.class)
class CarePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExerciseLibrary library;

	@Autowired
	CareFixture fixture;

	RunRubUser runner;

	Therapist therapist;

	MassageService service;

	@BeforeEach
	void setUp() {
		runner = fixture.runner("Rosa");
		therapist = fixture.therapist("John");
		service = fixture.service();
	}

	@Test
	void theTherapistWritesANoteAmendsItAndAssignsHomeworkInForms() throws Exception {
		AppointmentView appointment = fixture.past(runner, therapist, service, 1);

		assertThat(page(get("/therapist/care"), therapist.user())).contains("Clients")
			.contains("href=\"/therapist/appointments/" + appointment.id() + "/note\"");
		assertThat(page(get("/therapist/appointments/{id}/note", appointment.id()), therapist.user()))
			.contains("name=\"findings[CALVES].state\"").contains("id=\"state_CALVES\"")
			.contains("aria-label=\"Severity of Around the knee\"")
			.contains("name=\"_csrf\"");

		String location = mvc
			.perform(post("/therapist/appointments/{id}/note", appointment.id()).with(as(therapist.user()))
				.with(csrf())
				.param("findings[CALVES].state", "TIGHT")
				.param("findings[CALVES].severity", "2")
				.param("findings[HAMSTRINGS].state", "NORMAL")
				.param("techniques", "Effleurage\nTrigger point release\n")
				.param("pressure", "FIRM")
				.param("tolerance", "FIRM")
				.param("feedback", "Calves tight again."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/therapist/notes/*"))
			.andExpect(flash().attribute("message", "Note signed. You can now assign homework from it."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long noteId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(get("/therapist/appointments/{id}/note", appointment.id()).with(as(therapist.user())))
			.andExpect(redirectedUrl("/therapist/notes/" + noteId));
		mvc.perform(post("/therapist/notes/{id}/amendments", noteId).with(as(therapist.user()))
			.with(csrf())
			.param("reason", "Clearer for Rosa.")
			.param("findings[CALVES].state", "TIGHT")
			.param("findings[CALVES].severity", "2")
			.param("findings[HAMSTRINGS].state", "NORMAL")
			.param("techniques", "Effleurage\nTrigger point release")
			.param("pressure", "FIRM")
			.param("tolerance", "FIRM")
			.param("feedback", "Both calves were tight again; the right more."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/therapist/notes/" + noteId));
		mvc.perform(post("/therapist/notes/{id}/homework", noteId).with(as(therapist.user()))
			.with(csrf())
			.param("exerciseId", String.valueOf(library.byCode("CALF_STRETCH_WALL").orElseThrow().id()))
			.param("timesPerWeek", "3")
			.param("weeks", "4"))
			.andExpect(flash().attribute("message",
					"Homework assigned: Calf stretch against a wall, 3 times a week for 4 weeks."));

		String note = page(get("/therapist/notes/{id}", noteId), therapist.user());
		assertThat(note).contains("Signed by John on")
			.contains("Amendment 1 by John on")
			.contains("Clearer for Rosa.")
			.contains("Feedback for the runner: Calves tight again. → Both calves were tight again; the right more.")
			.contains("Calves tight again.")
			.contains("Calf stretch against a wall: 3 times a week for 4 weeks");
		assertThat(jdbc.sql("select count(*) from note_amendment where note_id = :id").param("id", noteId)
			.query(Long.class)
			.single()).as("only the feedback changed, so one amendment with only the feedback").isEqualTo(1);
		assertThat(jdbc.sql("select techniques is null and pressure is null and tolerance is null from note_amendment where note_id = :id")
			.param("id", noteId)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aRefusedNoteFormIsShownAgainAsFilledInWithTheReason() throws Exception {
		AppointmentView appointment = fixture.past(runner, therapist, service, 1);

		String page = page(post("/therapist/appointments/{id}/note", appointment.id()).with(csrf())
			.param("findings[CALVES].state", "TIGHT")
			.param("findings[CALVES].severity", "0")
			.param("pressure", "FIRM")
			.param("tolerance", "LIGHT")
			.param("feedback", "Kept as typed."), therapist.user());

		assertThat(page).contains("Calves is tight: give a severity from 1 to 3.")
			.contains("Kept as typed.")
			.contains("<option value=\"TIGHT\" selected=\"selected\">");
		assertThat(jdbc.sql("select count(*) from treatment_note where appointment_id = :id")
			.param("id", appointment.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theRunnerChecksInAndMarksTheirBodyAndTheBriefShowsIt() throws Exception {
		AppointmentView past = fixture.past(runner, therapist, service, 1);
		NoteView note = fixture.note(past, therapist, TissueState.TIGHT, "Calves tight.");
		long homeworkId = assignedInTheForm(note);
		AppointmentView next = fixture.future(runner, therapist, service);

		String care = page(get("/care"), runner);
		assertThat(care).contains("My care")
			.contains("Calf stretch against a wall")
			.contains("Due today")
			.contains("How it should feel")
			.contains("Calves tight.")
			.contains("CARE-WARMUP");
		assertThat(care).as("a plain heading first, the rule id only as a small tag after it")
			.containsPattern("<strong class=\"insight-heading\">Warm up moving, cool down with stretches</strong>\\s*"
					+ "<small class=\"rule-tag\">CARE-WARMUP</small>")
			.doesNotContain("<span class=\"rule\">");

		assertThat(page(post("/care/homework/{id}/check-ins", homeworkId).with(csrf())
			.param("status", "NOT_DONE")
			.param("reason", "")
			.param("text", "x"), runner))
			.as("the refusal stands under the reason of this homework's form, which keeps what was typed")
			.contains("id=\"reason-" + homeworkId + "-error\" class=\"field-error\">Say why it was not done")
			.contains("aria-describedby=\"reason-" + homeworkId + "-error\"")
			.contains(">x</textarea>");
		mvc.perform(post("/care/homework/{id}/check-ins", homeworkId).with(as(runner))
			.with(csrf())
			.param("status", "PARTLY")
			.param("reason", "FORGOT_HOW_IT_SHOULD_FEEL")
			.param("minutes", "3")
			.param("change", "2")
			.param("text", "Not sure how far to lean in."))
			.andExpect(redirectedUrl("/care"))
			.andExpect(flash().attribute("message", "Thank you: your check-in is saved for your therapist."));
		mvc.perform(post("/care/body-check-ins").with(as(runner))
			.with(csrf())
			.param("date", fixture.today().toString())
			.param("areas[CALVES]", "6")
			.param("areas[SHINS]", ""))
			.andExpect(flash().attribute("message", "Body check-in saved."));
		String afterCheckIn = page(get("/care"), runner);
		assertThat(afterCheckIn).contains("<svg").contains("6/10").contains("Checked in today");
		assertThat(io.runrub.support.VisibleText.codeNames(afterCheckIn)).as("no check-in reason or status as a code")
			.isEmpty();

		String brief = page(get("/therapist/appointments/{id}", next.id()), therapist.user());
		assertThat(brief).contains("Health questions: nothing stops or limits massage")
			.contains("Not sure how far to lean in.")
			.contains("couldn&#39;t remember how it should feel")
			.contains("Calves tight.")
			.contains("class=\"sparkline\"");
		assertThat(io.runrub.support.VisibleText.codeNames(brief)).as("the brief names reasons in words").isEmpty();
		assertThat(jdbc.sql("select path from clinical_access_log where note_id = :id")
			.param("id", note.note().id())
			.query(String.class)
			.list()).contains("GET /therapist/appointments/" + next.id());
	}

	@Test
	void thePagesKeepTheSamePrivacyAsTheApi() throws Exception {
		NoteView note = fixture.note(fixture.past(runner, therapist, service, 1), therapist, TissueState.TIGHT,
				"Calves tight.");
		Therapist stranger = fixture.therapist("Stranger");

		mvc.perform(get("/therapist/notes/{id}", note.note().id()).with(as(stranger.user())))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select outcome from clinical_access_log where note_id = :id and path = :path")
			.param("id", note.note().id())
			.param("path", "GET /therapist/notes/" + note.note().id())
			.query(String.class)
			.list()).containsExactly("DENIED");
		mvc.perform(get("/therapist/notes/{id}", note.note().id()).with(as(runner))).andExpect(status().isForbidden());
		mvc.perform(get("/care").with(as(therapist.user()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/access-log").with(as(therapist.user()))).andExpect(status().isForbidden());

		String log = page(get("/admin/access-log?noteId={id}", note.note().id()), fixture.admin());
		assertThat(log).contains("Stranger").contains("Denied").contains("GET /therapist/notes/" + note.note().id());
	}

	@Test
	void eachRoleFindsItsCarePagesInTheNavigation() throws Exception {
		assertThat(page(get("/care"), runner)).contains("href=\"/care\"");
		assertThat(page(get("/therapist/care"), therapist.user())).contains("href=\"/therapist/care\"");
		assertThat(page(get("/admin/access-log"), fixture.admin())).contains("href=\"/admin/access-log\"");
	}

	private long assignedInTheForm(NoteView note) throws Exception {
		String location = mvc
			.perform(post("/therapist/notes/{id}/homework", note.note().id()).with(as(therapist.user()))
				.with(csrf())
				.param("exerciseId", String.valueOf(library.byCode("CALF_STRETCH_WALL").orElseThrow().id()))
				.param("timesPerWeek", "7")
				.param("weeks", "2"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isEqualTo("/therapist/notes/" + note.note().id());
		return jdbc.sql("select id from homework where note_id = :note")
			.param("note", note.note().id())
			.query(Long.class)
			.single();
	}

	private String page(MockHttpServletRequestBuilder request, RunRubUser user) throws Exception {
		return mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
