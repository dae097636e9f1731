package io.runrub.booking;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import javax.sql.DataSource;

import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicAdministration.ServiceDetails;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicPolicies;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.Money;
import io.runrub.shared.DomainException;
import io.runrub.support.FixedClock;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.runrub.shared.Modality.DEEP_TISSUE;
import static io.runrub.shared.Modality.MOVEMENT_ASSESSMENT;
import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.shared.Modality.SWEDISH;
import static io.runrub.support.TestClinic.LONDON;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Booking, cancelling and moving appointments, and the clinic setup they rest on, through the real application
 * against a real database. The same tests run against H2 (the therapist row lock keeps bookings apart) and against
 * PostgreSQL 18 (the exclusion constraint does); PostgreSQL also gets a test of the constraint itself.
 *
 * <p>
 * The clock is {@link FixedClock#NOW}, Friday 20 March 2026 10:00 GMT. Most bookings are on Tuesday 31 March, after
 * the clocks went forward, so 10:00 in London is 09:00 UTC there: a mix-up of local and UTC time shows.
 */
class AppointmentBookingIntegrationTests {

	private static final String TUESDAY = "2026-03-31T";

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

		@Override
		String databaseProduct() {
			return "H2";
		}

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

		@Override
		String databaseProduct() {
			return "PostgreSQL";
		}

		@Test
		void theDatabaseItselfRefusesOverlappingBookedBlocksOfOneTherapistButNotCancelledOrTouchingOnes() {
			TherapistView bob = clinic.therapist("Bob").offering(SPORTS).monToSat("09:00-18:00").create();

			insertDirectly(alice, "10:00", "11:15", "BOOKED");

			assertThatThrownBy(() -> insertDirectly(alice, "11:00", "12:15", "BOOKED"))
				.isInstanceOf(DataIntegrityViolationException.class)
				.satisfies(ex -> assertThat(sqlState(ex)).as("SQL state of an exclusion violation").isEqualTo("23P01"))
				.hasMessageContaining("appointment_no_overlap");
			insertDirectly(alice, "10:30", "11:45", "CANCELLED");
			insertDirectly(alice, "11:15", "12:30", "BOOKED");
			insertDirectly(bob, "10:00", "11:15", "BOOKED");

			assertThat(jdbc.sql("select therapist_id, status from appointment order by id")
				.query((rs, row) -> tuple(rs.getLong(1), rs.getString(2)))
				.list()).containsExactly(tuple(alice.id().value(), "BOOKED"), tuple(alice.id().value(), "CANCELLED"),
						tuple(alice.id().value(), "BOOKED"), tuple(bob.id().value(), "BOOKED"));
		}

		private void insertDirectly(TherapistView therapist, String blockStart, String blockEnd, String status) {
			jdbc.sql("""
					insert into appointment (runner_id, therapist_id, service_id, start_at, end_at, block_start,
					  block_end, status, created_at)
					values (:runner, :therapist, :service, :start, :end, :start, :end, :status, :now)""")
				.param("runner", rosa.accountId())
				.param("therapist", therapist.id().value())
				.param("service", sports.id().value())
				.param("start", utc(TUESDAY + blockStart))
				.param("end", utc(TUESDAY + blockEnd))
				.param("status", status)
				.param("now", FixedClock.NOW.atOffset(ZoneOffset.UTC))
				.update();
		}

		private static String sqlState(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof SQLException sql) {
					return sql.getSQLState();
				}
			}
			return null;
		}

	}

	abstract static class Contract {

		@Autowired
		TestClinic clinic;

		@Autowired
		io.runrub.shared.web.Refusals refusals;

		/** The refusal reads these words to a person (from messages.properties). */
		org.assertj.core.api.ThrowingConsumer<Throwable> detail(String expected) {
			return ex -> assertThat(refusals.detail((io.runrub.shared.DomainException) ex)).isEqualTo(expected);
		}

		org.assertj.core.api.ThrowingConsumer<Throwable> detailContaining(String expected) {
			return ex -> assertThat(refusals.detail((io.runrub.shared.DomainException) ex)).contains(expected);
		}

		@Autowired
		AppointmentBooking booking;

		@Autowired
		AppointmentCalendar calendar;

		@Autowired
		Availability availability;

		@Autowired
		ClinicAdministration administration;

		@Autowired
		ClinicCatalog catalog;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		DataSource dataSource;

		TherapistView alice;

		/** 60 minutes with 15 minutes to clear up after: a booking takes 75 minutes of the therapist's time. */
		MassageService sports;

		RunRubUser rosa;

		RunRubUser sam;

		abstract String databaseProduct();

		@BeforeEach
		void openTheClinic() {
			clinic.reset();
			clinic.open();
			alice = clinic.therapist("Alice")
				.offering(SPORTS, DEEP_TISSUE)
				.monToSat("09:00-13:00", "14:00-18:00")
				.create();
			sports = clinic.service("Sports massage", SPORTS, 60).buffers(0, 15).create();
			rosa = clinic.runner("Rosa");
			sam = clinic.runner("Sam");
		}

		@Test
		void runsOnTheDatabaseItIsNamedFor() throws SQLException {
			try (var connection = dataSource.getConnection()) {
				assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(databaseProduct());
			}
		}

		// booking

		@Test
		void bookingAFreeSlotGivesABookedAppointmentInTheClinicsTimeAndStoresItsBlockInUtc() {
			AppointmentView booked = book(rosa, "10:00");

			assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
			assertThat(booked.runnerId().value()).isEqualTo(rosa.accountId());
			assertThat(booked.therapistId()).isEqualTo(alice.id());
			assertThat(booked.therapistName()).isEqualTo("Alice");
			assertThat(booked.serviceId()).isEqualTo(sports.id());
			assertThat(booked.start()).isEqualTo(ZonedDateTime.parse("2026-03-31T10:00+01:00[Europe/London]"));
			assertThat(booked.end()).isEqualTo(ZonedDateTime.parse("2026-03-31T11:00+01:00[Europe/London]"));
			assertThat(booked.changeableByRunner()).isTrue();
			assertThat(jdbc.sql("select start_at, end_at, block_start, block_end from appointment where id = :id")
				.param("id", booked.id().value())
				.query((rs, row) -> List.of(instant(rs.getObject(1, OffsetDateTime.class)),
						instant(rs.getObject(2, OffsetDateTime.class)), instant(rs.getObject(3, OffsetDateTime.class)),
						instant(rs.getObject(4, OffsetDateTime.class))))
				.single()).containsExactly(Instant.parse("2026-03-31T09:00:00Z"),
						Instant.parse("2026-03-31T10:00:00Z"), Instant.parse("2026-03-31T09:00:00Z"),
						Instant.parse("2026-03-31T10:15:00Z"));
			assertThat(calendar.find(booked.id(), rosa.actor())).isEqualTo(booked);
			assertThat(calendar.forRunner(io.runrub.accounts.RunnerId.of(rosa.accountId()))).containsExactly(booked);
		}

		@Test
		void aSlotTakenByAnotherBookingOrItsBufferIsAConflictUpToWhereTheBufferEnds() {
			book(rosa, "10:00");

			assertThatThrownBy(() -> book(sam, "10:30")).isInstanceOf(DomainException.Conflict.class)
				.satisfies(detail("Tue 31 Mar at 10:30 is no longer free. Please choose another time."));
			assertThatThrownBy(() -> book(sam, "11:00")).as("inside Rosa's 15 minutes after")
				.isInstanceOf(DomainException.Conflict.class);
			assertThat(book(sam, "11:15").status()).as("where Rosa's buffer ends").isEqualTo(AppointmentStatus.BOOKED);
			assertThat(bookedRows()).isEqualTo(2);
		}

		@Test
		void bookingWithLessThanTheMinimumNoticeIsRefusedWithAReadableReason() {
			// now is Friday 20 March 10:00 GMT; the clinic wants 2 hours' notice
			assertThatThrownBy(() -> book(rosa, "2026-03-20T11:45")).isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("Appointments must be booked at least 2 hours ahead."));
			assertThat(book(rosa, "2026-03-20T12:00").status()).as("exactly 2 hours ahead")
				.isEqualTo(AppointmentStatus.BOOKED);
		}

		@Test
		void bookingAfterTheLastBookableDayIsRefusedWithAReadableReason() {
			// 60 days from Friday 20 March is Tuesday 19 May
			assertThatThrownBy(() -> book(rosa, "2026-05-20T10:00")).isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("Appointments can be booked at most 60 days ahead."));
			assertThat(book(rosa, "2026-05-19T17:00").status()).isEqualTo(AppointmentStatus.BOOKED);
		}

		@Test
		void bookingOutsideTheTherapistsWorkingHoursIsRefused() {
			assertThatThrownBy(() -> book(rosa, "13:30")).as("in the lunch break")
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("Alice is not available Tue 31 Mar at 13:30: outside working hours."));
			assertThatThrownBy(() -> book(rosa, "12:30")).as("running into the lunch break")
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detailContaining("outside working hours"));
			assertThatThrownBy(() -> book(rosa, "2026-04-05T10:00")).as("on a Sunday")
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("Alice is not available Sun 5 Apr at 10:00: outside working hours."));
			assertThat(book(rosa, "12:00").status()).as("ending as the break starts").isEqualTo(AppointmentStatus.BOOKED);
			assertThat(bookedRows()).isEqualTo(1);
		}

		@Test
		void bookingWhileTheTherapistIsAwayIsRefused() {
			administration.addTimeOff(alice.id(), london(TUESDAY + "09:00"), london(TUESDAY + "11:30"), "Physio");

			assertThatThrownBy(() -> book(rosa, "10:00")).isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("Alice is not available Tue 31 Mar at 10:00: away at that time."));
			assertThatThrownBy(() -> book(rosa, "10:45")).as("ending after she is back")
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detailContaining("away at that time"));
			assertThat(book(rosa, "11:30").status()).isEqualTo(AppointmentStatus.BOOKED);
		}

		@Test
		void anInactiveServiceCannotBeBooked() {
			MassageService retired = clinic.service("Old sports massage", SPORTS, 45).inactive().create();

			assertThatThrownBy(() -> booking.book(request(rosa, retired, "10:00", alice.id(), null)))
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("Old sports massage is no longer offered."));
		}

		// cancelling

		@Test
		void cancellingFreesTheSlotForSomeoneElse() {
			AppointmentView first = book(rosa, "10:00");

			AppointmentView cancelled = booking.cancel(first.id(), rosa.actor());
			AppointmentView second = book(sam, "10:00");

			assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
			assertThat(second.status()).isEqualTo(AppointmentStatus.BOOKED);
			assertThat(second.id()).isNotEqualTo(first.id());
			assertThat(jdbc.sql("select status, cancelled_at from appointment where id = :id")
				.param("id", first.id().value())
				.query((rs, row) -> tuple(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class))))
				.single()).isEqualTo(tuple("CANCELLED", FixedClock.NOW));
		}

		@Test
		void runnersCannotMoveWithinTheCutoffButAdminsCan() {
			// Saturday 21 March 09:45 GMT is 23 h 45 min after now; the cutoff is 24 hours
			AppointmentView tooLate = book(rosa, "2026-03-21T09:45");

			assertThatThrownBy(() -> booking.reschedule(tooLate.id(), london("2026-03-21T12:00"), rosa.actor()))
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("Appointments can be moved up to 24 hours before they start. Closer to the start, "
						+ "please call the clinic; cancelling then counts as a late cancellation."));
			assertThat(calendar.find(tooLate.id(), rosa.actor()).status()).isEqualTo(AppointmentStatus.BOOKED);
			assertThat(calendar.find(tooLate.id(), rosa.actor()).changeableByRunner()).isFalse();

			assertThat(booking.cancel(tooLate.id(), clinic.admin().actor()).status()).isEqualTo(AppointmentStatus.CANCELLED);

			AppointmentView justInTime = book(sam, "2026-03-21T10:00");
			assertThat(booking.cancel(justInTime.id(), sam.actor()).status()).as("exactly 24 hours before")
				.isEqualTo(AppointmentStatus.CANCELLED);
		}

		// rescheduling

		@Test
		void reschedulingToAFreeTimeMovesTheAppointmentAndFreesItsOldTime() {
			AppointmentView original = book(rosa, "10:00");

			AppointmentView moved = booking.reschedule(original.id(), london(TUESDAY + "15:00"), rosa.actor());

			assertThat(moved.id()).isEqualTo(original.id());
			assertThat(moved.start()).isEqualTo(ZonedDateTime.parse("2026-03-31T15:00+01:00[Europe/London]"));
			assertThat(moved.end()).isEqualTo(ZonedDateTime.parse("2026-03-31T16:00+01:00[Europe/London]"));
			assertThat(moved.status()).isEqualTo(AppointmentStatus.BOOKED);
			assertThat(blockOf(moved.id().value())).containsExactly(Instant.parse("2026-03-31T14:00:00Z"),
					Instant.parse("2026-03-31T15:15:00Z"));
			assertThat(book(sam, "10:00").status()).as("the old time is free again").isEqualTo(AppointmentStatus.BOOKED);
		}

		@Test
		void reschedulingByLessThanItsOwnLengthOnlyOverlapsItselfAndWorks() {
			AppointmentView original = book(rosa, "10:00");

			AppointmentView moved = booking.reschedule(original.id(), london(TUESDAY + "10:30"), rosa.actor());

			assertThat(moved.start().toLocalTime()).isEqualTo(LocalTime.of(10, 30));
			assertThat(bookedRows()).isEqualTo(1);
		}

		@Test
		void reschedulingOntoATakenTimeIsAConflictAndLeavesTheAppointmentWhereItWas() {
			AppointmentView rosas = book(rosa, "10:00");
			book(sam, "14:00");

			assertThatThrownBy(() -> booking.reschedule(rosas.id(), london(TUESDAY + "14:30"), rosa.actor()))
				.isInstanceOf(DomainException.Conflict.class)
				.satisfies(detail("Alice is not free at Tue 31 Mar at 14:30. Please choose another time."));
			assertThatThrownBy(() -> booking.reschedule(rosas.id(), london(TUESDAY + "15:00"), rosa.actor()))
				.as("inside the 15 minutes after Sam's appointment")
				.isInstanceOf(DomainException.Conflict.class);

			assertThat(calendar.find(rosas.id(), rosa.actor())).isEqualTo(rosas);
			assertThat(blockOf(rosas.id().value())).containsExactly(Instant.parse("2026-03-31T09:00:00Z"),
					Instant.parse("2026-03-31T10:15:00Z"));
		}

		@Test
		void reschedulingKeepsTheLengthItWasBookedWithAfterTheServiceWasShortened() {
			AppointmentView original = book(rosa, "10:00");
			administration.updateService(sports.id(),
					new ServiceDetails("Sports massage", SPORTS, 30, 3500, 0, 15, true));

			AppointmentView moved = booking.reschedule(original.id(), london(TUESDAY + "15:00"), rosa.actor());

			assertThat(Duration.between(moved.start(), moved.end())).isEqualTo(Duration.ofMinutes(60));
			assertThat(blockOf(moved.id().value())).containsExactly(Instant.parse("2026-03-31T14:00:00Z"),
					Instant.parse("2026-03-31T15:15:00Z"));
			assertThatThrownBy(() -> booking.reschedule(original.id(), london(TUESDAY + "12:30"), rosa.actor()))
				.as("60 minutes from 12:30 run into the lunch break")
				.isInstanceOf(DomainException.RuleViolation.class);
		}

		// idempotency

		@Test
		void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAppointmentAndBooksNothingNew() {
			BookingRequest request = request(rosa, sports, "10:00", alice.id(), "3f1c9a0e-retry");

			AppointmentView first = booking.book(request);
			AppointmentView retry = booking.book(request);

			assertThat(retry).isEqualTo(first);
			assertThat(jdbc.sql("select count(*) from appointment where runner_id = :runner")
				.param("runner", rosa.accountId())
				.query(Long.class)
				.single()).isOne();
			assertThat(booking.book(request(sam, sports, "11:15", alice.id(), "3f1c9a0e-retry")).runnerId().value())
				.as("keys belong to one runner")
				.isEqualTo(sam.accountId());
			assertThat(bookedRows()).isEqualTo(2);
		}

		@Test
		void reusingAnIdempotencyKeyForADifferentBookingIsRefused() {
			booking.book(request(rosa, sports, "10:00", alice.id(), "key-1"));

			assertThatThrownBy(() -> booking.book(request(rosa, sports, "15:00", alice.id(), "key-1")))
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detailContaining("already used for a different booking"));
			assertThat(bookedRows()).isEqualTo(1);
		}

		// any therapist

		@Test
		void anyTherapistGoesToAQualifiedTherapistWhoIsFreeAndWorking() {
			TherapistView bob = clinic.therapist("Bob").offering(SPORTS).monToSat("09:00-18:00").create();
			// unqualified, inactive or away: each has the least work that day, so would be chosen first if allowed
			clinic.therapist("Carol").offering(SWEDISH).monToSat("09:00-18:00").create();
			clinic.therapist("Eve").offering(SPORTS).monToSat("09:00-18:00").inactive().create();
			TherapistView dan = clinic.therapist("Dan").offering(SPORTS).monToSat("09:00-18:00").create();
			administration.addTimeOff(dan.id(), london(TUESDAY + "00:00"), london("2026-04-01T00:00"), "Holiday");
			// Alice has less work than Bob that day, so she is tried first, but 10:00 is taken
			book(rosa, "10:00");
			booking.book(request(sam, sports, "14:00", bob.id(), null));
			booking.book(request(clinic.runner("Tom"), sports, "16:00", bob.id(), null));

			AppointmentView any = booking.book(request(clinic.runner("Uma"), sports, "10:00", null, null));

			assertThat(any.therapistName()).isEqualTo("Bob");
			assertThat(any.therapistId()).isEqualTo(bob.id());
		}

		@Test
		void anyTherapistSpreadsWorkToTheTherapistWithLessBookedThatDay() {
			TherapistView bob = clinic.therapist("Bob").offering(SPORTS).monToSat("09:00-18:00").create();
			book(rosa, "14:00");

			AppointmentView any = booking.book(request(sam, sports, "10:00", null, null));

			assertThat(any.therapistId()).isEqualTo(bob.id());
		}

		@Test
		void anyTherapistIsAConflictWhenEveryQualifiedTherapistIsTakenAndARuleViolationWhenNobodyWorks() {
			TherapistView bob = clinic.therapist("Bob").offering(SPORTS).monToSat("09:00-18:00").create();
			book(rosa, "10:00");
			booking.book(request(sam, sports, "10:00", bob.id(), null));

			assertThatThrownBy(() -> booking.book(request(clinic.runner("Tom"), sports, "10:30", null, null)))
				.isInstanceOf(DomainException.Conflict.class)
				.satisfies(detail("Tue 31 Mar at 10:30 is no longer free. Please choose another time."));
			assertThatThrownBy(() -> booking.book(request(clinic.runner("Uma"), sports, "2026-04-05T10:00", null,
					null)))
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("No therapist offering Sports massage works Sun 5 Apr at 10:00. "
						+ "Please choose one of the free times shown."));
		}

		// availability

		@Test
		void availabilityAcrossTheMarchClockChangeGivesHandComputedInstants() {
			// the only therapist offering movement assessments; clocks go forward at 01:00 GMT on Sunday 29 March
			TherapistView dora = clinic.therapist("Dora")
				.offering(MOVEMENT_ASSESSMENT)
				.hours(DayOfWeek.SATURDAY, "09:00-10:00")
				.hours(DayOfWeek.SUNDAY, "00:00-02:30")
				.hours(DayOfWeek.MONDAY, "09:00-10:00")
				.create();
			MassageService assessment = clinic.service("Movement assessment", MOVEMENT_ASSESSMENT, 60).create();

			List<Slot> slots = availability.slots(assessment.id(), LocalDate.parse("2026-03-27"),
					LocalDate.parse("2026-04-02"), null);

			assertThat(slots).containsExactly(
					// Saturday 28 March, GMT: 09:00 in London is 09:00 UTC
					slot(dora, "2026-03-28T09:00:00Z", "2026-03-28T10:00:00Z"),
					// Sunday 29 March: 00:00 GMT to 02:30 BST is 90 real minutes; 00:45 local would end at 02:45 BST
					slot(dora, "2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z"),
					slot(dora, "2026-03-29T00:15:00Z", "2026-03-29T01:15:00Z"),
					slot(dora, "2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z"),
					// Monday 30 March, BST: 09:00 in London is 08:00 UTC
					slot(dora, "2026-03-30T08:00:00Z", "2026-03-30T09:00:00Z"));

			AppointmentView acrossTheChange = booking
				.book(new BookingRequest(io.runrub.accounts.RunnerId.of(rosa.accountId()), assessment.id(), Instant.parse("2026-03-29T00:30:00Z"),
						null, null));
			assertThat(acrossTheChange.start()).isEqualTo(ZonedDateTime.parse("2026-03-29T00:30+00:00[Europe/London]"));
			assertThat(acrossTheChange.end()).as("60 real minutes, shown in summer time")
				.isEqualTo(ZonedDateTime.parse("2026-03-29T02:30+01:00[Europe/London]"));
			assertThat(availability.slots(assessment.id(), LocalDate.parse("2026-03-29"),
					LocalDate.parse("2026-03-29"), dora.id()))
				.isEmpty();
		}

		@Test
		void availabilityLeavesOutBookedBlocksTimeOffAndTimesBeforeTheMinimumNotice() {
			book(rosa, "10:00");
			administration.addTimeOff(alice.id(), london(TUESDAY + "14:00"), london(TUESDAY + "17:00"), "Dentist");

			List<LocalTime> starts = availability.slots(sports.id(), LocalDate.parse("2026-03-31"),
					LocalDate.parse("2026-03-31"), alice.id())
				.stream()
				.map(slot -> slot.start().atZone(LONDON).toLocalTime())
				.toList();

			assertThat(starts).containsExactly(LocalTime.of(11, 15), LocalTime.of(11, 30), LocalTime.of(11, 45),
					LocalTime.of(12, 0), LocalTime.of(17, 0));
			// today (Friday 20 March, 10:00 GMT) with 2 hours' notice: the morning's last slot, then the afternoon
			assertThat(availability.slots(sports.id(), LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-20"),
					alice.id()))
				.extracting(slot -> slot.start().atZone(LONDON).toLocalTime())
				.startsWith(LocalTime.of(12, 0), LocalTime.of(14, 0), LocalTime.of(14, 15))
				.hasSize(1 + 13);
		}

		// clinic setup round trips

		@Test
		void workingHoursAreStoredAndReplacedAsAWholeWeek() {
			List<WorkingPeriod> week = List.of(period(DayOfWeek.FRIDAY, "07:30", "12:15"),
					period(DayOfWeek.MONDAY, "14:00", "18:00"), period(DayOfWeek.MONDAY, "09:00", "13:00"));

			administration.setWorkingHours(alice.id(), week);

			assertThat(catalog.therapist(alice.id()).workingHours()).containsExactly(
					period(DayOfWeek.MONDAY, "09:00", "13:00"), period(DayOfWeek.MONDAY, "14:00", "18:00"),
					period(DayOfWeek.FRIDAY, "07:30", "12:15"));
			assertThatThrownBy(() -> administration.setWorkingHours(alice.id(),
					List.of(period(DayOfWeek.MONDAY, "09:00", "13:00"), period(DayOfWeek.MONDAY, "12:00", "15:00"))))
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detail("On Monday the periods 09:00–13:00 and 12:00–15:00 overlap."));
			assertThat(catalog.therapist(alice.id()).workingHours()).hasSize(3);
		}

		@Test
		void therapistsAndTheirModalitiesAreStored() {
			TherapistView updated = administration.updateTherapist(alice.id(), "Alice Smith", "Ultra runner.",
					java.util.Set.of(SWEDISH, MOVEMENT_ASSESSMENT), false);

			TherapistView stored = catalog.therapist(alice.id());
			assertThat(stored).isEqualTo(updated);
			assertThat(stored.name()).isEqualTo("Alice Smith");
			assertThat(stored.modalities()).containsExactlyInAnyOrder(SWEDISH, MOVEMENT_ASSESSMENT);
			assertThat(stored.active()).isFalse();
			assertThat(stored.workingHours()).hasSize(12);
			assertThat(catalog.activeTherapists()).isEmpty();
		}

		@Test
		void servicesAreStoredUpdatedAndRetired() {
			MassageService created = administration
				.createService(new ServiceDetails(" Active Release ", DEEP_TISSUE, 45, 6500, 5, 10, true));

			assertThat(catalog.service(created.id())).isEqualTo(
					new MassageService(created.id(), "Active Release", DEEP_TISSUE, 45, Money.of(6500, "GBP"), 5, 10, true));

			MassageService updated = administration.updateService(created.id(),
					new ServiceDetails("Active Release Technique", SWEDISH, 30, 4000, 0, 20, false));

			assertThat(catalog.service(created.id())).isEqualTo(updated)
				.isEqualTo(new MassageService(created.id(), "Active Release Technique", SWEDISH, 30, Money.of(4000, "GBP"), 0, 20,
						false));
			assertThat(catalog.activeServices()).extracting(MassageService::id).containsExactly(sports.id());
			assertThat(catalog.allServices()).extracting(MassageService::id)
				.containsExactlyInAnyOrder(sports.id(), created.id());
			assertThatThrownBy(() -> administration
				.createService(new ServiceDetails("Too long", SPORTS, 481, 100, 0, 0, true)))
				.isInstanceOf(DomainException.RuleViolation.class);
			assertThatThrownBy(() -> administration.updateService(io.runrub.clinic.ServiceId.of(created.id().value() + 1000),
					new ServiceDetails("Nothing", SPORTS, 30, 100, 0, 0, true)))
				.isInstanceOf(DomainException.NotFound.class);
		}

		@Test
		void timeOffIsStoredToTheInstantListedWhileUpcomingAndRemovable() {
			Instant start = Instant.parse("2026-03-28T23:30:00Z");
			Instant end = Instant.parse("2026-03-29T05:00:00Z");
			administration.addTimeOff(alice.id(), Instant.parse("2026-03-19T09:00:00Z"),
					Instant.parse("2026-03-20T09:00:00Z"), "Already over");

			TimeOff added = administration.addTimeOff(alice.id(), start, end, "  ");

			assertThat(added).isEqualTo(new TimeOff(added.id(), alice.id(), new io.runrub.shared.TimeWindow(start, end), "Time off"));
			assertThat(administration.upcomingTimeOff(alice.id(), FixedClock.NOW)).containsExactly(added);
			assertThat(catalog.timeOff(List.of(alice.id()), Instant.parse("2026-03-29T04:59:00Z"),
					Instant.parse("2026-03-29T06:00:00Z")))
				.containsExactly(added);
			assertThatThrownBy(() -> administration.addTimeOff(alice.id(), end, start, "Backwards"))
				.isInstanceOf(DomainException.RuleViolation.class);

			administration.removeTimeOff(alice.id(), added.id());

			assertThat(administration.upcomingTimeOff(alice.id(), FixedClock.NOW)).isEmpty();
			assertThatThrownBy(() -> administration.removeTimeOff(alice.id(), added.id()))
				.isInstanceOf(DomainException.NotFound.class);
		}

		@Test
		void theClinicAndItsPoliciesAreStored() {
			clinic.open(30, 14, 6);

			assertThat(catalog.clinic().zone()).isEqualTo(LONDON);
			assertThat(catalog.clinic().name()).isEqualTo("Stride Test Clinic");
			assertThat(catalog.clinic().policies())
				.isEqualTo(new ClinicPolicies(Duration.ofMinutes(30), 14, Duration.ofHours(6)));
			assertThatThrownBy(() -> administration.updateClinic(new ClinicAdministration.ClinicDetails("X", "",
					"Mars/Olympus_Mons", "GBP", 30, 14, 6)))
				.isInstanceOf(DomainException.RuleViolation.class)
				.satisfies(detailContaining("is not a time zone"));
		}

		// the vocabulary of these tests

		/** Books Alice for the Sports massage, at a time on Tuesday 31 March ("10:00") or a full local date-time. */
		AppointmentView book(RunRubUser runner, String when) {
			return booking.book(request(runner, sports, when, alice.id(), null));
		}

		static BookingRequest request(RunRubUser runner, MassageService service, String when,
				io.runrub.clinic.TherapistId therapistId, String idempotencyKey) {
			Instant start = london(when.contains("T") ? when : TUESDAY + when);
			return new BookingRequest(io.runrub.accounts.RunnerId.of(runner.accountId()), service.id(), start, therapistId,
					idempotencyKey);
		}

		long bookedRows() {
			return jdbc.sql("select count(*) from appointment where status = 'BOOKED'").query(Long.class).single();
		}

		List<Instant> blockOf(long appointmentId) {
			return jdbc.sql("select block_start, block_end from appointment where id = :id")
				.param("id", appointmentId)
				.query((rs, row) -> List.of(instant(rs.getObject(1, OffsetDateTime.class)),
						instant(rs.getObject(2, OffsetDateTime.class))))
				.single();
		}

		static OffsetDateTime utc(String londonLocal) {
			return london(londonLocal).atOffset(ZoneOffset.UTC);
		}

		static Instant instant(OffsetDateTime value) {
			return value == null ? null : value.toInstant();
		}

		static Slot slot(TherapistView therapist, String start, String end) {
			return new Slot(therapist.id(), Instant.parse(start), Instant.parse(end));
		}

		static WorkingPeriod period(DayOfWeek day, String start, String end) {
			return new WorkingPeriod(day, LocalTime.parse(start), LocalTime.parse(end));
		}

	}

}
