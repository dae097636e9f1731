package io.runrub.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentView;
import io.runrub.care.CareFixture.Therapist;
import io.runrub.care.body.BodyLog;
import io.runrub.care.homework.CheckInStatus;
import io.runrub.care.homework.Exercise;
import io.runrub.care.homework.ExerciseKind;
import io.runrub.care.homework.ExerciseLibrary;
import io.runrub.care.homework.Homework;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.notes.TissueState;
import io.runrub.clinic.MassageService;
import io.runrub.planner.rules.HomeworkIsSpelledOut;
import io.runrub.planner.spi.CareSignals;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingLog;

import com.jayway.jsonpath.JsonPath;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.runrub.care.CareFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint of the care loop over HTTP, through the security chain, against the whole application and H2:
 * notes and their amendment history, homework and check-ins, body check-ins, insights, the brief, and who may see
 * what — including attempts by id, and the access log that records them. Each test makes its own people.
 */
@RunRubIntegrationTest
@Import(CareFixture.class)
class CareApiIntegrationTests {

	static final String NOTE = """
			{"findings": [{"area": "HAMSTRINGS", "state": "TIGHT", "severity": 1},
			              {"area": "CALVES", "state": "TIGHT", "severity": 2}],
			 "techniques": ["Effleurage", "Trigger point release"], "pressure": "FIRM", "tolerance": "FIRM",
			 "feedbackForRunner": "Your calves were tight, the right more than the left."}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	CareSignals careSignals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingLog trainingLog;

	@Autowired
	BodyLog bodyLog;

	@Autowired
	HomeworkAssignments homework;

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

	@Nested
	class Notes {

		@Test
		void theAppointmentsTherapistSignsANoteAndReadsItBackWithAnEmptyHistory() throws Exception {
			AppointmentView appointment = fixture.past(runner, therapist, service, 2);

			String created = perform(post("/api/v1/appointments/{id}/notes", appointment.id()), therapist.user(), NOTE)
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.appointmentId").value(appointment.id().value()))
				.andExpect(jsonPath("$.runnerId").value(runner.accountId()))
				.andExpect(jsonPath("$.signedAt").exists())
				.andExpect(jsonPath("$.signedBy.accountId").value(therapist.user().accountId()))
				.andExpect(jsonPath("$.findings[0].area").value("CALVES"))
				.andExpect(jsonPath("$.findings[0].state").value("TIGHT"))
				.andExpect(jsonPath("$.findings[0].severity").value(2))
				.andExpect(jsonPath("$.findings[1].area").value("HAMSTRINGS"))
				.andExpect(jsonPath("$.techniques", contains("Effleurage", "Trigger point release")))
				.andExpect(jsonPath("$.pressure").value("FIRM"))
				.andExpect(jsonPath("$.tolerance").value("FIRM"))
				.andExpect(jsonPath("$.feedbackForRunner").value("Your calves were tight, the right more than the left."))
				.andExpect(jsonPath("$.amendments", empty()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			long id = id(created);

			perform(get("/api/v1/notes/{id}", id), therapist.user(), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(id))
				.andExpect(jsonPath("$.findings", hasSize(2)))
				.andExpect(jsonPath("$.current.feedbackForRunner")
					.value("Your calves were tight, the right more than the left."));
		}

		@Test
		void aNoteIsWrittenFromTheAppointmentsStartNotBefore() throws Exception {
			AppointmentView upcoming = fixture.future(runner, therapist, service);

			perform(post("/api/v1/appointments/{id}/notes", upcoming.id()), therapist.user(), NOTE)
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/note-before-appointment"))
				.andExpect(jsonPath("$.title").value("Appointment not started"))
				.andExpect(jsonPath("$.detail", containsString("from the appointment's start time on")));
			assertThat(count("treatment_note where appointment_id = " + upcoming.id())).isZero();
		}

		@Test
		void onlyTheAppointmentsTherapistWritesItsNote() throws Exception {
			AppointmentView appointment = fixture.past(runner, therapist, service, 2);
			Therapist other = fixture.therapist("Mike");
			fixture.past(runner, other, service, 9);

			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), other.user(), NOTE)
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), runner, NOTE)
				.andExpect(status().isForbidden());
			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), fixture.admin(), NOTE)
				.andExpect(status().isForbidden());
			assertThat(count("treatment_note where appointment_id = " + appointment.id())).isZero();
		}

		@Test
		void anAppointmentHasOneNoteLaterChangesAreAmendments() throws Exception {
			AppointmentView appointment = fixture.past(runner, therapist, service, 2);
			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), therapist.user(), NOTE)
				.andExpect(status().isCreated());

			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), therapist.user(), NOTE)
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("add an amendment")));
		}

		@Test
		void aCancelledAppointmentHasNoNote() throws Exception {
			AppointmentView appointment = fixture.future(runner, therapist, service);
			perform(post("/api/v1/appointments/{id}/cancel", appointment.id()), fixture.admin(), null)
				.andExpect(status().isOk());

			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), therapist.user(), NOTE)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.title").value("Appointment cancelled"));
		}

		@Test
		void invalidNotesAreRefusedWithTheFieldsToFix() throws Exception {
			AppointmentView appointment = fixture.past(runner, therapist, service, 2);

			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), therapist.user(), """
					{"findings": [{"area": "CALVES", "state": "TIGHT", "severity": 5}], "pressure": "FIRM",
					 "tolerance": "FIRM"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("feedbackForRunner")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("findings[0].severity")));
			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), therapist.user(), """
					{"findings": [{"area": "ELBOWS", "state": "TIGHT", "severity": 1}], "pressure": "FIRM",
					 "tolerance": "FIRM", "feedbackForRunner": "x"}""")
				.andExpect(status().isBadRequest());
			perform(post("/api/v1/appointments/{id}/notes", appointment.id()), therapist.user(), """
					{"findings": [{"area": "CALVES", "state": "NORMAL", "severity": 2}], "pressure": "FIRM",
					 "tolerance": "FIRM", "feedbackForRunner": "x"}""")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value("Calves is normal, so its severity is 0."));
			assertThat(count("treatment_note where appointment_id = " + appointment.id())).isZero();
		}

	}

	@Nested
	class Amendments {

		@Test
		void anAmendmentKeepsTheOriginalReadableAndTheSignedRowsUntouched() throws Exception {
			long id = signedNote(fixture.past(runner, therapist, service, 2));
			Map<String, Object> rowBefore = jdbc.sql("select * from treatment_note where id = :id").param("id", id).query().singleRow();
			List<Map<String, Object>> findingsBefore = jdbc.sql("select * from treatment_finding where note_id = :id order by area")
				.param("id", id)
				.query()
				.listOfRows();

			perform(post("/api/v1/notes/{id}/amendments", id), therapist.user(), """
					{"reason": "The right calf was tender as well, and I misjudged the tolerance.",
					 "changes": {"findings": [{"area": "CALVES", "state": "TENDER", "severity": 3},
					                          {"area": "HAMSTRINGS", "state": "TIGHT", "severity": 1}],
					             "tolerance": "MEDIUM", "pressure": "FIRM",
					             "feedbackForRunner": "Your calves were tight and the right one tender."}}""")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.amendments", hasSize(1)));

			perform(get("/api/v1/notes/{id}", id), therapist.user(), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.findings[0].state").value("TIGHT"))
				.andExpect(jsonPath("$.findings[0].severity").value(2))
				.andExpect(jsonPath("$.tolerance").value("FIRM"))
				.andExpect(jsonPath("$.feedbackForRunner").value("Your calves were tight, the right more than the left."))
				.andExpect(jsonPath("$.amendments[0].sequence").value(1))
				.andExpect(jsonPath("$.amendments[0].amendedAt").exists())
				.andExpect(jsonPath("$.amendments[0].author.accountId").value(therapist.user().accountId()))
				.andExpect(jsonPath("$.amendments[0].reason", containsString("tender as well")))
				.andExpect(jsonPath("$.amendments[0].changes.findings", hasSize(1)))
				.andExpect(jsonPath("$.amendments[0].changes.findings[0].state").value("TENDER"))
				.andExpect(jsonPath("$.amendments[0].changes.tolerance").value("MEDIUM"))
				.andExpect(jsonPath("$.amendments[0].changes.pressure").doesNotExist())
				.andExpect(jsonPath("$.current.findings[0].state").value("TENDER"))
				.andExpect(jsonPath("$.current.findings[1].state").value("TIGHT"))
				.andExpect(jsonPath("$.current.tolerance").value("MEDIUM"))
				.andExpect(jsonPath("$.current.feedbackForRunner").value("Your calves were tight and the right one tender."));

			assertThat(jdbc.sql("select * from treatment_note where id = :id").param("id", id).query().singleRow())
				.as("the signed row is never updated")
				.isEqualTo(rowBefore);
			assertThat(jdbc.sql("select * from treatment_finding where note_id = :id order by area")
				.param("id", id)
				.query()
				.listOfRows()).isEqualTo(findingsBefore);
			assertThat(count("note_amendment where note_id = " + id)).isEqualTo(1);
		}

		@Test
		void onlyTheAuthorAmendsWithAReasonAndARealChange() throws Exception {
			long id = signedNote(fixture.past(runner, therapist, service, 2));
			Therapist colleague = fixture.therapist("Mike");
			fixture.future(runner, colleague, service);

			perform(get("/api/v1/notes/{id}", id), colleague.user(), null).andExpect(status().isOk());
			perform(post("/api/v1/notes/{id}/amendments", id), colleague.user(),
					"{\"reason\": \"mine\", \"changes\": {\"pressure\": \"DEEP\"}}")
				.andExpect(status().isForbidden());
			perform(post("/api/v1/notes/{id}/amendments", id), therapist.user(),
					"{\"reason\": \" \", \"changes\": {\"pressure\": \"DEEP\"}}")
				.andExpect(status().isBadRequest());
			perform(post("/api/v1/notes/{id}/amendments", id), therapist.user(),
					"{\"reason\": \"same again\", \"changes\": {\"pressure\": \"FIRM\"}}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.title").value("Nothing changed"));
			perform(post("/api/v1/notes/{id}/amendments", id), runner,
					"{\"reason\": \"mine\", \"changes\": {\"pressure\": \"DEEP\"}}")
				.andExpect(status().isForbidden());
			assertThat(count("note_amendment where note_id = " + id)).isZero();
		}

	}

	@Nested
	class Privacy {

		@Test
		void aTherapistBookedWithTheRunnerMayReadTheRecordOneWithACancelledAppointmentMayNot() throws Exception {
			long id = signedNote(fixture.past(runner, therapist, service, 2));
			Therapist booked = fixture.therapist("Mike");
			fixture.future(runner, booked, service);
			Therapist cancelled = fixture.therapist("Sarah");
			AppointmentView gone = fixture.future(runner, cancelled, service);
			perform(post("/api/v1/appointments/{id}/cancel", gone.id()), fixture.admin(), null)
				.andExpect(status().isOk());

			perform(get("/api/v1/notes/{id}", id), booked.user(), null).andExpect(status().isOk());
			perform(get("/api/v1/notes/{id}", id), cancelled.user(), null).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("There is no treatment note " + id + " that you can see."));
		}

		@Test
		void attemptsByIdAreNotFoundForEveryoneElseAndEveryAttemptIsLogged() throws Exception {
			long id = signedNote(fixture.past(runner, therapist, service, 2));
			Therapist stranger = fixture.therapist("Stranger");
			RunRubUser admin = fixture.admin();

			perform(get("/api/v1/notes/{id}", id), stranger.user(), null).andExpect(status().isNotFound());
			perform(get("/api/v1/notes/{id}", id), runner, null).andExpect(status().isNotFound());
			perform(get("/api/v1/notes/{id}", id), admin, null).andExpect(status().isNotFound());
			perform(get("/api/v1/notes/{id}", 987654321L), therapist.user(), null).andExpect(status().isNotFound());
			perform(post("/api/v1/notes/{id}/homework", id), stranger.user(),
					"{\"exerciseId\": 1, \"timesPerWeek\": 3, \"weeks\": 2}")
				.andExpect(status().isNotFound());
			perform(get("/api/v1/notes/{id}", id), therapist.user(), null).andExpect(status().isOk());

			perform(get("/api/v1/admin/access-log?noteId={id}", id), admin, null).andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(6)))
				.andExpect(jsonPath("$[0].accountId").value(therapist.user().accountId()))
				.andExpect(jsonPath("$[0].outcome").value("READ"))
				.andExpect(jsonPath("$[0].path").value("GET /api/v1/notes/" + id))
				.andExpect(jsonPath("$[0].runnerName").value("Rosa"))
				.andExpect(jsonPath("$[1].accountId").value(stranger.user().accountId()))
				.andExpect(jsonPath("$[1].outcome").value("DENIED"))
				.andExpect(jsonPath("$[1].path").value("POST /api/v1/notes/" + id + "/homework"))
				.andExpect(jsonPath("$[2].accountId").value(admin.accountId()))
				.andExpect(jsonPath("$[2].accountRole").value("ADMIN"))
				.andExpect(jsonPath("$[2].outcome").value("DENIED"))
				.andExpect(jsonPath("$[3].accountId").value(runner.accountId()))
				.andExpect(jsonPath("$[3].outcome").value("DENIED"))
				.andExpect(jsonPath("$[4].accountId").value(stranger.user().accountId()))
				.andExpect(jsonPath("$[4].outcome").value("DENIED"))
				.andExpect(jsonPath("$[4].path").value("GET /api/v1/notes/" + id))
				.andExpect(jsonPath("$[5].accountId").value(therapist.user().accountId()))
				.andExpect(jsonPath("$[5].outcome").value("READ"))
				.andExpect(jsonPath("$[5].path", containsString("/notes")))
				.andExpect(jsonPath("$[5].path", startsWith("POST /api/v1/appointments/")));
			perform(get("/api/v1/admin/access-log?noteId=987654321"), admin, null)
				.andExpect(jsonPath("$[0].outcome").value("MISSING"))
				.andExpect(jsonPath("$[0].accountId").value(therapist.user().accountId()));
		}

		@Test
		void onlyAdminsReviewTheAccessLog() throws Exception {
			perform(get("/api/v1/admin/access-log"), therapist.user(), null).andExpect(status().isForbidden());
			perform(get("/api/v1/admin/access-log"), runner, null).andExpect(status().isForbidden());
			perform(get("/api/v1/admin/access-log"), fixture.admin(), null).andExpect(status().isOk());
		}

		@Test
		void theRunnerSeesTheFeedbackAsItReadsNowWithItsEarlierWordingButNothingClinical() throws Exception {
			long id = signedNote(fixture.past(runner, therapist, service, 2));
			perform(post("/api/v1/notes/{id}/amendments", id), therapist.user(),
					"{\"reason\": \"clearer\", \"changes\": {\"feedbackForRunner\": \"Both calves were tight.\"}}")
				.andExpect(status().isCreated());

			String body = perform(get("/api/v1/me/feedback"), runner, null).andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].noteId").value(id))
				.andExpect(jsonPath("$[0].therapistName").value("John"))
				.andExpect(jsonPath("$[0].feedback").value("Both calves were tight."))
				.andExpect(jsonPath("$[0].updatedAt").exists())
				.andExpect(jsonPath("$[0].earlierWordings[0]").value("Your calves were tight, the right more than the left."))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).doesNotContain("findings", "techniques", "pressure", "tolerance", "Effleurage", "clearer");
			perform(get("/api/v1/me/feedback"), fixture.runner("Other"), null).andExpect(jsonPath("$", empty()));
			perform(get("/api/v1/me/feedback"), therapist.user(), null).andExpect(status().isForbidden());
		}

	}

	@Nested
	class Homework {

		@Test
		void theLibrarySpellsOutEveryExerciseAndCoversWhatRunnersNeed() throws Exception {
			HomeworkIsSpelledOut rule = new HomeworkIsSpelledOut();
			assertThat(library.all()).allSatisfy(exercise -> assertThat(rule.isComplete(exercise.instructions(),
					exercise.howItShouldFeel(), exercise.dosage(), exercise.minutes()))
				.as(exercise.name())
				.isTrue());
			assertThat(library.all()).extracting(Exercise::kind).contains(ExerciseKind.values());
			assertThat(library.all().stream().filter(exercise -> exercise.kind() == ExerciseKind.COOL_DOWN))
				.extracting(Exercise::code)
				.contains("CALF_STRETCH_WALL", "HAMSTRING_STRETCH", "QUAD_STRETCH", "HIP_FLEXOR_STRETCH", "GLUTE_STRETCH");

			perform(get("/api/v1/exercises"), runner, null).andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(library.all().size())))
				.andExpect(jsonPath("$[0].kind").value("WARM_UP"))
				.andExpect(jsonPath("$[*].howItShouldFeel").exists())
				.andExpect(jsonPath("$[?(@.code == 'CALF_STRETCH_WALL')].areas[0]").value("CALVES"));
		}

		@Test
		void theTherapistAssignsHomeworkFromTheNoteAndTheRunnerSeesItDueToday() throws Exception {
			long noteId = signedNote(fixture.past(runner, therapist, service, 2));
			long exerciseId = library.byCode("CALF_STRETCH_WALL").orElseThrow().id();

			long homeworkId = id(perform(post("/api/v1/notes/{id}/homework", noteId), therapist.user(),
					"{\"exerciseId\": %d, \"timesPerWeek\": 3, \"weeks\": 4}".formatted(exerciseId))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.noteId").value(noteId))
				.andExpect(jsonPath("$.startsOn").value(fixture.today().toString()))
				.andExpect(jsonPath("$.endsOn").value(fixture.today().plusWeeks(4).minusDays(1).toString()))
				.andReturn()
				.getResponse()
				.getContentAsString());

			perform(get("/api/v1/me/homework"), runner, null).andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].id").value(homeworkId))
				.andExpect(jsonPath("$[0].dueToday").value(true))
				.andExpect(jsonPath("$[0].doneThisWeek").value(0))
				.andExpect(jsonPath("$[0].assignedBy").value("John"))
				.andExpect(jsonPath("$[0].exercise.name").value("Calf stretch against a wall"))
				.andExpect(jsonPath("$[0].exercise.howItShouldFeel", containsString("3 or 4 out of 10")))
				.andExpect(jsonPath("$[0].exercise.dosage", containsString("30 seconds")));
			perform(get("/api/v1/me/homework"), fixture.runner("Other"), null).andExpect(jsonPath("$", empty()));

			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), runner,
					"{\"status\": \"DONE\", \"minutes\": 6, \"change\": 4, \"text\": \"Felt the pull.\"}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.date").value(fixture.today().toString()))
				.andExpect(jsonPath("$.status").value("DONE"))
				.andExpect(jsonPath("$.change").value(4));
			perform(get("/api/v1/me/homework"), runner, null).andExpect(jsonPath("$[0].dueToday").value(false))
				.andExpect(jsonPath("$[0].doneThisWeek").value(1))
				.andExpect(jsonPath("$[0].checkedInToday").value(true));
		}

		@Test
		void onlyTheNotesAuthorAssignsAnExerciseThatExists() throws Exception {
			long noteId = signedNote(fixture.past(runner, therapist, service, 2));
			Therapist colleague = fixture.therapist("Mike");
			fixture.future(runner, colleague, service);

			perform(post("/api/v1/notes/{id}/homework", noteId), colleague.user(),
					"{\"exerciseId\": 1, \"timesPerWeek\": 3, \"weeks\": 2}")
				.andExpect(status().isForbidden());
			perform(post("/api/v1/notes/{id}/homework", noteId), therapist.user(),
					"{\"exerciseId\": 999999, \"timesPerWeek\": 3, \"weeks\": 2}")
				.andExpect(status().isNotFound());
			perform(post("/api/v1/notes/{id}/homework", noteId), therapist.user(),
					"{\"exerciseId\": 1, \"timesPerWeek\": 0, \"weeks\": 2}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("timesPerWeek"));
			perform(post("/api/v1/notes/{id}/homework", noteId), runner,
					"{\"exerciseId\": 1, \"timesPerWeek\": 3, \"weeks\": 2}")
				.andExpect(status().isForbidden());
			assertThat(count("homework where note_id = " + noteId)).isZero();
		}

		@Test
		void aCheckInSaysWhyUnlessDoneAndOnlyTheRunnerChecksIn() throws Exception {
			long homeworkId = assignedHomework();

			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), runner, "{\"status\": \"NOT_DONE\"}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/check-in-reason-needed"))
				.andExpect(jsonPath("$.title").value("Reason needed"));
			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), runner,
					"{\"status\": \"DONE\", \"reason\": \"IT_HURT\"}")
				.andExpect(status().isUnprocessableContent());
			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), runner,
					"{\"status\": \"DONE\", \"change\": 11}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("change"));
			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), runner,
					"{\"status\": \"MAYBE\"}")
				.andExpect(status().isBadRequest());
			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), runner,
					"{\"status\": \"DONE\", \"date\": \"%s\"}".formatted(fixture.today().plusDays(1)))
				.andExpect(status().isUnprocessableContent());
			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), fixture.runner("Other"),
					"{\"status\": \"DONE\"}")
				.andExpect(status().isNotFound());
			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), therapist.user(), "{\"status\": \"DONE\"}")
				.andExpect(status().isForbidden());
			assertThat(count("homework_check_in where homework = " + homeworkId)).isZero();

			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), runner,
					"{\"status\": \"PARTLY\", \"reason\": \"TOO_TIME_CONSUMING\", \"minutes\": 2}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.reason").value("TOO_TIME_CONSUMING"));
		}

	}

	@Nested
	class BodyCheckIns {

		@Test
		void theRunnerMarksAreasAndSeesTheTrendPerArea() throws Exception {
			LocalDate today = fixture.today();
			perform(post("/api/v1/me/body-check-ins"), runner,
					"{\"date\": \"%s\", \"areas\": {\"CALVES\": 6, \"LOW_BACK\": 2}}".formatted(today.minusDays(3)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.areas.CALVES").value(6));
			perform(post("/api/v1/me/body-check-ins"), runner, "{\"areas\": {\"CALVES\": 4}}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.date").value(today.toString()));

			perform(get("/api/v1/me/body-check-ins"), runner, null).andExpect(status().isOk())
				.andExpect(jsonPath("$.checkIns", hasSize(2)))
				.andExpect(jsonPath("$.trend.CALVES[*].score", contains(6, 4)))
				.andExpect(jsonPath("$.trend.LOW_BACK[*].score", contains(2)));
			perform(get("/api/v1/me/body-check-ins"), fixture.runner("Other"), null)
				.andExpect(jsonPath("$.checkIns", empty()));
		}

		@Test
		void scoresAreZeroToTenForKnownAreasOnPastDays() throws Exception {
			perform(post("/api/v1/me/body-check-ins"), runner, "{\"areas\": {\"CALVES\": 11}}")
				.andExpect(status().isBadRequest());
			perform(post("/api/v1/me/body-check-ins"), runner, "{\"areas\": {}}").andExpect(status().isBadRequest());
			perform(post("/api/v1/me/body-check-ins"), runner, "{\"areas\": {\"ELBOWS\": 3}}")
				.andExpect(status().isBadRequest());
			perform(post("/api/v1/me/body-check-ins"), runner,
					"{\"date\": \"%s\", \"areas\": {\"CALVES\": 3}}".formatted(fixture.today().plusDays(1)))
				.andExpect(status().isUnprocessableContent());
			perform(post("/api/v1/me/body-check-ins"), therapist.user(), "{\"areas\": {\"CALVES\": 3}}")
				.andExpect(status().isForbidden());
			assertThat(count("body_check_in where runner_id = " + runner.accountId())).isZero();
		}

	}

	@Nested
	class Insights {

		@Test
		void calvesTightInThreeOfFourNotesAreCheckedAgainstTheRunnersHills() throws Exception {
			AppointmentView first = fixture.past(runner, therapist, service, 50);
			AppointmentView second = fixture.past(runner, therapist, service, 36);
			AppointmentView third = fixture.past(runner, therapist, service, 22);
			AppointmentView fourth = fixture.past(runner, therapist, service, 8);
			fixture.note(first, therapist, TissueState.NORMAL, "Fine.");
			fixture.note(second, therapist, TissueState.TIGHT, "Tight calves.");
			fixture.note(third, therapist, TissueState.TIGHT, "Tight calves.");
			fixture.note(fourth, therapist, TissueState.TIGHT, "Tight calves.");
			LocalDate latest = fourth.start().toLocalDate();
			// norm: one easy run a week over the twelve weeks before; recent: three hill sessions in three weeks
			for (int week = 4; week <= 15; week++) {
				run(latest.minusWeeks(week), SessionType.EASY, 40.0);
			}
			for (int week = 1; week <= 3; week++) {
				run(latest.minusWeeks(week).plusDays(1), SessionType.HILLS, 200.0);
			}

			String insights = perform(get("/api/v1/me/insights"), runner, null).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].rule").value("CARE-CALF-HILLS"))
				.andExpect(jsonPath("$[0].evidence").value("weak"))
				.andExpect(jsonPath("$[0].text", containsString("tight in 3 of your last 4 treatment notes")))
				.andExpect(jsonPath("$[0].text", containsString("you ran 3 hill sessions and climbed 600 m")))
				.andExpect(jsonPath("$[0].text", containsString("against your usual 0.0 and 120 m")))
				.andExpect(jsonPath("$[0].text", containsString("More hill work than usual")))
				.andExpect(jsonPath("$[*].rule", hasItem("CARE-WARMUP")))
				.andReturn()
				.getResponse()
				.getContentAsString();

			perform(get("/api/v1/runners/{id}/insights", runner.accountId()), therapist.user(), null)
				.andExpect(status().isOk())
				.andExpect(content().json(insights));
			perform(get("/api/v1/runners/{id}/insights", runner.accountId()), fixture.therapist("Stranger").user(),
					null)
				.andExpect(status().isNotFound());
			perform(get("/api/v1/runners/{id}/insights", runner.accountId()), runner, null)
				.andExpect(status().isForbidden());
			perform(get("/api/v1/me/insights"), therapist.user(), null).andExpect(status().isForbidden());
		}

		@Test
		void checkInsFeedTheInsights() throws Exception {
			long homeworkId = assignedHomework();
			for (int change : new int[] { 3, 3, 2 }) {
				homework.checkIn(homeworkId, RunnerId.of(runner.accountId()), new HomeworkAssignments.CheckInInput(null,
						CheckInStatus.DONE, null, 5, change, null));
			}
			for (int i = 0; i < 3; i++) {
				bodyLog.record(RunnerId.of(runner.accountId()), fixture.today().minusDays(i), Map.of(io.runrub.shared.BodyArea.CALVES, 6));
			}

			perform(get("/api/v1/me/insights"), runner, null).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].rule", hasItem("CARE-ELSEWHERE")))
				.andExpect(jsonPath("$[*].rule", hasItem("TYPE-REFER-MOVEMENT")))
				.andExpect(jsonPath("$[*].rule", not(hasItem("CARE-BODY-CHECKIN"))));
		}

		@Test
		void thePlannerIsToldOfRecurringPainAndHomeworkWithoutImprovement() throws Exception {
			RunnerId id = RunnerId.of(runner.accountId());
			assertThat(careSignals.of(id, fixture.today())).isEqualTo(CareSignals.Signals.NONE);

			long homeworkId = assignedHomework();
			for (int change : new int[] { 3, 3, 2 }) {
				homework.checkIn(homeworkId, RunnerId.of(runner.accountId()), new HomeworkAssignments.CheckInInput(null,
						CheckInStatus.DONE, null, 5, change, null));
			}
			for (int i = 0; i < 3; i++) {
				bodyLog.record(RunnerId.of(runner.accountId()), fixture.today().minusDays(i), Map.of(io.runrub.shared.BodyArea.CALVES, 6));
			}

			CareSignals.Signals signals = careSignals.of(id, fixture.today());
			assertThat(signals.recurringPain()).containsExactly(io.runrub.shared.BodyArea.CALVES);
			assertThat(signals.homeworkWithoutImprovement()).isTrue();
		}

	}

	@Nested
	class Brief {

		@Test
		void theBriefShowsIntakeTrainingBodyCheckInsAdherenceAndTheLastThreeNotesEachReadLogged() throws Exception {
			long[] notes = new long[4];
			int[] daysAgo = { 40, 30, 20, 10 };
			for (int i = 0; i < 4; i++) {
				notes[i] = signedNote(fixture.past(runner, therapist, service, daysAgo[i]));
			}
			long homeworkId = id(perform(post("/api/v1/notes/{id}/homework", notes[3]), therapist.user(),
					"{\"exerciseId\": %d, \"timesPerWeek\": 3, \"weeks\": 4}"
						.formatted(library.byCode("FOAM_ROLL_CALVES").orElseThrow().id()))
				.andReturn()
				.getResponse()
				.getContentAsString());
			perform(post("/api/v1/homework/{id}/check-ins", homeworkId), runner,
					"{\"status\": \"NOT_DONE\", \"reason\": \"TOO_TIME_CONSUMING\", \"text\": \"No time after work.\"}")
				.andExpect(status().isCreated());
			perform(post("/api/v1/me/body-check-ins"), runner, "{\"areas\": {\"CALVES\": 5}}")
				.andExpect(status().isCreated());
			run(fixture.today().minusDays(2), SessionType.HILLS, 180.0);
			AppointmentView next = fixture.future(runner, therapist, service);
			RunRubUser admin = fixture.admin();

			perform(get("/api/v1/appointments/{id}/brief", next.id()), therapist.user(), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.appointment.id").value(next.id().value()))
				.andExpect(jsonPath("$.appointment.runnerName").value("Rosa"))
				.andExpect(jsonPath("$.intake.recorded").value(true))
				.andExpect(jsonPath("$.intake.text").value("Health questions: nothing stops or limits massage"))
				.andExpect(jsonPath("$.training.to").value(fixture.today().toString()))
				.andExpect(jsonPath("$.training.from").value(fixture.today().minusDays(20).toString()))
				.andExpect(jsonPath("$.training.hillSessions").value(1))
				.andExpect(jsonPath("$.training.climbMeters").value(180.0))
				.andExpect(jsonPath("$.training.sessions[0].type").value("HILLS"))
				.andExpect(jsonPath("$.training.weeklyLoad", hasSize(3)))
				.andExpect(jsonPath("$.training.fitness").exists())
				.andExpect(jsonPath("$.bodyCheckIns[0].areas.CALVES").value(5))
				.andExpect(jsonPath("$.homework[0].id").value(homeworkId))
				.andExpect(jsonPath("$.homework[0].exercise").value("Foam roll the calves"))
				.andExpect(jsonPath("$.homework[0].notDone").value(1))
				.andExpect(jsonPath("$.homework[0].reasons.TOO_TIME_CONSUMING").value(1))
				.andExpect(jsonPath("$.homework[0].recentCheckIns[0].text").value("No time after work."))
				.andExpect(jsonPath("$.lastNotes", hasSize(3)))
				.andExpect(jsonPath("$.lastNotes[*].id", contains((int) notes[3], (int) notes[2], (int) notes[1])))
				.andExpect(jsonPath("$.insights[*].rule", hasItem("CARE-CALF-HILLS")))
				.andExpect(jsonPath("$.noteId").doesNotExist());

			// each note was logged when its author's signature returned it; the brief logged the three it showed
			String path = "GET /api/v1/appointments/" + next.id() + "/brief";
			for (int i = 1; i < 4; i++) {
				perform(get("/api/v1/admin/access-log?noteId={id}", notes[i]), admin, null)
					.andExpect(jsonPath("$", hasSize(2)))
					.andExpect(jsonPath("$[0].path").value(path))
					.andExpect(jsonPath("$[0].outcome").value("READ"))
					.andExpect(jsonPath("$[0].accountId").value(therapist.user().accountId()));
			}
			perform(get("/api/v1/admin/access-log?noteId={id}", notes[0]), admin, null)
				.andExpect(jsonPath("$[*].path", not(hasItem(path))));
		}

		@Test
		void onlyTheAppointmentsTherapistGetsItsBrief() throws Exception {
			AppointmentView next = fixture.future(runner, therapist, service);
			Therapist colleague = fixture.therapist("Mike");
			fixture.past(runner, colleague, service, 3);

			perform(get("/api/v1/appointments/{id}/brief", next.id()), colleague.user(), null)
				.andExpect(status().isNotFound());
			perform(get("/api/v1/appointments/{id}/brief", next.id()), runner, null).andExpect(status().isForbidden());
			perform(get("/api/v1/appointments/{id}/brief", next.id()), fixture.admin(), null)
				.andExpect(status().isForbidden());
			perform(get("/api/v1/appointments/{id}/brief", next.id()), therapist.user(), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.lastNotes", empty()));
		}

	}

	// helpers

	long signedNote(AppointmentView appointment) throws Exception {
		return id(perform(post("/api/v1/appointments/{id}/notes", appointment.id()), therapist.user(), NOTE)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	long assignedHomework() throws Exception {
		long noteId = signedNote(fixture.past(runner, therapist, service, 2));
		return id(perform(post("/api/v1/notes/{id}/homework", noteId), therapist.user(),
				"{\"exerciseId\": %d, \"timesPerWeek\": 7, \"weeks\": 2}"
					.formatted(library.byCode("CALF_STRETCH_WALL").orElseThrow().id()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	void run(LocalDate date, SessionType type, double climb) {
		trainingLog.addSession(io.runrub.accounts.RunnerId.of(runner.accountId()), new TrainingLog.SessionInput(date, null, type,
				SessionStatus.COMPLETED, type.name(), 50, 9000.0, climb, null, 6, null));
	}

	ResultActions perform(MockHttpServletRequestBuilder request, RunRubUser user, String json) throws Exception {
		MockHttpServletRequestBuilder built = request.with(as(user));
		if (json != null) {
			built = built.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(built);
	}

	long count(String fromWhere) {
		return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
	}

	static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

}
