package io.runrub.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.ApiTokens;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.Room;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.StatementCounting;
import io.runrub.support.StatementCounting.Counts;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two therapists and one treatment room: availability offers a time only when a therapist and the room are both free
 * (a service that needs no room is not held back), a booking without a free room is refused, and a booking that takes
 * a room stays within the booking's statement budget ({@link DatabaseWorkBudgetIntegrationTests}).
 */
class RoomAvailabilityIntegrationTests {

	static final LocalDate TUESDAY = LocalDate.parse("2026-03-31");

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

		@Override
		int bookingStatements() {
			// as for any booking on H2, the row locks are statements of their own (see OverlapGuard); measured: 10 on
			// H2, 8 on PostgreSQL
			return DatabaseWorkBudgetIntegrationTests.BOOKING_STATEMENTS + 1;
		}

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

		@Override
		int bookingStatements() {
			return DatabaseWorkBudgetIntegrationTests.BOOKING_STATEMENTS;
		}

	}

	abstract static class Contract {

		@Autowired
		TestClinic clinic;

		@Autowired
		AppointmentBooking booking;

		@Autowired
		Availability availability;

		@Autowired
		ClinicAdministration administration;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		MockMvc mvc;

		@Autowired
		ApiTokens tokens;

		TherapistView alice;

		TherapistView bob;

		Room room;

		MassageService sports;

		MassageService quick;

		RunRubUser rosa;

		RunRubUser rita;

		abstract int bookingStatements();

		@BeforeEach
		void twoTherapistsOneRoom() {
			clinic.reset();
			clinic.open();
			alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
			bob = clinic.therapist("Bob").offering(SPORTS).monToSat("09:00-18:00").create();
			room = clinic.room("Room 1");
			sports = clinic.service("Sports massage", SPORTS, 60).buffers(0, 15).needsRoom().create();
			quick = clinic.service("Quick check", SPORTS, 30).create();
			rosa = clinic.runner("Rosa");
			rita = clinic.runner("Rita");
			booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-31T10:00"),
					alice.id(), null));
		}

		@Test
		void aTimeIsOfferedOnlyWhenATherapistAndTheRoomAreBothFree() {
			List<Slot> slots = availability.slots(sports.id(), TUESDAY, TUESDAY, null);

			assertThat(slots).isNotEmpty();
			assertThat(slots).as("Bob is free at 10:00, the room is not")
				.noneMatch(slot -> slot.therapistId().equals(bob.id()) && slot.start().equals(london("2026-03-31T10:00")));
			assertThat(slots).as("the room is free again after Alice's appointment and its buffer")
				.anyMatch(slot -> slot.therapistId().equals(bob.id())
						&& slot.start().equals(london("2026-03-31T11:15")));
			List<TimeWindow> roomTaken = jdbc.sql("""
					select block_start, block_end from appointment where room_id = :room and status = 'BOOKED'""")
				.param("room", room.id().value())
				.query((rs, row) -> new TimeWindow(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
						rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
				.list();
			assertThat(roomTaken).hasSize(1);
			for (Slot slot : slots) {
				TimeWindow block = new TimeWindow(slot.start(), slot.end().plusSeconds(15 * 60));
				assertThat(roomTaken).as("no time is offered while the room is taken: %s", slot)
					.noneMatch(taken -> taken.overlaps(block));
			}
			assertThat(availability.days(sports.id(), TUESDAY, TUESDAY, null).get(TUESDAY).get(bob.id()))
				.doesNotContain(LocalTime.of(10, 0), LocalTime.of(9, 0), LocalTime.of(11, 0))
				.contains(LocalTime.of(11, 15));
		}

		@Test
		void aServiceThatNeedsNoRoomIsOfferedWhileTheRoomIsTaken() {
			assertThat(availability.slots(quick.id(), TUESDAY, TUESDAY, bob.id()))
				.anyMatch(slot -> slot.start().equals(london("2026-03-31T10:00")));
		}

		@Test
		void aBookingWithNoRoomFreeIsRefusedAndChangesNothing() {
			assertThatThrownBy(() -> booking.book(new BookingRequest(RunnerId.of(rita.accountId()), sports.id(),
					london("2026-03-31T10:00"), bob.id(), null)))
				.isInstanceOfSatisfying(DomainException.Conflict.class,
						ex -> assertThat(ex.code()).isEqualTo("no-room-free"));
			assertThatThrownBy(() -> booking.book(new BookingRequest(RunnerId.of(rita.accountId()), sports.id(),
					london("2026-03-31T10:30"), bob.id(), null, room.id())))
				.isInstanceOfSatisfying(DomainException.Conflict.class,
						ex -> assertThat(ex.code()).isEqualTo("room-taken"));
			assertThat(jdbc.sql("select count(*) from appointment").query(Long.class).single()).isOne();
		}

		@Test
		void aRoomTakenOutOfUseIsNeitherOfferedNorBooked() {
			administration.updateRoom(room.id(), room.name(), false);

			assertThat(availability.slots(sports.id(), TUESDAY, TUESDAY, null)).isEmpty();
			assertThatThrownBy(() -> booking.book(new BookingRequest(RunnerId.of(rita.accountId()), sports.id(),
					london("2026-03-31T15:00"), bob.id(), null)))
				.isInstanceOfSatisfying(DomainException.Conflict.class,
						ex -> assertThat(ex.code()).isEqualTo("no-room-free"));
			assertThatThrownBy(() -> booking.book(new BookingRequest(RunnerId.of(rita.accountId()), sports.id(),
					london("2026-03-31T15:00"), bob.id(), null, room.id())))
				.isInstanceOfSatisfying(DomainException.RuleViolation.class,
						ex -> assertThat(ex.code()).isEqualTo("room-inactive"));
		}

		@Test
		void aMovedAppointmentKeepsItsRoomOrTakesAnotherFreeOneAndIsNeverMovedOntoATakenOne() {
			AppointmentView bobs = booking.book(new BookingRequest(RunnerId.of(rita.accountId()), sports.id(),
					london("2026-03-31T14:00"), bob.id(), null));
			assertThat(bobs.roomId()).isEqualTo(room.id());
			assertThat(bobs.roomName()).isEqualTo("Room 1");

			io.runrub.accounts.Actor admin = new io.runrub.accounts.Actor(AccountId.of(1),
					io.runrub.accounts.Role.ADMIN);
			assertThatThrownBy(() -> booking.reschedule(bobs.id(), london("2026-03-31T10:30"), admin))
				.isInstanceOfSatisfying(DomainException.Conflict.class,
						ex -> assertThat(ex.code()).isEqualTo("room-taken"));
			AppointmentView moved = booking.reschedule(bobs.id(), london("2026-03-31T16:00"), admin);
			assertThat(moved.roomId()).isEqualTo(room.id());

			Room second = clinic.room("Room 2");
			AppointmentView intoTheOtherRoom = booking.reschedule(bobs.id(), london("2026-03-31T10:30"), admin);
			assertThat(intoTheOtherRoom.roomId()).as("its own room is taken then, another is free").isEqualTo(second.id());
			assertThat(jdbc.sql("select room_id from appointment where id = :id")
				.param("id", bobs.id().value())
				.query(Long.class)
				.single()).isEqualTo(second.id().value());
		}

		@Test
		void aBookingThatTakesARoomStaysWithinTheStatementBudget() throws Exception {
			String token = tokens.create(AccountId.of(rita.accountId()), "budget").token();
			String body = "{\"serviceId\": " + sports.id().value() + ", \"start\": \"2026-03-31T15:00:00+01:00\"}";
			Counts counts = StatementCounting.count(() -> mvc
				.perform(post("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.roomId").value(room.id().value()))
				.andExpect(jsonPath("$.roomName").value("Room 1"))
				.andReturn());

			long eventRows = counts.sql().stream().filter(sql -> sql.startsWith("INSERT INTO EVENT_PUBLICATION")).count();
			assertThat(counts.statements() - eventRows).as(counts.toString()).isLessThanOrEqualTo(bookingStatements());
			assertThat(counts.sql()).filteredOn(sql -> sql.contains("insert into appointment")).hasSize(1);
		}

	}

}
