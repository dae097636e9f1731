package io.runrub.booking.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.Availability;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.ClinicPolicies;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.Intake;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeScreening;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error shapes of booking's controllers, without a database: the confirm step shows its error next to the box;
 * a refused time goes back to the day with the reason; the API answers problem+json naming each bad field, or the
 * refusal's stable type.
 */
@WebMvcTest(controllers = { BookingPageController.class, AppointmentApiController.class })
@Import(WebSlice.class)
class BookingControllersWebTests {

	static final RunRubUser RITA = new RunRubUser(7, "rita@example.com", "Rita", Role.RUNNER, "x");

	static final RunnerId RITAS = RunnerId.of(7);

	static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

	static final Instant START = Instant.parse("2026-03-24T10:00:00Z");

	static final MassageService SPORTS = new MassageService(ServiceId.of(3), "Sports massage", Modality.SPORTS, 60,
			Money.of(6500, "GBP"), 0, 10, true);

	static final TherapistView TESS = new TherapistView(TherapistId.of(5), AccountId.of(50), "Tess", "", true,
			Set.of(Modality.SPORTS), List.of());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ClinicCatalog catalog;

	@MockitoBean
	Availability availability;

	@MockitoBean
	AppointmentBooking booking;

	@MockitoBean
	AppointmentCalendar calendar;

	@MockitoBean
	IntakeScreening screening;

	@MockitoBean
	DayStrip strip;

	@BeforeEach
	void aClinicWithOneServiceAndRitasAnswers() {
		given(catalog.clinic()).willReturn(new ClinicInfo("Stride", "", ZoneId.of("Europe/London"),
				Currency.getInstance("GBP"), new ClinicPolicies(Duration.ofHours(2), 90, Duration.ofHours(24))));
		given(catalog.zone()).willReturn(ZoneId.of("Europe/London"));
		given(catalog.activeServices()).willReturn(List.of(SPORTS));
		given(catalog.service(SPORTS.id())).willReturn(SPORTS);
		given(catalog.therapist(TESS.id())).willReturn(TESS);
		given(catalog.qualifiedTherapists(Modality.SPORTS)).willReturn(List.of(TESS));
		java.util.Map<String, Boolean> allNo = new java.util.LinkedHashMap<>();
		IntakeQuestions.all().forEach(question -> allNo.put(question.id(), false));
		given(screening.find(RITAS)).willReturn(Optional.of(new Intake(allNo, null, NOW, NOW)));
	}

	// pages

	@Test
	void theBookPageOffersTheServicesWithTheirPrices() throws Exception {
		String page = mvc.perform(get("/book").with(user(RITA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Sports massage").contains("£65.00").doesNotContain("??");
	}

	@Test
	void anUntickedConfirmationIsAnErrorNextToTheBoxAndBooksNothing() throws Exception {
		String page = mvc
			.perform(post("/book").with(user(RITA))
				.with(csrf())
				.param("serviceId", "3")
				.param("therapist", "5")
				.param("start", START.toString())
				.param("idempotencyKey", "k-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.containsPattern("<input[^>]*id=\"healthConfirmed\"[^>]*aria-invalid=\"true\" "
					+ "aria-describedby=\"healthConfirmed-error\"")
			.contains("<p id=\"healthConfirmed-error\" class=\"field-error\">Please tick “My health answers are "
					+ "still true”, or update your answers first.</p>")
			.as("the choice is kept for the next try")
			.contains("value=\"" + START + "\"")
			.contains("value=\"k-1\"");
		verifyNoInteractions(booking);
	}

	@Test
	void aChoiceThatCannotBeReadStartsTheBookingAgainWithTheReason() throws Exception {
		mvc.perform(post("/book").with(user(RITA))
			.with(csrf())
			.param("serviceId", "3")
			.param("therapist", "5")
			.param("start", "tomorrow-ish")
			.param("healthConfirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/book"))
			.andExpect(flash().attribute("error", "Choose a time from the free times shown."));
		verifyNoInteractions(booking);
	}

	@Test
	void aTimeTheClinicRefusesGoesBackToTheDayWithTheReason() throws Exception {
		given(booking.book(any())).willThrow(DomainException.conflict("slot-taken", "Tuesday 24 March, 10:00"));

		mvc.perform(post("/book").with(user(RITA))
			.with(csrf())
			.param("serviceId", "3")
			.param("therapist", "5")
			.param("start", START.toString())
			.param("healthConfirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/book?serviceId=3&therapist=5&day=2026-03-24"))
			.andExpect(flash().attribute("error", "Tuesday 24 March, 10:00 is no longer free. Please choose another time."));
	}

	// API

	@Test
	void theApiNamesEveryBadFieldOfABooking() throws Exception {
		mvc.perform(post("/api/v1/appointments").with(user(RITA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": -3, "therapistId": 0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("serviceId", "start", "therapistId")))
			.andExpect(jsonPath("$.errors[?(@.field == 'therapistId')].message").value(hasItem(
					"Give the id of one of the clinic's therapists (a positive number), or leave it out for any therapist.")));
		verifyNoInteractions(booking);
	}

	@Test
	void theApiAnswersATakenTimeWithItsStableType() throws Exception {
		given(booking.book(any())).willThrow(DomainException.conflict("slot-taken", "Tuesday 24 March, 10:00"));

		mvc.perform(post("/api/v1/appointments").with(user(RITA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": 3, "start": "2026-03-24T10:00:00Z", "therapistId": 5}"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/slot-taken"))
			.andExpect(jsonPath("$.detail").value("Tuesday 24 March, 10:00 is no longer free. Please choose another time."));
	}

	@Test
	void theApiAnswersALateCancellationWithItsStableType() throws Exception {
		given(booking.cancel(eq(AppointmentId.of(41)), any()))
			.willThrow(DomainException.refused("too-short-notice", 2));

		mvc.perform(post("/api/v1/appointments/41/cancel").with(user(RITA)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/too-short-notice"))
			.andExpect(jsonPath("$.detail").value("Appointments must be booked at least 2 hours ahead."));
	}

	@Test
	void aRescheduleWithoutAStartNamesTheField() throws Exception {
		mvc.perform(post("/api/v1/appointments/41/reschedule").with(user(RITA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose a new start time."));
		verifyNoInteractions(booking);
	}

}
