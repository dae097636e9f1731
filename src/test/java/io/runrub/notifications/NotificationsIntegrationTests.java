package io.runrub.notifications;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.notifications.outbox.Dispatcher;
import io.runrub.runners.Answers;
import io.runrub.runners.IntakeScreening;
import io.runrub.support.FixedClock;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients' messages through a real SMTP server (GreenMail, inside the test): each kind and what it says, the calendar
 * file attached, reminders keyed by appointment and start, retries then FAILED when the server fails. The
 * dispatcher's own schedule is set to an hour so that only the test's calls send; the clock is
 * {@link FixedClock#NOW} (Friday 20 March 2026, 10:00 GMT) and the test passes later times to the dispatcher.
 */
@RunRubIntegrationTest
class NotificationsIntegrationTests {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("runrub.notifications.dispatch-interval", () -> "PT1H");
		registry.add("runrub.notifications.max-tries", () -> "3");
		registry.add("runrub.notifications.base-url", () -> "https://clinic.example");
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	io.runrub.booking.AppointmentCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	IntakeScreening screening;

	@Autowired
	io.runrub.clinic.ClinicContacts contacts;

	TherapistView alice;

	MassageService sports;

	RunRubUser rosa;

	RunRubUser admin;

	@BeforeEach
	void setUp() throws Exception {
		clinic.reset();
		SMTP.purgeEmailFromAllMailboxes();
		clinic.open();
		contacts.update(new io.runrub.clinic.ClinicContact("020 7946 0000", "hello@stride.example"));
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		rosa = clinic.runner("Rosa");
		admin = clinic.admin();
	}

	@Test
	void aBookingIsConfirmedWithItsDetailsThePolicyALinkAndACalendarFileThatParses() throws Exception {
		AppointmentView booked = book("2026-03-24T10:00");

		dispatcher.dispatchDue(FixedClock.NOW);

		List<MailMessageParts> received = received();
		assertThat(received).hasSize(1);
		MailMessageParts mail = received.get(0);
		assertThat(mail.to()).isEqualTo(rosa.getUsername());
		assertThat(mail.subject()).isEqualTo("Booked: Sports massage on Tuesday 24 March 2026 at 10:00 GMT");
		assertThat(mail.text()).contains("Hello Rosa,", "Sports massage (60 min)", "Therapist: Alice",
				"When: Tuesday 24 March 2026 at 10:00 GMT", "Price: £60.00", "until 24 hours before it starts",
				"https://clinic.example/appointments", "Stride Test Clinic", "1 Test Lane, London",
				"Phone: 020 7946 0000", "Email: hello@stride.example");
		assertThat(mail.html()).contains("<td>Alice</td>", "£60.00", "href=\"https://clinic.example/appointments\"",
				"Stride Test Clinic", "Phone: 020 7946 0000", "Email: hello@stride.example");
		assertThat(mail.calendarName()).isEqualTo("appointment.ics");
		VEvent event = parse(mail.calendar()).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("appointment-" + booked.id().value() + "@runrub.io");
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(london("2026-03-24T10:00"));
		assertThat(status("BOOKING_CONFIRMED")).isEqualTo("SENT");
	}

	@Test
	void theConfirmationAndTheReminderCarryTheCalendarFileTheRunnerDownloads() {
		AppointmentView booked = book("2026-03-24T10:00");

		String file = calendar.calendarFile(booked.id(), rosa.actor());
		assertThat(jdbc.sql("select kind, attachment from outbox_message order by kind")
			.query((rs, row) -> rs.getString("kind") + ":" + rs.getString("attachment"))
			.list()).containsExactly("BOOKING_CONFIRMED:" + file, "REMINDER:" + file);
		assertThat(file).contains("UID:appointment-" + booked.id().value() + "@runrub.io", "STATUS:CONFIRMED");
	}

	@Test
	void theReminderGoesOnceAtItsLeadTimeAndAfterAMoveOnlyForTheNewTime() {
		AppointmentView appointment = book("2026-03-24T10:00");
		booking.reschedule(appointment.id(), london("2026-03-25T15:00"), rosa.actor());
		clinic.awaitEvents();

		// a day before the old time: nothing is due for it any more
		dispatcher.dispatchDue(london("2026-03-23T10:30"));
		assertThat(subjects()).containsExactlyInAnyOrder(
				"Booked: Sports massage on Tuesday 24 March 2026 at 10:00 GMT",
				"Moved: Sports massage, now on Wednesday 25 March 2026 at 15:00 GMT");

		// a day before the new time, and again later: one reminder, for the new time
		dispatcher.dispatchDue(london("2026-03-24T15:00"));
		dispatcher.dispatchDue(london("2026-03-25T09:00"));
		assertThat(subjects()).filteredOn(subject -> subject.startsWith("Reminder"))
			.containsExactly("Reminder: Sports massage on Wednesday 25 March 2026 at 15:00 GMT");
		assertThat(jdbc.sql("select status from outbox_message where kind = 'REMINDER' order by id")
			.query(String.class)
			.list()).containsExactly("DROPPED", "SENT");
	}

	@Test
	void anAppointmentMovedBackToItsFirstTimeGetsOneReminderForIt() {
		AppointmentView appointment = book("2026-03-24T10:00");
		booking.reschedule(appointment.id(), london("2026-03-25T15:00"), rosa.actor());
		clinic.awaitEvents();
		booking.reschedule(appointment.id(), london("2026-03-24T10:00"), rosa.actor());
		clinic.awaitEvents();

		dispatcher.dispatchDue(london("2026-03-24T09:00"));
		dispatcher.dispatchDue(london("2026-03-25T14:00"));

		assertThat(subjects()).filteredOn(subject -> subject.startsWith("Reminder"))
			.containsExactly("Reminder: Sports massage on Tuesday 24 March 2026 at 10:00 GMT");
		assertThat(subjects()).filteredOn(subject -> subject.startsWith("Moved")).hasSize(2);
	}

	@Test
	void aReminderMissedWhileNoInstanceRanIsSentLateIfTheAppointmentIsAheadAndNeverOnceItStarted() {
		book("2026-03-24T10:00");
		book("2026-03-26T10:00");

		// nobody dispatched for two days: the first appointment has started, the second is still ahead
		dispatcher.dispatchDue(london("2026-03-26T09:00"));

		assertThat(subjects()).filteredOn(subject -> subject.startsWith("Reminder"))
			.containsExactly("Reminder: Sports massage on Thursday 26 March 2026 at 10:00 GMT");
		assertThat(jdbc.sql("select last_error from outbox_message where kind = 'REMINDER' and status = 'DROPPED'")
			.query(String.class)
			.single()).contains("had started");
	}

	@Test
	void aCancellationByTheClinicSaysSoAndDropsTheReminder() {
		AppointmentView appointment = book("2026-03-24T10:00");
		booking.cancel(appointment.id(), admin.actor());
		clinic.awaitEvents();

		dispatcher.dispatchDue(london("2026-03-23T11:00"));

		MailMessageParts cancelled = received().stream()
			.filter(mail -> mail.subject().startsWith("Cancelled"))
			.findFirst()
			.orElseThrow();
		assertThat(cancelled.text()).contains("The clinic cancelled your Sports massage on Tuesday 24 March 2026");
		assertThat(cancelled.calendar()).contains("STATUS:CANCELLED");
		assertThat(subjects()).noneMatch(subject -> subject.startsWith("Reminder"));
	}

	@Test
	void aMoveByTheRunnerSaysTheyMadeIt() {
		AppointmentView appointment = book("2026-03-24T10:00");
		booking.reschedule(appointment.id(), london("2026-03-24T12:00"), rosa.actor());
		clinic.awaitEvents();

		dispatcher.dispatchDue(FixedClock.NOW);

		MailMessageParts moved = received().stream()
			.filter(mail -> mail.subject().startsWith("Moved"))
			.findFirst()
			.orElseThrow();
		assertThat(moved.text()).contains("You moved your appointment", "It was on Tuesday 24 March 2026 at 10:00 GMT",
				"When: Tuesday 24 March 2026 at 12:00 GMT");
		assertThat(moved.calendar()).contains("SEQUENCE:1");
	}

	@Test
	void aFailingMailServerLeadsToRetriesWithBackoffThenFailedAndNothingIsSentTwice() throws IOException {
		book("2026-03-24T10:00");
		int port = mailSender.getPort();
		mailSender.setPort(closedPort());
		try {
			Instant now = FixedClock.NOW;
			dispatcher.dispatchDue(now);
			assertThat(row()).containsExactly("QUEUED", 1, Instant.parse("2026-03-20T10:01:00Z"));
			// not due again before the wait is over
			assertThat(dispatcher.dispatchDue(now.plusSeconds(30))).isZero();
			dispatcher.dispatchDue(now.plus(Duration.ofMinutes(1)));
			assertThat(row()).containsExactly("QUEUED", 2, Instant.parse("2026-03-20T10:03:00Z"));
			dispatcher.dispatchDue(now.plus(Duration.ofMinutes(3)));
			assertThat(row()).containsExactly("FAILED", 3, Instant.parse("2026-03-20T10:03:00Z"));
			assertThat(jdbc.sql("select last_error from outbox_message where kind = 'BOOKING_CONFIRMED'")
				.query(String.class)
				.single()).isNotBlank();
			// a failed message stays failed: no later run tries it
			assertThat(dispatcher.dispatchDue(now.plus(Duration.ofHours(1)))).isZero();
		}
		finally {
			mailSender.setPort(port);
		}
		assertThat(received()).isEmpty();
	}

	@Test
	void aMessageThatFailedOnceIsSentExactlyOnceWhenTheServerIsBack() throws IOException {
		book("2026-03-24T10:00");
		int port = mailSender.getPort();
		mailSender.setPort(closedPort());
		try {
			dispatcher.dispatchDue(FixedClock.NOW);
		}
		finally {
			mailSender.setPort(port);
		}
		dispatcher.dispatchDue(FixedClock.NOW.plus(Duration.ofMinutes(1)));
		dispatcher.dispatchDue(FixedClock.NOW.plus(Duration.ofMinutes(2)));

		assertThat(subjects()).containsExactly("Booked: Sports massage on Tuesday 24 March 2026 at 10:00 GMT");
		assertThat(row()).element(0).isEqualTo("SENT");
		assertThat(row()).element(1).isEqualTo(2);
	}

	@Test
	void manyDispatchersRacingSendEachMessageOnce() throws Exception {
		for (String day : List.of("23", "24", "25", "26", "27")) {
			book("2026-03-" + day + "T10:00");
			book("2026-03-" + day + "T12:00");
		}
		Instant later = london("2026-03-22T12:00");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<Integer>> runs = pool.invokeAll(
					java.util.Collections.nCopies(8, () -> dispatcher.dispatchDue(later)));
			int handled = 0;
			for (java.util.concurrent.Future<Integer> run : runs) {
				handled += run.get();
			}
			assertThat(handled).as("messages handled by all runs together").isEqualTo(12);
		}
		finally {
			pool.shutdownNow();
		}

		// 10 confirmations and the 2 reminders due by Sunday noon (for Monday the 23rd)
		assertThat(received()).hasSize(12);
		assertThat(jdbc.sql("select count(*) from outbox_message where status = 'SENT' and tries = 1")
			.query(Long.class)
			.single()).isEqualTo(12);
	}

	@Test
	void theTherapistIsToldOnceWhenTheClientsHealthAnswersTurnToARestrictionAndAgainWhenToAStop() throws Exception {
		AppointmentView appointment = book("2026-03-24T10:00");
		dispatcher.dispatchDue(FixedClock.NOW);
		SMTP.purgeEmailFromAllMailboxes();
		RunnerId runner = RunnerId.of(rosa.accountId());

		screening.answer(runner, Answers.allNoBut("BLOOD_THINNERS"), null);
		clinic.awaitEvents();
		screening.answer(runner, Answers.allNoBut("BLOOD_THINNERS"), null);
		clinic.awaitEvents();
		dispatcher.dispatchDue(FixedClock.NOW);
		List<MailMessageParts> received = received();
		assertThat(received).hasSize(1);
		String therapistEmail = jdbc.sql("select a.email from account a join therapist t on t.account_id = a.id where t.id = :id")
			.param("id", alice.id().value())
			.query(String.class)
			.single();
		assertThat(received.get(0).to()).isEqualTo(therapistEmail);
		assertThat(received.get(0).subject()).isEqualTo("Restrictions for Rosa on Tuesday 24 March 2026 at 10:00 GMT");
		assertThat(received.get(0).text()).contains("light pressure only",
				"https://clinic.example/therapist/appointments/" + appointment.id().value(), "Stride Test Clinic")
			.doesNotContain("blood thinners", "warfarin");

		screening.answer(runner, Answers.allNoBut("BLOOD_THINNERS", "FEVER"), null);
		clinic.awaitEvents();
		dispatcher.dispatchDue(FixedClock.NOW);
		assertThat(subjects()).containsExactly("Restrictions for Rosa on Tuesday 24 March 2026 at 10:00 GMT",
				"Do not massage Rosa on Tuesday 24 March 2026 at 10:00 GMT yet");
		assertThat(received().get(1).text()).contains("please do not treat them");

		// answers with nothing to worry about tell no one
		screening.answer(runner, Answers.allNo(), null);
		clinic.awaitEvents();
		dispatcher.dispatchDue(FixedClock.NOW);
		assertThat(received()).hasSize(2);
	}

	private AppointmentView book(String londonTime) {
		AppointmentView booked = booking
			.book(new BookingRequest(io.runrub.accounts.RunnerId.of(rosa.accountId()), sports.id(), london(londonTime), alice.id(), null));
		clinic.awaitEvents();
		return booked;
	}

	private List<Object> row() {
		return jdbc.sql("select status, tries, due_at from outbox_message where kind = 'BOOKING_CONFIRMED'")
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2),
					rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
			.single();
	}

	private String status(String kind) {
		return jdbc.sql("select status from outbox_message where kind = :kind")
			.param("kind", kind)
			.query(String.class)
			.single();
	}

	private static List<MailMessageParts> received() {
		return Arrays.stream(SMTP.getReceivedMessages()).map(MailMessageParts::of).toList();
	}

	private static List<String> subjects() {
		return received().stream().map(MailMessageParts::subject).toList();
	}

	private static Calendar parse(String ics) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
