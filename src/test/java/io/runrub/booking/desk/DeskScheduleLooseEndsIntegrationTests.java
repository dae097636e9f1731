package io.runrub.booking.desk;

import java.time.DayOfWeek;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.PastAppointment;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.Room;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The schedule's loose ends: each appointment shows its treatment room (page, API, a filter by room) and the desk can
 * book a given room; the admin marks from the day's schedule whether a client came; closing a day with bookings lists
 * them and takes a move or cancel decision for each. The clock is Friday 20 March 2026, 10:00 in London; John works
 * Tuesdays and Fridays 09:00-17:00; the clinic has two rooms and the sports massage needs one.
 */
@RunRubIntegrationTest
class DeskScheduleLooseEndsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppointmentBooking booking;

	RunRubUser adminUser;

	RequestPostProcessor admin;

	RunRubUser rita;

	TherapistView john;

	MassageService sports;

	Room blue;

	Room green;

	@BeforeEach
	void setUp() {
		jdbc.sql("delete from clinic_closure").update();
		clinic.reset();
		clinic.open();
		john = clinic.therapist("John")
			.offering(Modality.SPORTS)
			.hours(DayOfWeek.TUESDAY, "09:00-17:00")
			.hours(DayOfWeek.FRIDAY, "09:00-17:00")
			.create();
		blue = clinic.room("Blue room");
		green = clinic.room("Green room");
		sports = clinic.service("Sports massage", Modality.SPORTS, 60).needsRoom().create();
		adminUser = clinic.admin();
		admin = authentication(new UsernamePasswordAuthenticationToken(adminUser, null, adminUser.getAuthorities()));
		rita = clinic.runner("Rita Runner");
	}

	private void bookFromThePage(String date, String time, Room room) throws Exception {
		mvc.perform(post("/admin/schedule/book").with(admin)
			.with(csrf())
			.param("runnerEmail", rita.email())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("roomId", room == null ? "" : String.valueOf(room.id().value()))
			.param("date", date)
			.param("time", time)).andExpect(status().is3xxRedirection());
	}

	@Test
	void eachAppointmentShowsTheRoomItTakesAndTheScheduleFiltersByRoom() throws Exception {
		bookFromThePage("2026-03-24", "10:00", green);
		assertThat(jdbc.sql("select room_id from appointment").query(Long.class).single())
			.as("the room the desk chose").isEqualTo(green.id().value());

		mvc.perform(get("/admin/schedule").param("date", "2026-03-24").with(admin))
			.andExpect(content().string(allOf(containsString("Room: Green room"), containsString(">Blue room<"),
					containsString("name=\"roomId\""))));
		mvc.perform(get("/admin/schedule").param("date", "2026-03-24")
			.param("room", String.valueOf(blue.id().value()))
			.with(admin)).andExpect(content().string(not(containsString("Room: Green room"))));
		mvc.perform(get("/admin/schedule").param("date", "2026-03-24")
			.param("room", String.valueOf(green.id().value()))
			.with(admin)).andExpect(content().string(containsString("Room: Green room")));

		mvc.perform(get("/api/v1/admin/schedule").param("from", "2026-03-24").param("to", "2026-03-24").with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days[0].therapists[0].appointments[0].roomId").value(green.id().value()))
			.andExpect(jsonPath("$.days[0].therapists[0].appointments[0].roomName").value("Green room"));
	}

	@Test
	void aRefusedTimeShowsTheFreeTimesOfThatDaySoTheAdminCanChooseOne() throws Exception {
		mvc.perform(post("/admin/schedule/book").with(admin)
			.with(csrf())
			.param("runnerEmail", rita.email())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("date", "24/03/2026")
			.param("time", "08:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"desk-free\""), containsString("09:00 with John"),
					containsString("16:00 with John"))));
		assertThat(jdbc.sql("select count(*) from appointment").query(Long.class).single()).isZero();
	}

	@Test
	void aClientAlreadyBookedThenIsSpokenOfAsTheClientNotAsYou() throws Exception {
		bookFromThePage("2026-03-24", "10:00", null);
		mvc.perform(post("/admin/schedule/book").with(admin)
			.with(csrf())
			.param("runnerEmail", rita.email())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("date", "24/03/2026")
			.param("time", "10:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The client already has an appointment at"),
					not(containsString("You already have")))));
	}

	@Test
	void theDeskApiBooksTheRoomAskedForAndAnswersWithIt() throws Exception {
		mvc.perform(post("/api/v1/admin/bookings").with(admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"runnerEmail": "%s", "serviceId": %d, "start": "2026-03-24T11:00:00Z", "roomId": %d}"""
				.formatted(rita.email(), sports.id().value(), blue.id().value())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roomId").value(blue.id().value()));
		assertThat(jdbc.sql("select room_id from appointment").query(Long.class).single()).isEqualTo(blue.id().value());
	}

	@Test
	void theAdminMarksFromTheDaysScheduleWhetherTheClientCame() throws Exception {
		AppointmentView earlier = booking.recordPast(new PastAppointment(RunnerId.of(rita.accountId()), john.id(),
				sports.id(), london("2026-03-20T09:00"), AccountId.of(adminUser.accountId())));

		mvc.perform(get("/admin/schedule").param("date", "2026-03-20").with(admin))
			.andExpect(content().string(allOf(
					containsString("/admin/schedule/appointments/" + earlier.id().value() + "/attendance"),
					containsString("value=\"NO_SHOW\""))));

		mvc.perform(post("/admin/schedule/appointments/{id}/attendance", earlier.id().value()).with(admin)
			.with(csrf())
			.param("status", "NO_SHOW")
			.param("date", "2026-03-20"))
			.andExpect(redirectedUrl("/admin/schedule?date=2026-03-20"));
		assertThat(jdbc.sql("select attendance from appointment").query(String.class).single()).isEqualTo("NO_SHOW");

		mvc.perform(get("/admin/schedule").param("date", "2026-03-20").with(admin))
			.andExpect(content().string(allOf(containsString("Did not come"),
					not(containsString("/admin/schedule/appointments/" + earlier.id().value() + "/attendance")))));
	}

	@Test
	void closingADayWithBookingsListsThemThenMovesOrCancelsEachAsDecided() throws Exception {
		bookFromThePage("2026-03-24", "10:00", null);
		long id = jdbc.sql("select id from appointment").query(Long.class).single();

		mvc.perform(post("/admin/closures").with(admin)
			.with(csrf())
			.param("date", "2026-03-24")
			.param("reason", "Flooded"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"closure-conflicts\""),
					containsString("Tue 24 Mar 10:00, Rita Runner"), containsString("name=\"decision-" + id + "\""),
					containsString("The clinic cannot close on Tuesday 24 March 2026 yet: one appointment is booked"),
					containsString("value=\"MOVE\""))));
		assertThat(jdbc.sql("select count(*) from clinic_closure").query(Long.class).single()).isZero();

		mvc.perform(post("/admin/closures").with(admin)
			.with(csrf())
			.param("date", "2026-03-24")
			.param("reason", "Flooded")
			.param("decision-" + id, "MOVE")
			.param("clientMessage", "The clinic is flooded"))
			.andExpect(redirectedUrl("/admin/closures"));
		assertThat(jdbc.sql("select count(*) from clinic_closure").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select status from appointment where id = :id").param("id", id).query(String.class)
			.single()).as("moved, so still booked").isEqualTo("BOOKED");
		assertThat(jdbc.sql("select start_at from appointment where id = :id")
			.param("id", id)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant()).as("to a day after the closure").isAfter(london("2026-03-25T00:00"));
	}

}
