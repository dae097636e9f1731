package io.runrub.feeds;

import java.io.StringReader;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.PASSWORD;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Private calendar subscriptions: the address is made once and shown once, opens the feed without a login, is
 * revoked by a reset; the feed is valid iCalendar (parsed and validated by ical4j) with stable UIDs, a SEQUENCE that
 * rises on every change, cancelled appointments kept as cancelled, the clinic's VTIMEZONE and a reminder alarm.
 */
@RunRubIntegrationTest
class CalendarFeedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	io.runrub.runners.ProfileKeeping profiles;

	@Autowired
	io.runrub.accounts.AccountRegistration registration;

	@Autowired
	io.runrub.planner.plan.PlanGeneration generation;

	RunRubUser rosa;

	RunRubUser admin;

	TherapistView alice;

	MassageService sports;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		rosa = clinic.runner("Rosa");
		admin = clinic.admin();
	}

	@Test
	void theRunnersFeedListsTheirAppointmentWithAStableUidASequenceThatRisesAndCancelledKept() throws Exception {
		AppointmentView booked = booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(),
				london("2026-03-24T10:00"), alice.id(), null));
		String token = token(httpBasic(rosa.email(), PASSWORD));

		VEvent event = onlyEvent(parse(feed(token)));
		String uid = value(event, "UID");
		assertThat(uid).isEqualTo("appointment-" + booked.id().value() + "@runrub.io");
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(event, "SUMMARY")).isEqualTo("Sports massage with Alice");
		assertThat(event.getAlarms()).hasSize(1);
		assertThat(event.getAlarms().get(0).getProperty("TRIGGER").orElseThrow().getValue()).isEqualTo("-P1D");
		assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/London");

		Actor actor = Actor.of(rosa.accountId(), rosa.role());
		booking.reschedule(booked.id(), london("2026-03-25T11:00"), actor);
		event = onlyEvent(parse(feed(token)));
		assertThat(value(event, "UID")).isEqualTo(uid);
		assertThat(value(event, "SEQUENCE")).isEqualTo("1");

		booking.cancel(booked.id(), actor);
		event = onlyEvent(parse(feed(token)));
		assertThat(value(event, "UID")).isEqualTo(uid);
		assertThat(value(event, "SEQUENCE")).isEqualTo("2");
		assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
		assertThat(event.getAlarms()).isEmpty();
	}

	@Test
	void theFeedCarriesTheClinicsTimeZoneAndValidates() throws Exception {
		booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-24T10:00"),
				alice.id(), null));
		String ics = feed(token(httpBasic(rosa.email(), PASSWORD)));

		Calendar calendar = parse(ics);
		List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
		assertThat(zones).hasSize(1);
		assertThat(zones.get(0).getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
		calendar.validate();
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
	}

	@Test
	void aRunnersPlannedMassagesNotYetBookedAreTentativeAllDayEvents() throws Exception {
		RunnerId runner = RunnerId.of(rosa.accountId());
		profiles.save(runner, new io.runrub.runners.RunnerProfile(4, io.runrub.runners.Level.RECREATIONAL,
				io.runrub.shared.Pressure.MEDIUM, java.util.Set.of(io.runrub.runners.Goal.MAINTENANCE),
				io.runrub.shared.Money.of(20_000, "GBP"), alice.id(), List.of()));
		long planned = generation.generate(runner, null, null)
			.massages()
			.stream()
			.filter(massage -> !massage.isBooked())
			.count();
		assertThat(planned).as("the plan has massages to book").isPositive();

		Calendar calendar = parse(feed(token(httpBasic(rosa.email(), PASSWORD))));
		calendar.validate();
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize((int) planned);
		assertThat(events).allSatisfy(event -> {
			assertThat(value(event, "STATUS")).isEqualTo("TENTATIVE");
			assertThat(value(event, "UID")).startsWith("planned-" + rosa.accountId() + "-");
			assertThat(value(event, "SUMMARY")).startsWith("Planned: ").doesNotContain("SPORTS");
			assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).matches("\\d{8}");
		});
		assertThat(events).extracting(event -> value(event, "UID")).doesNotHaveDuplicates();

		RunRubUser sam = clinic.runner("Sam");
		assertThat(parse(feed(token(httpBasic(sam.email(), PASSWORD)))).getComponents("VEVENT"))
			.as("another runner's plan is not in Sam's feed")
			.isEmpty();
	}

	@Test
	void theTherapistsFeedListsTheirClients() throws Exception {
		booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-24T10:00"),
				alice.id(), null));
		RunRubUser aliceLogin = clinic.login(alice);

		VEvent event = onlyEvent(parse(feed(token(user(aliceLogin)))));
		assertThat(value(event, "SUMMARY")).isEqualTo("Sports massage with Rosa");
	}

	@Test
	void theAddressIsShownOnceAndAResetRevokesTheOldOne() throws Exception {
		String first = token(httpBasic(rosa.email(), PASSWORD));
		mvc.perform(get("/api/v1/me/calendar-feed").with(httpBasic(rosa.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").doesNotExist())
			.andExpect(jsonPath("$.createdAt").exists());

		String second = tokenOf(mvc.perform(post("/api/v1/me/calendar-feed/reset").with(httpBasic(rosa.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(second).isNotEqualTo(first);
		mvc.perform(get("/calendar/" + first + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/" + second + ".ics")).andExpect(status().isOk());
	}

	@Test
	void thePageShowsTheAddressOnceWithHelpAndMakesANewOne() throws Exception {
		String page = mvc.perform(get("/calendar-feed").with(user(rosa)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("webcal://").contains("Google Calendar").contains("Apple Calendar").contains("Outlook");
		String first = tokenOf(page);
		mvc.perform(get("/calendar-feed").with(user(rosa)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("webcal://"))));
		String second = tokenOf(mvc.perform(post("/calendar-feed/new").with(user(rosa))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get("/calendar/" + first + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar-feed").with(user(admin))).andExpect(status().isForbidden());
		mvc.perform(get("/appointments").with(user(rosa)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/calendar-feed")));
	}

	@Test
	void aStoppedAccountsFeedIs404() throws Exception {
		RunRubUser aliceLogin = clinic.login(alice);
		String token = token(user(aliceLogin));
		mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk());

		registration.setEnabled(io.runrub.accounts.AccountId.of(aliceLogin.accountId()), false);

		mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void unknownTokensAre404AndTheAddressIsForRunnersAndTherapistsOnly() throws Exception {
		mvc.perform(get("/calendar/nope.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/" + "a".repeat(43) + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/calendar-feed")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me/calendar-feed").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private String token(org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
		return tokenOf(mvc.perform(get("/api/v1/me/calendar-feed").with(user))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.startsWith("webcal://")))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static String tokenOf(String json) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("webcal://[^\"<]*/calendar/([^\"<]+)\\.ics")
			.matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return matcher.group(1);
	}

	private String feed(String token) throws Exception {
		return mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static String value(net.fortuna.ical4j.model.Component component, String name) {
		return component.getProperty(name).orElseThrow().getValue();
	}

	private static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

}
