package io.runrub.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentView;
import io.runrub.care.CareFixture.Therapist;
import io.runrub.care.homework.CheckInStatus;
import io.runrub.care.homework.ExerciseLibrary;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.homework.MissedReason;
import io.runrub.care.notes.NoteView;
import io.runrub.care.notes.TissueState;
import io.runrub.clinic.MassageService;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.care.CareFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The brief a therapist reads before a client walks in: what the runner said first, words that read right. */
@RunRubIntegrationTest
@Import(CareFixture.class)
class TherapistBriefPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixture fixture;

	@Autowired
	ProfileKeeping profiles;

	@Autowired
	TrainingLog training;

	@Autowired
	HomeworkAssignments homework;

	@Autowired
	ExerciseLibrary library;

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
	void complaintsPressureGoalsAndRestrictionsComeFirst() throws Exception {
		profiles.save(RunnerId.of(runner.accountId()), new RunnerProfile(4, Level.RECREATIONAL, Pressure.MEDIUM,
				Set.of(Goal.PROBLEM_AREA), Money.of(10000, "GBP"), null,
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, fixture.today().minusWeeks(3), 6))));
		AppointmentView next = fixture.future(runner, therapist, service);

		String brief = text(page(get("/therapist/appointments/{id}", next.id()), therapist.user()));

		assertThat(brief).contains("Before you start Complaints Calves: Tightness, 6/10, since")
			.contains("Pressure tolerance Medium")
			.contains("Goals Work on a problem area")
			.contains("Intake flags Health questions:");
		assertThat(brief.indexOf("Before you start")).isLessThan(brief.indexOf("Training, "));
	}

	@Test
	void oneOfAThingIsSingularAndReasonsAreSeparated() throws Exception {
		RunnerId rosa = RunnerId.of(runner.accountId());
		LocalDate today = fixture.today();
		training.addSession(rosa, new TrainingLog.SessionInput(today.minusDays(3), null, SessionType.HILLS,
				SessionStatus.COMPLETED, null, 50, 8000.0, 200.0, null, 7, null));
		NoteView note = fixture.note(fixture.past(runner, therapist, service, 8), therapist, TissueState.TIGHT, "Tight.");
		long homeworkId = homework.assignAt(NoteId.of(note.note().id()), library.byCode("CALF_STRETCH_WALL").orElseThrow().id(),
				3, 4, therapist.user().actor(), null, today.minusDays(7), fixture.now()).id();
		for (int daysAgo : new int[] { 3, 2 }) {
			homework.checkIn(homeworkId, rosa, new HomeworkAssignments.CheckInInput(today.minusDays(daysAgo),
					CheckInStatus.NOT_DONE, MissedReason.TOO_TIME_CONSUMING, null, null, null));
		}
		homework.checkIn(homeworkId, rosa, new HomeworkAssignments.CheckInInput(today.minusDays(1),
				CheckInStatus.NOT_DONE, MissedReason.FORGOT_HOW_IT_SHOULD_FEEL, null, null, null));
		homework.checkIn(homeworkId, rosa, new HomeworkAssignments.CheckInInput(today, CheckInStatus.DONE, null, 1, 2,
				"Still tight."));
		AppointmentView next = fixture.future(runner, therapist, service);

		String brief = text(page(get("/therapist/appointments/{id}", next.id()), therapist.user()));

		assertThat(brief).contains("1 run, 8.0 km, 1 hill session, 200 m climbed, 1 hard session")
			.doesNotContain("1 runs").doesNotContain("1 hill sessions");
		assertThat(brief).containsPattern("too time-consuming × 2; couldn't remember how it should feel × 1|"
				+ "couldn't remember how it should feel × 1; too time-consuming × 2");
		// a check-in's details are separated, and one minute is one minute
		assertThat(brief).contains(": Done · 1 minute · change 2/10 · Still tight.").doesNotContain("1 minutes");
	}

	@Test
	void anAmendmentReadsAsBeforeAndAfterWithItsAuthorAndTimeInTheNoteAndTheBrief() throws Exception {
		NoteView note = fixture.note(fixture.past(runner, therapist, service, 2), therapist, TissueState.TIGHT,
				"Calves tight.");
		long noteId = note.note().id();
		mvc.perform(post("/therapist/notes/{id}/amendments", noteId).with(as(therapist.user()))
			.with(csrf())
			.param("reason", "Worse than I wrote.")
			.param("findings[CALVES].state", "TIGHT")
			.param("findings[CALVES].severity", "3")
			.param("techniques", "Effleurage")
			.param("pressure", "MEDIUM")
			.param("tolerance", "FIRM")
			.param("feedback", "Calves tight."))
			.andExpect(status().is3xxRedirection());
		AppointmentView next = fixture.future(runner, therapist, service);

		String notePage = text(page(get("/therapist/notes/{id}", noteId), therapist.user()));
		String brief = text(page(get("/therapist/appointments/{id}", next.id()), therapist.user()));

		for (String page : List.of(notePage, brief)) {
			assertThat(page).containsPattern("Amendment 1 by John on \\d+ \\w+ 2026, \\d\\d:\\d\\d")
				.contains("Calves: tight, severity 2 → tight, severity 3")
				.contains("Pressure used: Firm → Medium");
		}
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RunRubUser user) throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** The words of a page as a person reads them: no tags, one space between words. */
	private static String text(String html) {
		String body = html.substring(html.indexOf("<main>"));
		return body.replaceAll("(?s)<title>.*?</title>", " ")
			.replaceAll("(?s)<[^>]+>", " ")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replaceAll("\\s+", " ")
			.replace(" ;", ";")
			.replace(" ,", ",");
	}

}
