package io.runrub.booking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.IntakeScreening;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import io.runrub.training.RacePriority;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.runners.Answers.allNoBut;
import static io.runrub.shared.Modality.DEEP_TISSUE;
import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.shared.Modality.SWEDISH;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The runner's booking pages (issue 14): each day labelled by the runner's own training, services the health answers
 * rule out shown with the reason before any time, closed and full days not offered, a day past the booking window
 * saying why, the confirm step with everything a runner wants to know, and moving an appointment with a confirm step
 * and, if they like, another therapist. The fixed clock stands on Friday 20 March 2026.
 */
@RunRubIntegrationTest
class BookingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	TrainingLog training;

	@Autowired
	IntakeScreening screening;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	AppointmentCalendar calendar;

	TherapistView alice;

	TherapistView bea;

	MassageService sports;

	MassageService deep;

	MassageService swedish;

	RunRubUser rita;

	@BeforeEach
	void aClinicOfTwoTherapists() {
		clinic.reset();
		clinic.open();
		alice = clinic.therapist("Alice").offering(SPORTS, DEEP_TISSUE, SWEDISH).monToSat("09:00-13:00").create();
		bea = clinic.therapist("Bea").offering(SPORTS, DEEP_TISSUE, SWEDISH).monToSat("14:00-18:00").create();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		deep = clinic.service("Deep tissue massage", DEEP_TISSUE, 60).create();
		swedish = clinic.service("Swedish massage", SWEDISH, 60).create();
		rita = clinic.runner("Rita");
	}

	@Test
	void twoDaysAfterTheLongRunTheDayIsGood() throws Exception {
		session(LocalDate.parse("2026-03-22"), SessionType.LONG, 120);

		String strip = page("/book?serviceId=" + sports.id() + "&therapist=any");
		assertThat(strip).contains("<strong>Tue 24 Mar</strong>:", "good: 2 days after your long run")
			.contains("good: the day after your long run");

		String day = page("/book?serviceId=" + sports.id() + "&therapist=any&day=2026-03-24");
		assertThat(day).containsPattern("id=\"day-label\"[^>]*>good: 2 days after your long run<");
	}

	@Test
	void theDayBeforeIntervalsIsNotIdealForDeepWorkButFineForASportsMassage() throws Exception {
		session(LocalDate.parse("2026-03-26"), SessionType.INTERVALS, 50);

		assertThat(page("/book?serviceId=" + deep.id() + "&therapist=any&day=2026-03-25"))
			.containsPattern("id=\"day-label\"[^>]*>not ideal for deep work: the day before your intervals<");
		assertThat(page("/book?serviceId=" + sports.id() + "&therapist=any&day=2026-03-25"))
			.doesNotContain("not ideal for deep work");
	}

	@Test
	void inTheRaceWeekOnlyLightWorkIsSuggested() throws Exception {
		training.addRace(RunnerId.of(rita.accountId()),
				new TrainingLog.RaceInput(LocalDate.parse("2026-04-02"), "Spring 10K", 10_000.0, RacePriority.B));

		assertThat(page("/book?serviceId=" + swedish.id() + "&therapist=any&day=2026-03-27"))
			.containsPattern("id=\"day-label\"[^>]*>in your race week: light only<");
		assertThat(page("/book?serviceId=" + deep.id() + "&therapist=any&day=2026-03-27"))
			.containsPattern("id=\"day-label\"[^>]*>not for deep work: 6 days before Spring 10K<");
	}

	@Test
	void servicesTheHealthAnswersRuleOutAreShownWithTheReasonAndCannotBeChosen() throws Exception {
		screening.answer(RunnerId.of(rita.accountId()), allNoBut("BLOOD_THINNERS"), null);

		String page = page("/book");
		assertThat(page).contains("href=\"/book?serviceId=" + sports.id() + "#step-therapists\"")
			.doesNotContain("href=\"/book?serviceId=" + deep.id() + "#step-therapists\"")
			.contains("Not available to you: Deep tissue massage is not suitable with your health answers.");

		String chosen = page("/book?serviceId=" + deep.id() + "&therapist=any");
		assertThat(chosen).contains("Not available to you").doesNotContain("id=\"step-therapists\"")
			.doesNotContain("id=\"step-days\"");
	}

	@Test
	void closedAndFullDaysAreShownAsSuchAndCannotBeTapped() throws Exception {
		administration.addClosure(LocalDate.parse("2026-03-25"), "Staff training");
		// Alice's whole Tuesday is taken by time off: with only her, the day is full
		administration.addTimeOff(alice.id(), london("2026-03-24T00:00"), london("2026-03-25T00:00"), "Course");

		String strip = page("/book?serviceId=" + sports.id() + "&therapist=" + alice.id());
		assertThat(strip).doesNotContain("day=2026-03-25").doesNotContain("day=2026-03-24")
			.doesNotContain("day=2026-03-22") // a Sunday: nobody works
			.contains("day=2026-03-23");
		assertThat(strip.split(">closed</span>", -1)).as("Sundays 22 and 29, the closure on 25").hasSize(4);
		assertThat(strip.split(">full</span>", -1)).as("her Tuesday off").hasSize(2);
		assertThat(strip).containsPattern("Mon</span>\\s*<strong>23 Mar</strong>\\s*<span class=\"count\">13 free<");

		assertThat(page("/book?serviceId=" + sports.id() + "&therapist=" + alice.id() + "&day=2026-03-25"))
			.contains("The clinic is closed on Wednesday 25 March: Staff training")
			.doesNotContain("id=\"slots\"");
		assertThat(page("/book?serviceId=" + sports.id() + "&therapist=" + alice.id() + "&day=2026-03-29"))
			.contains("Nobody who gives this massage works on Sundays.");
	}

	@Test
	void theNextFreeTimeIsOfferedAcrossDaysAndTherapists() throws Exception {
		// today (Friday) both are away; on Saturday 21 March Alice's morning is off, and Bea is free from 14:00
		administration.addTimeOff(alice.id(), london("2026-03-20T00:00"), london("2026-03-21T13:00"), "Away");
		administration.addTimeOff(bea.id(), london("2026-03-20T00:00"), london("2026-03-21T00:00"), "Away");

		String any = page("/book?serviceId=" + sports.id() + "&therapist=any");
		assertThat(any).containsPattern("Next available:</span>\\s*<a href=\"/book/confirm\\?serviceId="
				+ sports.id() + "&amp;therapist=any&amp;start=2026-03-21T14:00:00Z\">Sat 21 Mar, 14:00</a>");
		String hers = page("/book?serviceId=" + sports.id() + "&therapist=" + alice.id());
		assertThat(hers).contains("start=2026-03-23T09:00:00Z\">Mon 23 Mar, 09:00</a>");
	}

	@Test
	void aDayPastTheBookingWindowSaysWhyInsteadOfNoFreeTimes() throws Exception {
		clinic.open(120, 10, 24);

		String strip = page("/book?serviceId=" + sports.id() + "&therapist=any");
		assertThat(strip.split(">not open yet</span>", -1)).as("31 March, 1 and 2 April").hasSize(4);

		String day = page("/book?serviceId=" + sports.id() + "&therapist=any&day=2026-04-02");
		assertThat(day).contains("Thursday 2 April is not open for booking yet: the clinic takes bookings up to 10 days "
				+ "ahead, so you can book it from Monday 23 March.")
			.doesNotContain("No free times on this day");
	}

	@Test
	void theConfirmStepShowsPriceLengthTherapistAddressAndTheCancellationPolicy() throws Exception {
		String page = page("/book/confirm?serviceId=" + sports.id() + "&therapist=" + alice.id()
				+ "&start=2026-03-24T09:00:00Z");

		assertThat(page).contains("£60.00", "60 minutes", "with Alice", "Stride Test Clinic", "1 Test Lane, London")
			.contains("Free to cancel or move until Monday 23 March at 09:00 (24 hours before).");
	}

	@Test
	void theConfirmationSaysTheSameAfterBooking() throws Exception {
		mvc.perform(post("/book").with(user(rita))
			.with(csrf())
			.param("serviceId", sports.id().toString())
			.param("therapist", alice.id().toString())
			.param("start", "2026-03-24T09:00:00Z")
			.param("healthConfirmed", "true"))
			.andExpect(redirectedUrl("/appointments"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("bookedDetails", "60 minutes, £60.00, at Stride Test Clinic, 1 Test Lane, London. Free to "
						+ "cancel or move until Monday 23 March at 09:00 (24 hours before)."));
		// the list says the time and the length apart, not "09:00 60 minutes"
		String list = mvc.perform(get("/appointments").with(user(rita))).andReturn().getResponse().getContentAsString();
		assertThat(io.runrub.support.VisibleText.of(list)).contains("Tuesday 24 March 2026, 09:00 · 60 minutes");
	}

	@Test
	void movingAnAppointmentAsksToConfirmAndMayChangeTherapist() throws Exception {
		AppointmentView booked = booking.book(new BookingRequest(RunnerId.of(rita.accountId()), sports.id(),
				london("2026-03-24T09:00"), alice.id(), null));

		String choose = page("/appointments/" + booked.id() + "/reschedule?therapist=" + bea.id() + "&day=2026-03-25");
		assertThat(choose).contains("href=\"/appointments/" + booked.id() + "/reschedule/confirm?therapist="
				+ bea.id() + "&amp;start=2026-03-25T14:00:00Z\"");
		assertThat(choose).as("a time is a link to the confirm step, not a button that moves at once")
			.doesNotContain("action=\"/appointments/" + booked.id() + "/reschedule\"");

		String confirm = page("/appointments/" + booked.id() + "/reschedule/confirm?therapist=" + bea.id()
				+ "&start=2026-03-25T14:00:00Z");
		assertThat(confirm).contains("Tuesday 24 March, 09:00", "Wednesday 25 March, 14:00", "with Bea")
			.contains("id=\"confirm-move\"");
		assertThat(calendar.find(booked.id(), io.runrub.accounts.Actor.of(rita.accountId(), rita.role()))
			.start()
			.toInstant()).as("nothing moves before the confirm").isEqualTo(london("2026-03-24T09:00"));

		mvc.perform(post("/appointments/" + booked.id() + "/reschedule").with(user(rita))
			.with(csrf())
			.param("start", "2026-03-25T14:00:00Z")
			.param("therapist", bea.id().toString())).andExpect(redirectedUrl("/appointments"));

		AppointmentView moved = calendar.find(booked.id(), io.runrub.accounts.Actor.of(rita.accountId(), rita.role()));
		assertThat(moved.start().toInstant()).isEqualTo(Instant.parse("2026-03-25T14:00:00Z"));
		assertThat(moved.therapistId()).isEqualTo(bea.id());
	}

	@Test
	void eachServiceHasAShortDescriptionSetByTheAdminAndShownWhenChoosing() throws Exception {
		String created = mvc
			.perform(post("/api/v1/admin/services").with(user(clinic.admin()))
				.with(csrf())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Recovery flush", "modality": "SPORTS", "durationMinutes": 30, "priceCents": 3500,
						 "description": "Light, quick strokes to flush tired legs after a race."}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(created).contains("\"description\":\"Light, quick strokes to flush tired legs after a race.\"");

		assertThat(page("/book")).contains("Light, quick strokes to flush tired legs after a race.");

		mvc.perform(post("/api/v1/admin/services").with(user(clinic.admin()))
			.with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Long\", \"modality\": \"SPORTS\", \"durationMinutes\": 30, \"priceCents\": 1,"
					+ " \"description\": \"" + "x".repeat(501) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("description")));
	}

	private void session(LocalDate date, SessionType type, int minutes) {
		training.addSession(RunnerId.of(rita.accountId()), new TrainingLog.SessionInput(date, LocalTime.of(8, 0), type,
				SessionStatus.PLANNED, null, minutes, null, null, null, null, null));
		clinic.awaitEvents();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(user(rita)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
