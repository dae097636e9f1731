package io.runrub.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentView;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The waitlist's guarantees, on H2 and on PostgreSQL: a freed slot is offered to exactly one waiting runner (the
 * plan's first, then the longest waiting), a hold that runs out or is declined passes to the next and never back,
 * and of everyone trying to take one slot at once exactly one gets it.
 */
class WaitlistIntegrationTests {

	/** Tuesday 31 March 2026, 10:00 in London (BST). */
	static final Instant TEN = london("2026-03-31T10:00");

	static final LocalDate DAY = LocalDate.of(2026, 3, 31);

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

	}

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

	}

	abstract static class Contract {

		@Autowired
		TestClinic clinic;

		@Autowired
		AppointmentBooking booking;

		@Autowired
		Waitlist waitlist;

		@Autowired
		WaitlistOffers offers;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		io.runrub.training.TrainingLog training;

		@Autowired
		io.runrub.clinic.ClinicAdministration administration;

		MassageService sports;

		TherapistView alice;

		RunRubUser cancelling;

		RunRubUser ana;

		RunRubUser ben;

		RunRubUser cleo;

		@BeforeEach
		void aFullDayWithRunnersWaiting() {
			clinic.reset();
			clinic.open();
			sports = clinic.service("Sports massage", SPORTS, 60).create();
			alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
			cancelling = clinic.runner("Cancelling Carl");
			ana = clinic.runner("Ana");
			ben = clinic.runner("Ben");
			cleo = clinic.runner("Cleo");
		}

		@Test
		void aCancelledSlotIsOfferedToExactlyOneRunnerTheLongestWaitingWithAMessage() {
			waitFor(ana, false);
			waitFor(ben, false);
			waitFor(cleo, false);

			cancelTheBookingAtTen();

			List<Offered> open = openOffers();
			assertThat(open).hasSize(1);
			assertThat(open.get(0).runnerId()).isEqualTo(ana.accountId());
			assertThat(open.get(0).heldUntil()).isEqualTo(FixedClock.NOW.plus(Duration.ofMinutes(30)));
			assertThat(jdbc.sql("select recipient from outbox_message where kind = 'WAITLIST_OFFER'")
				.query(String.class)
				.list()).containsExactly(jdbc.sql("select email from account where id = :id")
					.param("id", ana.accountId())
					.query(String.class)
					.single());
			assertThat(jdbc.sql("select subject from outbox_message where kind = 'WAITLIST_OFFER'")
				.query(String.class)
				.single()).isEqualTo("A time for you: Sports massage on Tuesday 31 March 2026 at 10:00 BST");
			assertThat(jdbc.sql("select body_text from outbox_message where kind = 'WAITLIST_OFFER'")
				.query(String.class)
				.single()).contains("with Alice")
				.contains("held for you until 10:30 on Friday 20 March")
				.contains("/waitlist");
		}

		@Test
		void anEntryFromThePlanComesBeforeOnesWaitingLonger() {
			waitFor(ana, false);
			waitFor(ben, true);

			cancelTheBookingAtTen();

			assertThat(openOffers()).extracting(Offered::runnerId).containsExactly(ben.accountId());
		}

		@Test
		void aRunnerWithAnARaceCloseAfterTheSlotComesBeforeOnesWaitingLonger() {
			waitFor(ana, false);
			waitFor(ben, false);
			waitFor(cleo, false);
			training.addRace(RunnerId.of(cleo.accountId()), new io.runrub.training.TrainingLog.RaceInput(
					DAY.plusDays(20), "Far race", 10_000.0, io.runrub.training.RacePriority.A));
			training.addRace(RunnerId.of(ben.accountId()), new io.runrub.training.TrainingLog.RaceInput(
					DAY.plusDays(5), "Near race", 21_097.0, io.runrub.training.RacePriority.B));

			cancelTheBookingAtTen();

			assertThat(openOffers()).extracting(Offered::runnerId).containsExactly(ben.accountId());
		}

		@Test
		void aSlotOutsideTheTimesARunnerCanComeIsNotOfferedToThem() {
			waitlist.join(actor(ana), new Waitlist.Request(sports.id(), DAY, DAY, null,
					List.of(new WeeklyTime(java.time.DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(18, 0))),
					false));
			waitFor(ben, false);

			cancelTheBookingAtTen();

			assertThat(openOffers()).extracting(Offered::runnerId).containsExactly(ben.accountId());
		}

		@Test
		void anExpiredHoldPassesToTheNextAndNeverBack() {
			waitFor(ana, false);
			waitFor(ben, false);
			cancelTheBookingAtTen();

			Instant later = FixedClock.NOW.plus(Duration.ofMinutes(31));
			assertThat(offers.handOverExpired(FixedClock.NOW.plus(Duration.ofMinutes(29)))).isZero();
			assertThat(offers.handOverExpired(later)).isOne();

			assertThat(openOffers()).extracting(Offered::runnerId).containsExactly(ben.accountId());
			assertThat(status(ana)).containsExactly("EXPIRED");
			assertThatThrownBy(() -> offers.accept(onlyOfferOf(ana), actor(ana)))
				.isInstanceOf(DomainException.Conflict.class)
				.extracting(ex -> ((DomainException) ex).code())
				.isEqualTo("waitlist-offer-closed");

			offers.handOverExpired(later.plus(Duration.ofMinutes(31)));
			assertThat(openOffers()).as("everyone waiting has had it").isEmpty();
		}

		@Test
		void aDeclinedSlotPassesAtOnceToTheNext() {
			waitFor(ana, false);
			waitFor(ben, false);
			cancelTheBookingAtTen();

			offers.decline(onlyOfferOf(ana), actor(ana));

			assertThat(openOffers()).extracting(Offered::runnerId).containsExactly(ben.accountId());
		}

		@Test
		void acceptingBooksTheSlotAndTakesTheRunnerOffTheWaitlist() {
			waitFor(ana, false);
			cancelTheBookingAtTen();

			AppointmentView booked = offers.accept(onlyOfferOf(ana), actor(ana));

			assertThat(booked.start().toInstant()).isEqualTo(TEN);
			assertThat(booked.therapistId()).isEqualTo(alice.id());
			assertThat(waitlist.waiting(actor(ana))).isEmpty();
			assertThat(openOffers()).isEmpty();
		}

		@Test
		void someoneElsesOfferIsNotFound() {
			waitFor(ana, false);
			cancelTheBookingAtTen();

			assertThatThrownBy(() -> offers.accept(onlyOfferOf(ana), actor(ben)))
				.isInstanceOf(DomainException.NotFound.class);
		}

		@Test
		void manyOfferingOneFreedSlotAtOnceOfferItOnce() throws Exception {
			for (int i = 0; i < 8; i++) {
				waitFor(clinic.runner("Waiting " + i), false);
			}
			// a free slot nobody cancelled: as if eight instances handled one event at once
			List<Outcome<Optional<WaitlistOffer>>> outcomes = race(8, i -> () -> offers.slotFreed(alice.id(), TEN));

			assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
			assertThat(outcomes).filteredOn(outcome -> outcome.value().isPresent()).hasSize(1);
			assertThat(openOffers()).hasSize(1);
		}

		@Test
		void theDatabaseRefusesASecondOpenOfferOfOneSlot() {
			long first = waitFor(ana, false).id();
			long second = waitFor(ben, false).id();
			insertOpenOffer(first, ana);

			assertThatThrownBy(() -> insertOpenOffer(second, ben)).isInstanceOf(DuplicateKeyException.class);
		}

		@Test
		void aDoubleClickOnAcceptBooksOnce() throws Exception {
			waitFor(ana, false);
			cancelTheBookingAtTen();
			long offer = onlyOfferOf(ana);

			List<Outcome<AppointmentView>> outcomes = race(6, i -> () -> offers.accept(offer, actor(ana)));

			assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
			assertThat(outcomes).extracting(outcome -> outcome.value().id()).containsOnly(outcomes.get(0).value().id());
			assertThat(bookedAtTen()).isOne();
		}

		@Test
		void aRunnerAcceptingWhileTheHoldPassesToAnotherWhoAcceptsTooOnlyOneGetsTheSlot() throws Exception {
			waitFor(ana, false);
			waitFor(ben, false);
			cancelTheBookingAtTen();
			long anasOffer = onlyOfferOf(ana);
			Instant later = FixedClock.NOW.plus(Duration.ofMinutes(31));

			List<Outcome<AppointmentView>> outcomes = race(2,
					i -> i == 0 ? () -> offers.accept(anasOffer, actor(ana)) : () -> {
						offers.handOverExpired(later);
						// none if Ana's accept came first: the hold had closed by then
						List<Long> bens = jdbc.sql("select id from waitlist_offer where runner_id = :runner")
							.param("runner", ben.accountId())
							.query(Long.class)
							.list();
						return bens.isEmpty() ? null : offers.accept(bens.get(0), actor(ben));
					});

			assertThat(bookedAtTen()).isOne();
			assertThat(outcomes).filteredOn(outcome -> outcome.value() != null).hasSize(1);
			assertThat(outcomes).filteredOn(outcome -> outcome.failure() != null)
				.allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(DomainException.Conflict.class));
		}

		@Test
		void aSlotGoneBeforeTheAcceptIsA409AndTheRunnerKeepsWaiting() {
			waitFor(ana, false);
			cancelTheBookingAtTen();
			long anasOffer = onlyOfferOf(ana);
			// nobody else can book a held slot (WaitlistHoldsIntegrationTests): it goes by Alice's time off instead
			administration.addTimeOff(alice.id(), TEN, TEN.plus(Duration.ofHours(2)), "Ill");

			assertThatThrownBy(() -> offers.accept(anasOffer, actor(ana))).isInstanceOf(DomainException.Conflict.class)
				.extracting(ex -> ((DomainException) ex).code())
				.isEqualTo("waitlist-offer-gone");
			assertThat(status(ana)).containsExactly("GONE");
			assertThat(waitlist.waiting(actor(ana))).hasSize(1);
		}

		@Test
		void leavingTheWaitlistPassesAHeldSlotOn() {
			WaitlistEntry anas = waitFor(ana, false);
			waitFor(ben, false);
			cancelTheBookingAtTen();

			waitlist.leave(actor(ana), anas.id());

			assertThat(status(ana)).containsExactly("WITHDRAWN");
			assertThat(openOffers()).extracting(Offered::runnerId).containsExactly(ben.accountId());
		}

		@Test
		void aMovedAppointmentOffersTheTimeItLeft() {
			waitFor(ana, false);
			AppointmentView booked = booking
				.book(new BookingRequest(RunnerId.of(cancelling.accountId()), sports.id(), TEN, alice.id(), null));
			booking.reschedule(booked.id(), london("2026-03-31T15:00"), actor(cancelling));
			clinic.awaitEvents();

			assertThat(openOffers()).extracting(Offered::start).containsExactly(TEN);
		}

		WaitlistEntry waitFor(RunRubUser runner, boolean fromPlan) {
			return waitlist.join(actor(runner),
					new Waitlist.Request(sports.id(), DAY.minusDays(1), DAY.plusDays(1), null, List.of(), fromPlan));
		}

		void cancelTheBookingAtTen() {
			AppointmentView booked = booking
				.book(new BookingRequest(RunnerId.of(cancelling.accountId()), sports.id(), TEN, alice.id(), null));
			booking.cancel(booked.id(), actor(cancelling));
			clinic.awaitEvents();
		}

		record Offered(long id, long runnerId, Instant start, Instant heldUntil) {
		}

		List<Offered> openOffers() {
			return jdbc.sql("select id, runner_id, start_at, held_until from waitlist_offer where status = 'OPEN'")
				.query((rs, row) -> new Offered(rs.getLong(1), rs.getLong(2),
						rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
						rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
				.list();
		}

		long onlyOfferOf(RunRubUser runner) {
			return jdbc.sql("select id from waitlist_offer where runner_id = :runner")
				.param("runner", runner.accountId())
				.query(Long.class)
				.single();
		}

		List<String> status(RunRubUser runner) {
			return jdbc.sql("select status from waitlist_offer where runner_id = :runner")
				.param("runner", runner.accountId())
				.query(String.class)
				.list();
		}

		long bookedAtTen() {
			return jdbc.sql("select count(*) from appointment where status = 'BOOKED' and start_at = :start")
				.param("start", TEN.atOffset(java.time.ZoneOffset.UTC))
				.query(Long.class)
				.single();
		}

		void insertOpenOffer(long entryId, RunRubUser runner) {
			jdbc.sql("""
					insert into waitlist_offer (entry_id, runner_id, therapist_id, service_id, start_at, status,
					  held_until, created_at, open_therapist_id, open_start, open_entry_id)
					values (:entry, :runner, :therapist, :service, :start, 'OPEN', :start, :start, :therapist, :start,
					  :entry)""")
				.param("entry", entryId)
				.param("runner", runner.accountId())
				.param("therapist", alice.id().value())
				.param("service", sports.id().value())
				.param("start", TEN.atOffset(java.time.ZoneOffset.UTC))
				.update();
		}

		static Actor actor(RunRubUser runner) {
			return Actor.of(runner.accountId(), Role.RUNNER);
		}

		record Outcome<T>(T value, Throwable failure) {
		}

		/** Runs the tasks on their own threads, released together by a barrier. */
		static <T> List<Outcome<T>> race(int threads, java.util.function.IntFunction<Callable<? extends T>> task)
				throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			CyclicBarrier start = new CyclicBarrier(threads);
			try {
				List<Future<Outcome<T>>> futures = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					Callable<? extends T> work = task.apply(i);
					futures.add(pool.submit(() -> {
						start.await(20, TimeUnit.SECONDS);
						try {
							return new Outcome<T>(work.call(), null);
						}
						catch (RuntimeException ex) {
							return new Outcome<T>(null, ex);
						}
					}));
				}
				List<Outcome<T>> outcomes = new ArrayList<>();
				for (Future<Outcome<T>> future : futures) {
					outcomes.add(future.get(60, TimeUnit.SECONDS));
				}
				return outcomes;
			}
			finally {
				pool.shutdownNow();
			}
		}

	}

}
