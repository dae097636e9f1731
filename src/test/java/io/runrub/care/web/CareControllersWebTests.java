package io.runrub.care.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentStatus;
import io.runrub.booking.AppointmentView;
import io.runrub.care.body.BodyLog;
import io.runrub.care.brief.TherapistBriefs;
import io.runrub.care.homework.ExerciseLibrary;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.insights.RunnerInsights;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error shapes of care's controllers, without a database: the pages show every error of a form at once, each
 * right under its field and marked for screen readers, in words from messages.properties; the API answers
 * problem+json naming each bad field, or the refusal's stable type.
 */
@WebMvcTest(controllers = { TherapistCarePageController.class, RunnerCarePageController.class,
		ClinicalApiController.class, RunnerCareApiController.class })
@Import({ WebSlice.class, BodyMapPictures.class })
class CareControllersWebTests {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	static final RunRubUser JOHN = new RunRubUser(3, "john@example.com", "John", Role.THERAPIST, "x");

	static final RunRubUser ROSA = new RunRubUser(7, "rosa@example.com", "Rosa", Role.RUNNER, "x");

	static final AppointmentView APPOINTMENT = new AppointmentView(AppointmentId.of(5), RunnerId.of(7), "Rosa",
			TherapistId.of(1), "John", ServiceId.of(2), "Sports massage", Modality.SPORTS, 60,
			ZonedDateTime.of(2026, 3, 19, 10, 0, 0, 0, ZONE), ZonedDateTime.of(2026, 3, 19, 11, 0, 0, 0, ZONE),
			AppointmentStatus.BOOKED, false, 0);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AppointmentCalendar calendar;

	@MockitoBean
	ClinicCatalog catalog;

	@MockitoBean
	ClinicalRecords records;

	@MockitoBean
	TherapistBriefs briefs;

	@MockitoBean
	HomeworkAssignments homework;

	@MockitoBean
	ExerciseLibrary library;

	@MockitoBean
	RunnerInsights insights;

	@MockitoBean
	BodyLog body;

	@MockitoBean
	io.runrub.booking.AttendanceRecording attendance;

	@MockitoBean
	io.runrub.runners.ProfileKeeping profiles;

	@BeforeEach
	void setUp() {
		given(calendar.find(eq(AppointmentId.of(5)), any())).willReturn(APPOINTMENT);
		given(catalog.zone()).willReturn(ZONE);
		given(body.today()).willReturn(TODAY);
	}

	@Test
	void aNoteFormShowsEveryErrorAtOnceNextToItsField() throws Exception {
		mvc.perform(post("/therapist/appointments/5/note").with(user(JOHN)).with(csrf())
			.param("findings[CALVES].state", "TIGHT")
			.param("findings[CALVES].severity", "0")
			.param("findings[SHINS].severity", "2")
			.param("techniques", "Effleurage")
			.param("pressure", "")
			.param("tolerance", "FIRM")
			.param("feedback", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"severity_CALVES-error\" class=\"field-error\">Calves is tight: give a severity from 1 to 3."),
					containsString("id=\"state_SHINS-error\" class=\"field-error\">Choose the state of Shins, or clear its severity."),
					containsString("id=\"pressure-error\" class=\"field-error\">Choose the pressure used."),
					containsString("id=\"feedback-error\" class=\"field-error\">Write feedback for the runner"),
					containsString("aria-describedby=\"severity_CALVES-error\""),
					containsString("aria-invalid=\"true\""), not(containsString("id=\"tolerance-error\"")),
					containsString("<option value=\"FIRM\" selected=\"selected\">"))));
		verifyNoInteractions(records);
	}

	@Test
	void valuesOfTheWrongKindInANoteAreNamedInWordsFromMessages() throws Exception {
		mvc.perform(post("/therapist/appointments/5/note").with(user(JOHN)).with(csrf())
			.param("findings[CALVES].state", "SORE")
			.param("findings[QUADS].state", "TIGHT")
			.param("findings[QUADS].severity", "two")
			.param("pressure", "HARD")
			.param("tolerance", "FIRM")
			.param("feedback", "Fine."))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"state_CALVES-error\" class=\"field-error\">Choose a state from the list."),
					containsString("id=\"severity_QUADS-error\" class=\"field-error\">Choose a severity from 0 to 3."),
					containsString("id=\"pressure-error\" class=\"field-error\">Choose the pressure used from the list."),
					not(containsString("NumberFormatException")), not(containsString("Failed to convert")))));
		verifyNoInteractions(records);
	}

	@Test
	void aRefusalOfTheRecordShowsNextToTheFieldItIsAbout() throws Exception {
		given(records.sign(eq(AppointmentId.of(5)), any(), eq(JOHN.actor()), any()))
			.willThrow(DomainException.conflict("note-already-signed"));
		mvc.perform(post("/therapist/appointments/5/note").with(user(JOHN)).with(csrf())
			.param("findings[CALVES].state", "NORMAL")
			.param("pressure", "FIRM")
			.param("tolerance", "FIRM")
			.param("feedback", "Fine."))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"flash error\" role=\"alert\""),
					containsString("This appointment already has a signed note"))));
	}

	@Test
	void aBodyCheckInShowsEachBadFieldNextToIt() throws Exception {
		mvc.perform(post("/care/body-check-ins").with(user(ROSA)).with(csrf())
			.param("date", "someday")
			.param("areas[CALVES]", "11")
			.param("areas[SHINS]", "sore"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"body-date-error\" class=\"field-error\">Enter the day as day/month/year, for example 14/03/2026."),
					containsString("id=\"area_CALVES-error\" class=\"field-error\">Mark each area from 0 to 10."),
					containsString("id=\"area_SHINS-error\" class=\"field-error\">Enter a whole number from 0 to 10."),
					containsString("aria-describedby=\"area_CALVES-error\""), containsString("value=\"11\""))));
		org.mockito.Mockito.verify(body, org.mockito.Mockito.never()).record(any(), any(), any());
	}

	@Test
	void aRefusalOfTheBodyLogShowsUnderTheDay() throws Exception {
		given(body.record(eq(RunnerId.of(7)), eq(TODAY.plusDays(1)), any()))
			.willThrow(DomainException.refused("body-check-in-date-in-future"));
		mvc.perform(post("/care/body-check-ins").with(user(ROSA)).with(csrf())
			.param("date", TODAY.plusDays(1).toString())
			.param("areas[CALVES]", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"body-date-error\" class=\"field-error\">Check in for today or an earlier day.")));
	}

	@Test
	void anApiNoteWithBadFieldsNamesEachField() throws Exception {
		mvc.perform(post("/api/v1/appointments/5/notes").with(user(JOHN)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"findings": [], "tolerance": "FIRM", "feedbackForRunner": " "}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/invalid-fields"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("findings")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("pressure")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("feedbackForRunner")))
			.andExpect(jsonPath("$.errors[?(@.field == 'pressure')].message").value(hasItem("Choose the pressure used.")));
		verifyNoInteractions(records);
	}

	@Test
	void anApiRefusalHasItsStableTypeAndWords() throws Exception {
		given(records.sign(eq(AppointmentId.of(5)), any(), eq(JOHN.actor()), any()))
			.willThrow(DomainException.refused("note-before-appointment"));
		mvc.perform(post("/api/v1/appointments/5/notes").with(user(JOHN)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"findings": [{"area": "CALVES", "state": "NORMAL", "severity": 0}], "pressure": "FIRM",
					 "tolerance": "FIRM", "feedbackForRunner": "Fine."}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/note-before-appointment"))
			.andExpect(jsonPath("$.detail")
				.value("A treatment note can be written from the appointment's start time on, not before."));
	}

	@Test
	void anApiCheckInOutOfRangeNamesItsFieldsAndARangeRefusalItsType() throws Exception {
		mvc.perform(post("/api/v1/homework/9/check-ins").with(user(ROSA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"status": "DONE", "minutes": 400, "change": 11}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'minutes')].message").value(hasItem("Minutes are from 0 to 300.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'change')].message")
				.value(hasItem("What changed is a score from 0 (no better) to 10 (completely better).")));
		mvc.perform(get("/api/v1/me/body-check-ins?from=2026-03-20&to=2026-03-01").with(user(ROSA)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/care-range-invalid"));
		verifyNoInteractions(homework);
	}

}
