package io.runrub.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
import io.runrub.support.FixedClock;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A waitlist offer holds its slot: while Ana's hold on Alice at 10:00 runs, nobody else is offered that time (or one
 * overlapping it) and a booking of it by anyone else, at the desk too, is refused with a 409 that says why; Ana
 * accepts and books it; once the hold has run out the time is free for anyone, even before the expiry job closes it.
 * Tuesday 31 March 2026 in London; now is Friday 20 March, 10:00.
 */
class WaitlistHoldsIntegrationTests {

	static final Instant TEN = london("2026-03-31T10:00");

	static final LocalDate DAY = LocalDate.of(2026, 3, 31);

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

	}

	abstract static class Contract {

		@Autowired
		TestClinic clinic;

		@Autowired
		AppointmentBooking booking;

		@Autowired
		Availability availability;

		@Autowired
		Waitlist waitlist;

		@Autowired
		WaitlistOffers offers;

		@Autowired
		JdbcClient jdbc;

		MassageService sports;

		TherapistView alice;

		RunRubUser ana;

		RunRubUser ben;

		long anasOffer;

		@BeforeEach
		void anaHoldsAlicesFreedSlotAtTen() {
			clinic.reset();
			clinic.open();
			sports = clinic.service("Sports massage", SPORTS, 60).create();
			alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
			RunRubUser carl = clinic.runner("Cancelling Carl");
			ana = clinic.runner("Ana");
			ben = clinic.runner("Ben");
			waitlist.join(actor(ana),
					new Waitlist.Request(sports.id(), DAY, DAY, null, List.of(), false));
			AppointmentView booked = booking
				.book(new BookingRequest(RunnerId.of(carl.accountId()), sports.id(), TEN, alice.id(), null));
			booking.cancel(booked.id(), actor(carl));
			clinic.awaitEvents();
			anasOffer = jdbc.sql("select id from waitlist_offer where status = 'OPEN' and runner_id = :runner")
				.param("runner", ana.accountId())
				.query(Long.class)
				.single();
		}

		@Test
		void nobodyElseIsOfferedTheHeldTimeOrOneOverlappingIt() {
			List<Instant> starts = availability.slots(sports.id(), DAY, DAY, alice.id())
				.stream()
				.map(Slot::start)
				.toList();
			assertThat(starts).as("free around the hold").contains(london("2026-03-31T09:00"),
					london("2026-03-31T11:00"));
			assertThat(starts).as("the held time and those overlapping it").doesNotContain(TEN,
					london("2026-03-31T09:30"), london("2026-03-31T10:30"));
			assertThat(availability.days(sports.id(), DAY, DAY, null).get(DAY).get(alice.id()))
				.doesNotContain(java.time.LocalTime.of(10, 0));
			assertThat(availability.slotsFor(RunnerId.of(ana.accountId()), sports.id(), DAY, DAY, alice.id()))
				.as("the holder still sees it").extracting(Slot::start)
				.contains(TEN);
		}

		@Test
		void anyoneElseBookingTheHeldTimeIsRefusedAndNothingIsWritten() {
			for (BookingRequest request : List.of(
					new BookingRequest(RunnerId.of(ben.accountId()), sports.id(), TEN, alice.id(), null),
					new BookingRequest(RunnerId.of(ben.accountId()), sports.id(), TEN, null, null),
					new BookingRequest(RunnerId.of(ben.accountId()), sports.id(), london("2026-03-31T10:30"),
							alice.id(), null))) {
				assertThatThrownBy(() -> booking.book(request)).isInstanceOf(DomainException.Conflict.class)
					.extracting(ex -> ((DomainException) ex).code())
					.isEqualTo("slot-held");
			}
			RunRubUser admin = clinic.admin();
			assertThatThrownBy(() -> booking.bookForClient(
					new BookingRequest(RunnerId.of(ben.accountId()), sports.id(), TEN, alice.id(), null),
					Actor.of(admin.accountId(), Role.ADMIN), true))
				.isInstanceOf(DomainException.Conflict.class)
				.extracting(ex -> ((DomainException) ex).code())
				.isEqualTo("slot-held");
			assertThat(jdbc.sql("select count(*) from appointment where status = 'BOOKED'").query(Long.class).single())
				.isZero();
		}

		@Test
		void theHolderAcceptsAndBooksIt() {
			AppointmentView booked = offers.accept(anasOffer, actor(ana));

			assertThat(booked.runnerId()).isEqualTo(RunnerId.of(ana.accountId()));
			assertThat(booked.start().toInstant()).isEqualTo(TEN);
			assertThat(booked.therapistId()).isEqualTo(alice.id());
		}

		@Test
		void onceTheHoldHasRunOutTheTimeIsFreeForAnyoneEvenBeforeTheExpiryJobClosesIt() {
			jdbc.sql("update waitlist_offer set held_until = :past where id = :id")
				.param("past", FixedClock.NOW.minus(Duration.ofMinutes(1)).atOffset(java.time.ZoneOffset.UTC))
				.param("id", anasOffer)
				.update();

			assertThat(availability.slots(sports.id(), DAY, DAY, alice.id())).extracting(Slot::start).contains(TEN);
			AppointmentView bens = booking
				.book(new BookingRequest(RunnerId.of(ben.accountId()), sports.id(), TEN, alice.id(), null));
			assertThat(bens.start().toInstant()).isEqualTo(TEN);
		}

		static Actor actor(RunRubUser runner) {
			return Actor.of(runner.accountId(), Role.RUNNER);
		}

	}

}
