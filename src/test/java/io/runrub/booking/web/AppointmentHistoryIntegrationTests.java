package io.runrub.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * History: an admin records appointments that already took place. Notice, booking-ahead and working hours do not
 * apply to them; the guarantee that a therapist is never double-booked does.
 */
@RunRubIntegrationTest
class AppointmentHistoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistration registration;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	Clock clock;

	RunRubUser admin;

	AccountSummary runner;

	TherapistView therapist;

	MassageService service;

	@BeforeEach
	void setUp() {
		admin = user(registration.create(unique("admin"), "correct-horse-7", "Ada Admin", Role.ADMIN));
		runner = registration.create(unique("rosa"), "correct-horse-7", "Rosa Runner", Role.RUNNER);
		therapist = administration.createTherapist("John", unique("john"), "correct-horse-7", "",
				EnumSet.of(Modality.SPORTS));
		service = administration.createService(
				new ClinicAdministration.ServiceDetails("Sports massage", Modality.SPORTS, 60, 6000, 0, 15, true));
	}

	@Test
	void anAdminRecordsAPastAppointmentOutsideAnyWorkingHoursAndBothCalendarsShowIt() throws Exception {
		OffsetDateTime start = daysAgoAt(3, 6, 30);

		record(admin, runner.email(), therapist.id().value(), service.id().value(), start).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.runnerId").value(runner.id().value()))
			.andExpect(jsonPath("$.runnerName").value("Rosa Runner"))
			.andExpect(jsonPath("$.therapistId").value(therapist.id().value()))
			.andExpect(jsonPath("$.serviceId").value(service.id().value()))
			.andExpect(jsonPath("$.start").value(iso(start)))
			.andExpect(jsonPath("$.end").value(iso(start.plusMinutes(60))))
			.andExpect(jsonPath("$.status").value("BOOKED"));

		RunRubUser rosa = user(runner);
		mvc.perform(get("/api/v1/appointments").with(as(rosa)))
			.andExpect(jsonPath("$[*].start", hasItem(iso(start))));
	}

	@Test
	void theNoOverlapGuaranteeHoldsForHistoryBuffersIncluded() throws Exception {
		OffsetDateTime start = daysAgoAt(2, 10, 0);
		record(admin, runner.email(), therapist.id().value(), service.id().value(), start).andExpect(status().isCreated());

		record(admin, runner.email(), therapist.id().value(), service.id().value(), start.plusMinutes(30))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Slot taken"))
			.andExpect(jsonPath("$.detail", containsString("John already has an appointment that overlaps")));
		// inside the 15 minutes after the first one
		record(admin, runner.email(), therapist.id().value(), service.id().value(), start.plusMinutes(70))
			.andExpect(status().isConflict());
		record(admin, runner.email(), therapist.id().value(), service.id().value(), start.plusMinutes(75))
			.andExpect(status().isCreated());
	}

	@Test
	void onlyAppointmentsThatHaveStartedAreHistory() throws Exception {
		record(admin, runner.email(), therapist.id().value(), service.id().value(),
				OffsetDateTime.now(clock).plusHours(1).withNano(0))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Not in the past"));
	}

	@Test
	void theRunnerTheTherapistAndTheServiceMustExist() throws Exception {
		OffsetDateTime start = daysAgoAt(4, 9, 0);
		record(admin, "nobody-" + UUID.randomUUID() + "@example.test", therapist.id().value(), service.id().value(), start)
			.andExpect(status().isNotFound());
		record(admin, runner.email(), 999_999L, service.id().value(), start).andExpect(status().isNotFound());
		record(admin, runner.email(), therapist.id().value(), 999_999L, start).andExpect(status().isNotFound());
		AccountSummary notARunner = registration.create(unique("mike"), "correct-horse-7", "Mike", Role.ADMIN);
		record(admin, notARunner.email(), therapist.id().value(), service.id().value(), start)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Not a runner"));
		mvc.perform(post("/api/v1/admin/appointments").with(as(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"runnerEmail\": \"not-an-email\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("start")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("therapistId")));
	}

	@Test
	void onlyAdminsRecordHistory() throws Exception {
		OffsetDateTime start = daysAgoAt(5, 9, 0);
		record(user(runner), runner.email(), therapist.id().value(), service.id().value(), start).andExpect(status().isForbidden());
		RunRubUser john = new RunRubUser(therapist.accountId(), "", "John", Role.THERAPIST, null);
		record(john, runner.email(), therapist.id().value(), service.id().value(), start).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/appointments").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions record(RunRubUser user, String email, long therapistId, long serviceId,
			OffsetDateTime start) throws Exception {
		return mvc.perform(post("/api/v1/admin/appointments").with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"runnerEmail\": \"%s\", \"therapistId\": %d, \"serviceId\": %d, \"start\": \"%s\"}"
				.formatted(email, therapistId, serviceId, start)));
	}

	private OffsetDateTime daysAgoAt(int days, int hour, int minute) {
		ZoneId zone = catalog.zone();
		return LocalDate.ofInstant(clock.instant(), zone)
			.minusDays(days)
			.atTime(LocalTime.of(hour, minute))
			.atZone(zone)
			.toOffsetDateTime();
	}

	/** As the API writes times: seconds always, "Z" for UTC. */
	private static String iso(OffsetDateTime time) {
		return time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

	private static RunRubUser user(AccountSummary account) {
		return new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(RunRubUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
