package io.runrub.booking;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentBooking.PastAppointment;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attendance through the API: the appointment's own therapist or an admin records it once it has started, once; a
 * runner's cancellation inside the cutoff is allowed until the start and recorded as late. Now is Friday 20 March
 * 2026 10:00 GMT; the cutoff is 24 hours.
 */
@RunRubIntegrationTest
class AttendanceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	JdbcClient jdbc;

	RunRubUser rosa;

	RunRubUser admin;

	TherapistView alice;

	TherapistView bea;

	MassageService sports;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
		bea = clinic.therapist("Bea").offering(SPORTS).monToSat("09:00-18:00").create();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		rosa = clinic.runner("Rosa");
		admin = clinic.admin();
	}

	private AppointmentView past(String start) {
		return booking.recordPast(new PastAppointment(RunnerId.of(rosa.accountId()), alice.id(), sports.id(),
				london(start), AccountId.of(admin.accountId())));
	}

	private ResultActions mark(RunRubUser who, AppointmentView appointment, String body) throws Exception {
		return mvc.perform(post("/api/v1/appointments/{id}/attendance", appointment.id().value()).with(user(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String attendanceOf(AppointmentView appointment) {
		return jdbc.sql("select attendance from appointment where id = :id")
			.param("id", appointment.id().value())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void theAppointmentsTherapistRecordsItOnceAndTheOtherAnswerIsAConflict() throws Exception {
		AppointmentView yesterday = past("2026-03-19T10:00");

		mark(clinic.login(alice), yesterday, "{\"status\": \"ATTENDED\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ATTENDED"));
		mark(admin, yesterday, "{\"status\": \"ATTENDED\"}").andExpect(status().isOk());
		mark(admin, yesterday, "{\"status\": \"NO_SHOW\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/attendance-already-recorded"));

		assertThat(attendanceOf(yesterday)).isEqualTo("ATTENDED");
	}

	@Test
	void anotherTherapistOrTheRunnerCannotRecordIt() throws Exception {
		AppointmentView yesterday = past("2026-03-19T10:00");

		mark(clinic.login(bea), yesterday, "{\"status\": \"NO_SHOW\"}").andExpect(status().isNotFound());
		mark(rosa, yesterday, "{\"status\": \"ATTENDED\"}").andExpect(status().isForbidden());

		assertThat(attendanceOf(yesterday)).isNull();
	}

	@Test
	void notBeforeItStartsNorForACancelledOneAndBadInputNamesTheField() throws Exception {
		AppointmentView monday = booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(),
				london("2026-03-23T10:00"), alice.id(), null));
		AppointmentView yesterday = past("2026-03-19T10:00");
		booking.cancel(yesterday.id(), admin.actor());

		mark(admin, monday, "{\"status\": \"ATTENDED\"}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/attendance-before-start"));
		mark(admin, yesterday, "{\"status\": \"ATTENDED\"}").andExpect(status().isUnprocessableEntity());
		mark(admin, monday, "{\"status\": \"MAYBE\"}").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("status")));
		mark(admin, monday, "{}").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("status")));

		assertThat(attendanceOf(monday)).isNull();
		assertThat(attendanceOf(yesterday)).isNull();
	}

	@Test
	void aRunnerMayCancelInsideTheCutoffUntilTheStartWhichIsRecordedAsLate() throws Exception {
		AppointmentView tomorrow = booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(),
				london("2026-03-21T09:45"), alice.id(), null));
		AppointmentView monday = booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(),
				london("2026-03-23T10:00"), alice.id(), null));
		AppointmentView yesterday = past("2026-03-19T10:00");

		mvc.perform(post("/api/v1/appointments/{id}/cancel", tomorrow.id().value()).with(user(rosa)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/appointments/{id}/cancel", monday.id().value()).with(user(rosa)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/appointments/{id}/cancel", yesterday.id().value()).with(user(rosa)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/appointment-started"));

		assertThat(jdbc.sql("select id from appointment where late_cancellation order by id").query(Long.class).list())
			.containsExactly(tomorrow.id().value());
	}

	@Test
	void theTherapistMarksItFromTheDayPage() throws Exception {
		AppointmentView thisMorning = past("2026-03-20T09:00");
		RunRubUser therapist = clinic.login(alice);

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/therapist/day")
			.param("date", "2026-03-20")
			.with(user(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rosa did not come")));
		mvc.perform(post("/therapist/appointments/{id}/attendance", thisMorning.id().value()).with(user(therapist))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("status", "NO_SHOW")
			.param("date", "2026-03-20"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/therapist/day?date=2026-03-20"));

		assertThat(attendanceOf(thisMorning)).isEqualTo("NO_SHOW");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/therapist/day")
			.param("date", "2026-03-20")
			.with(user(therapist)))
			.andExpect(content().string(org.hamcrest.Matchers.allOf(containsString("Did not come"),
					org.hamcrest.Matchers.not(containsString("Rosa did not come")))));
	}

	@Test
	void theBriefShowsTheRunnersAttendance() throws Exception {
		AppointmentView monday = booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(),
				london("2026-03-23T10:00"), alice.id(), null));
		RunRubUser therapist = clinic.login(alice);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/therapist/appointments/{id}", monday.id().value())
			.with(user(therapist))).andExpect(content().string(containsString("No attendance recorded yet.")));

		mark(therapist, past("2026-03-16T10:00"), "{\"status\": \"ATTENDED\"}").andExpect(status().isOk());
		mark(therapist, past("2026-03-17T10:00"), "{\"status\": \"NO_SHOW\"}").andExpect(status().isOk());
		booking.cancel(booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(),
				london("2026-03-21T09:45"), alice.id(), null)).id(), rosa.actor());

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/therapist/appointments/{id}", monday.id().value())
			.with(user(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attended 1 of 2; 1 no-show; 1 late cancellation.")));
	}

}
