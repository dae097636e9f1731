package io.runrub.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.Room;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
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

/**
 * Many runners at once, each with a different free therapist, for a service that needs a room, in a clinic of
 * {@value #THERAPISTS} therapists and {@value #ROOMS} rooms: exactly as many are booked as there are rooms, every other
 * one is told the time is taken (never an error), and the table itself shows no two booked appointments overlapping in
 * one room. The same contract on H2 (room row locks and a check) and PostgreSQL (an exclusion constraint).
 */
class RoomConcurrencyIntegrationTests {

	static final int THERAPISTS = 8;

	static final int ROOMS = 2;

	static final Instant TEN = london("2026-03-31T10:00");

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
		JdbcClient jdbc;

		MassageService sports;

		List<TherapistView> therapists = new ArrayList<>();

		List<Room> rooms = new ArrayList<>();

		List<RunRubUser> runners = new ArrayList<>();

		@BeforeEach
		void aClinicWithMoreTherapistsThanRooms() {
			clinic.reset();
			clinic.open();
			therapists.clear();
			rooms.clear();
			runners.clear();
			for (int i = 0; i < THERAPISTS; i++) {
				therapists.add(clinic.therapist("Therapist " + i).offering(SPORTS).monToSat("09:00-18:00").create());
			}
			for (int i = 0; i < ROOMS; i++) {
				rooms.add(clinic.room("Room " + (i + 1)));
			}
			sports = clinic.service("Sports massage", SPORTS, 45).buffers(0, 15).needsRoom().create();
			for (int i = 0; i < 2 * THERAPISTS; i++) {
				runners.add(clinic.runner("Runner " + i));
			}
		}

		@Test
		void runnersWithDifferentTherapistsAtOneTimeAreBookedOnlyAsManyAsThereAreRooms() throws Exception {
			List<Outcome> outcomes = race(THERAPISTS, i -> new BookingRequest(RunnerId.of(runners.get(i).accountId()),
					sports.id(), TEN, therapists.get(i).id(), null));

			assertInvariant(outcomes, ROOMS);
		}

		@Test
		void runnersForAnyTherapistAtOneTimeAreBookedOnlyAsManyAsThereAreRooms() throws Exception {
			List<Outcome> outcomes = race(2 * THERAPISTS, i -> new BookingRequest(
					RunnerId.of(runners.get(i).accountId()), sports.id(), TEN, null, null));

			assertInvariant(outcomes, ROOMS);
		}

		@Test
		void runnersAskingForOneRoomWithDifferentTherapistsAreBookedOnce() throws Exception {
			List<Outcome> outcomes = race(THERAPISTS, i -> new BookingRequest(RunnerId.of(runners.get(i).accountId()),
					sports.id(), TEN, therapists.get(i).id(), null, rooms.get(0).id()));

			assertInvariant(outcomes, 1);
			assertThat(jdbc.sql("select room_id from appointment where status = 'BOOKED'").query(Long.class).list())
				.containsExactly(rooms.get(0).id().value());
		}

		@Test
		void aServiceThatNeedsNoRoomIsNotHeldBackByTheRooms() throws Exception {
			MassageService noRoom = clinic.service("Quick check", SPORTS, 30).create();
			List<Outcome> outcomes = race(THERAPISTS, i -> new BookingRequest(RunnerId.of(runners.get(i).accountId()),
					noRoom.id(), TEN, therapists.get(i).id(), null));

			assertThat(outcomes).allMatch(Outcome::won);
			assertThat(jdbc.sql("select count(*) from appointment where room_id is not null").query(Long.class).single())
				.isZero();
		}

		private void assertInvariant(List<Outcome> outcomes, int winners) {
			assertThat(outcomes.stream().filter(outcome -> !outcome.won() && !outcome.lost()).map(Outcome::failure))
				.as("every loser is told the time is taken, never an error")
				.isEmpty();
			assertThat(outcomes.stream().filter(Outcome::won)).hasSize(winners);
			assertThat(jdbc.sql("select count(*) from appointment where status = 'BOOKED'").query(Long.class).single())
				.isEqualTo(winners);
			assertThat(jdbc.sql("select count(*) from appointment where status = 'BOOKED' and room_id is null")
				.query(Long.class)
				.single()).as("every booking of the service has a room").isZero();
			assertThat(jdbc.sql("""
					select count(*) from appointment a join appointment b on a.room_id = b.room_id and a.id < b.id
					where a.status = 'BOOKED' and b.status = 'BOOKED'
					  and a.block_start < b.block_end and b.block_start < a.block_end""").query(Long.class).single())
				.as("booked appointments overlapping in one room")
				.isZero();
			assertThat(outcomes.stream().filter(Outcome::won).map(outcome -> outcome.booked().roomId()))
				.doesNotContainNull()
				.doesNotHaveDuplicates();
		}

		private List<Outcome> race(int racers, IntFunction<BookingRequest> request) throws Exception {
			CyclicBarrier start = new CyclicBarrier(racers);
			ExecutorService threads = Executors.newFixedThreadPool(racers);
			try {
				List<Future<Outcome>> futures = new ArrayList<>();
				for (int i = 0; i < racers; i++) {
					BookingRequest each = request.apply(i);
					futures.add(threads.submit(() -> {
						start.await(30, TimeUnit.SECONDS);
						try {
							return new Outcome(booking.book(each), null);
						}
						catch (RuntimeException ex) {
							return new Outcome(null, ex);
						}
					}));
				}
				List<Outcome> outcomes = new ArrayList<>();
				for (Future<Outcome> future : futures) {
					outcomes.add(future.get(60, TimeUnit.SECONDS));
				}
				return outcomes;
			}
			finally {
				threads.shutdownNow();
			}
		}

	}

	record Outcome(AppointmentView booked, RuntimeException failure) {

		boolean won() {
			return booked != null;
		}

		boolean lost() {
			return failure instanceof DomainException.Conflict;
		}

	}

}
