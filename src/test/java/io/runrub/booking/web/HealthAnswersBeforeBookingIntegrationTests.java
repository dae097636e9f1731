package io.runrub.booking.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.runners.Intake;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;
import io.runrub.shared.Modality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.runrub.runners.Answers.allNo;
import static io.runrub.runners.Answers.allNoBut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Booking asks the health screening first (SAFE-STOP, SAFE-RESTRICT): without answers, or with an answer that means
 * no massage now, nothing is booked; a restriction rules out deep work only. The confirm page asks "anything changed
 * since last time?", and the therapist's day shows what each client answered yes to. Each test has its own
 * therapist, services and runner, so that tests sharing the database do not meet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HealthAnswersBeforeBookingIntegrationTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final String PASSWORD = "correct-horse-7";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountRegistration registration;

	@Autowired
	private ClinicAdministration administration;

	@Autowired
	private IntakeScreening screening;

	@Autowired
	private AppointmentCalendar calendar;

	@Autowired
	private Clock clock;

	private TherapistView tess;

	private MassageService swedish;

	private MassageService deepTissue;

	private RunRubUser rosa;

	private Instant start;

	@BeforeEach
	void openTheClinic() {
		administration.updateClinic(new ClinicAdministration.ClinicDetails("Stride Sports Massage", "1 Test Lane",
				LONDON.getId(), "GBP", 120, 60, 24));
		tess = administration.createTherapist("Tess", unique("tess") + "@example.test", PASSWORD, "",
				EnumSet.of(Modality.SWEDISH, Modality.DEEP_TISSUE, Modality.SPORTS));
		administration.setWorkingHours(tess.id(), Stream.of(DayOfWeek.values())
			.map(day -> new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(20, 0)))
			.toList());
		swedish = service("Swedish massage", Modality.SWEDISH);
		deepTissue = service("Deep tissue massage", Modality.DEEP_TISSUE);
		AccountSummary account = registration.signUpRunner(unique("rosa") + "@example.test", PASSWORD, "Rosa");
		rosa = new RunRubUser(account.id(), account.email(), account.name(), Role.RUNNER, null);
		start = LocalDate.now(clock.withZone(LONDON)).plusDays(3).atTime(10, 0).atZone(LONDON).toInstant();
	}

	@Test
	void withoutHealthAnswersNothingIsBooked() throws Exception {
		book(swedish).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Health questions not answered"))
			.andExpect(jsonPath("$.detail").value(startsWith("Answer the health questions before booking")));

		assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void aStopAnswerRefusesEveryBookingWithTheAdviceAndWritesNothing() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNoBut("CHEST_PAIN"), null);
		String advice = screening.verdict(RunnerId.of(rosa.accountId())).advice();

		for (MassageService service : List.of(swedish, deepTissue)) {
			book(service).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.title").value("Massage not advised now"))
				.andExpect(jsonPath("$.detail").value(advice))
				.andExpect(jsonPath("$.detail").value(startsWith("Please don't book a massage now")))
				.andExpect(jsonPath("$.detail").value(containsString("seek medical advice")));
		}

		assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId()))).isEmpty();
		assertThat(calendar.forTherapist(tess.id(), start.minusSeconds(86400), start.plusSeconds(86400))).isEmpty();
	}

	@Test
	void aRestrictAnswerRefusesDeepTissueButBooksASwedishMassage() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNoBut("BLOOD_THINNERS"), null);

		book(deepTissue).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(startsWith("Deep tissue massage is not suitable with your health answers")))
			.andExpect(jsonPath("$.detail").value(containsString("light pressure")));
		assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId()))).isEmpty();

		book(swedish).andExpect(status().isCreated()).andExpect(jsonPath("$.serviceId").value(swedish.id().value()));
		assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId()))).hasSize(1);
	}

	@Test
	void allNoAnswersAllowDeepTissue() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNo(), null);

		book(deepTissue).andExpect(status().isCreated());

		assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId()))).singleElement()
			.satisfies(appointment -> assertThat(appointment.modality()).isEqualTo(Modality.DEEP_TISSUE));
	}

	@Test
	void theConfirmPageShowsTheAnswersAndAsksWhetherAnythingChanged() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNoBut("VARICOSE_VEINS"), "Left leg");

		String page = page(get("/book/confirm").param("serviceId", swedish.id().toString())
			.param("therapist", "any")
			.param("start", start.toString()));

		assertThat(page).contains("You answered yes to:")
			.contains(IntakeQuestions.byId("VARICOSE_VEINS").orElseThrow().text())
			.contains("Anything changed since last time?")
			.contains("name=\"healthConfirmed\"")
			.contains("My health answers are still true")
			.contains("Update my health answers")
			.contains("href=\"/intake?next=/book/confirm?serviceId%3D" + swedish.id() + "%26therapist%3Dany%26start%3D"
					+ start + "\"")
			.contains("id=\"confirm\"");
	}

	@Test
	void theConfirmPageOffersNoBookingWhenTheAnswersDoNotAllowIt() throws Exception {
		String unanswered = page(confirmPage(swedish));
		assertThat(unanswered).contains("Answer the health questions").doesNotContain("id=\"confirm\"");

		screening.answer(RunnerId.of(rosa.accountId()), allNoBut("PREGNANCY"), null);
		assertThat(page(confirmPage(deepTissue))).contains("Deep tissue massage is not suitable with your health answers")
			.doesNotContain("id=\"confirm\"");
		assertThat(page(confirmPage(swedish))).contains("id=\"confirm\"");

		screening.answer(RunnerId.of(rosa.accountId()), allNoBut("FRACTURE"), null);
		assertThat(page(confirmPage(swedish))).contains("Please don&#39;t book a massage now")
			.doesNotContain("id=\"confirm\"");
	}

	@Test
	void bookingOnThePageNeedsTheTickThatTheAnswersStillHold() throws Exception {
		Intake answered = screening.answer(RunnerId.of(rosa.accountId()), allNo(), null);

		// the confirm step again, with the error next to the box it is about
		String page = mvc.perform(placeOnPage(swedish).with(as(rosa)))
			.andExpect(status().isOk())
			.andExpect(view().name("booking/confirm"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"healthConfirmed-error\"",
				"Please tick “My health answers are still true”, or update your answers first.",
				"aria-describedby=\"healthConfirmed-error\"", "aria-invalid=\"true\"");
		assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId()))).isEmpty();

		mvc.perform(placeOnPage(swedish).param("healthConfirmed", "true").with(as(rosa)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/appointments"));
		assertThat(calendar.forRunner(RunnerId.of(rosa.accountId()))).hasSize(1);
		assertThat(screening.find(RunnerId.of(rosa.accountId())).orElseThrow().confirmedAt())
			.isAfterOrEqualTo(answered.confirmedAt());
	}

	@Test
	void theTherapistsDayShowsWhatEachClientAnsweredYesToButNotTheirNotes() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNo(), null);
		book(swedish).andExpect(status().isCreated());
		screening.answer(RunnerId.of(rosa.accountId()), allNoBut("HEART_CONDITION"), "My private note for later");

		RunRubUser therapist = new RunRubUser(tess.accountId(), "", "Tess", Role.THERAPIST, null);
		String day = mvc.perform(get("/therapist/day").param("date", LocalDate.ofInstant(start, LONDON).toString())
			.with(as(therapist)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		long appointment = calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId())).get(0).id().value();
		assertThat(day).contains("Rosa")
			.contains("href=\"/therapist/appointments/" + appointment + "\"")
			.contains("Light pressure only")
			.contains(IntakeQuestions.byId("HEART_CONDITION").orElseThrow().text())
			.doesNotContain("My private note for later")
			.doesNotContain(IntakeQuestions.byId("PREGNANCY").orElseThrow().text());
		assertThat(IntakeVerdict.of(screening.find(RunnerId.of(rosa.accountId())).orElseThrow()).restricted()).isTrue();
	}

	@Test
	void aStopAnswerGivenAfterBookingStopsMovingTheAppointmentToo() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNo(), null);
		book(swedish).andExpect(status().isCreated());
		long id = calendar.forRunner(RunnerId.of(rosa.accountId())).get(0).id().value();
		screening.answer(RunnerId.of(rosa.accountId()), allNoBut("BLOOD_CLOT"), null);

		mvc.perform(post("/api/v1/appointments/" + id + "/reschedule").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"start\": \"%s\"}".formatted(start.plusSeconds(3600))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Massage not advised now"));
		assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId())).get(0).start().toInstant()).isEqualTo(start);
	}

	@Test
	void aRunnerCannotBeInTwoAppointmentsAtOnce() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNo(), null);
		TherapistView tom = administration.createTherapist("Tom", unique("tom") + "@example.test", PASSWORD, "",
				EnumSet.of(Modality.SWEDISH));
		administration.setWorkingHours(tom.id(), Stream.of(DayOfWeek.values())
			.map(day -> new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(20, 0)))
			.toList());
		book(swedish).andExpect(status().isCreated());

		mvc.perform(post("/api/v1/appointments").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": %d, "start": "%s", "therapistId": %d}""".formatted(swedish.id().value(),
					start.plusSeconds(1800), tom.id().value())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(startsWith("You already have an appointment")));
		assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId()))).hasSize(1);
	}

	@Test
	void aRefusedBookingOnThePageGoesBackToTheDayWithTheReason() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNo(), null);
		java.time.Instant tooSoon = clock.instant().plusSeconds(1800);
		mvc.perform(post("/book").with(csrf())
			.param("serviceId", swedish.id().toString())
			.param("therapist", String.valueOf(tess.id()))
			.param("start", tooSoon.toString())
			.param("idempotencyKey", UUID.randomUUID().toString())
			.param("healthConfirmed", "true")
			.with(as(rosa)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/book?serviceId=" + swedish.id() + "&therapist=" + tess.id() + "&day="
					+ LocalDate.ofInstant(tooSoon, LONDON)))
			.andExpect(flash().attribute("error", containsString("at least 2 hours ahead")));
	}

	private ResultActions book(MassageService service) throws Exception {
		return mvc.perform(post("/api/v1/appointments").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": %d, "start": "%s", "therapistId": %d}""".formatted(service.id().value(), start, tess.id().value())));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder confirmPage(
			MassageService service) {
		return get("/book/confirm").param("serviceId", service.id().toString())
			.param("therapist", String.valueOf(tess.id()))
			.param("start", start.toString());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder placeOnPage(
			MassageService service) {
		return post("/book").with(csrf())
			.param("serviceId", service.id().toString())
			.param("therapist", String.valueOf(tess.id()))
			.param("start", start.toString())
			.param("idempotencyKey", UUID.randomUUID().toString());
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(as(rosa)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MassageService service(String name, Modality modality) {
		return administration.createService(new ClinicAdministration.ServiceDetails(unique(name), modality, 60, 6000, 0,
				0, true));
	}

	private static RequestPostProcessor as(RunRubUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
