package io.runrub.booking.web;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.LONDON;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/availability?format=days}: the compact form for month and week views holds exactly the slots of
 * the plain form, as the clinic's clock shows them, also across the change to summer time (Sunday 29 March 2026).
 */
@RunRubIntegrationTest
class AvailabilityDaysIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	final JsonMapper json = JsonMapper.builder().build();

	MassageService sports;

	TherapistView alice;

	TherapistView bob;

	@BeforeEach
	void openTheClinic() {
		clinic.reset();
		clinic.open();
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-13:00", "14:00-18:00").create();
		bob = clinic.therapist("Bob")
			.offering(SPORTS)
			.monToSat("07:00-11:00")
			.hours(java.time.DayOfWeek.SUNDAY, "00:00-04:00")
			.create();
		sports = clinic.service("Sports massage", SPORTS, 60).buffers(0, 15).create();
		RunRubUser rosa = clinic.runner("Rosa");
		booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-31T10:00"),
				alice.id(), null));
	}

	@Test
	void theDaysFormHoldsTheSameSlotsAsThePlainFormOnTheClinicsClock() throws Exception {
		String range = "serviceId=" + sports.id().value() + "&from=2026-03-21&to=2026-04-05";
		List<Map<String, Object>> plain = json.readValue(
				mvc.perform(get("/api/v1/availability?" + range)).andExpect(status().isOk()).andReturn()
					.getResponse().getContentAsString(),
				new TypeReference<>() {
				});
		Map<String, Map<String, List<String>>> days = json.readValue(
				mvc.perform(get("/api/v1/availability?" + range + "&format=days")).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString(),
				new TypeReference<>() {
				});

		TreeSet<String> fromPlain = new TreeSet<>();
		for (Map<String, Object> slot : plain) {
			ZonedDateTime start = OffsetDateTime.parse((String) slot.get("start")).atZoneSameInstant(LONDON);
			fromPlain.add(start.toLocalDate() + " " + slot.get("therapistId") + " " + start.toLocalTime());
		}
		List<String> fromDays = new ArrayList<>();
		days.forEach((day, therapists) -> therapists
			.forEach((therapist, times) -> times.forEach(time -> fromDays.add(day + " " + therapist + " " + time))));

		assertThat(fromDays).doesNotHaveDuplicates().hasSize(plain.size()).containsExactlyInAnyOrderElementsOf(fromPlain);
		assertThat(new ArrayList<>(days.keySet())).as("days in order").isSorted();
		assertThat(days.get("2026-03-31").get(Long.toString(alice.id().value())))
			.as("her 10:00 is booked, and each booking keeps 15 minutes' buffer after it")
			.contains("11:15", "12:00", "14:00")
			.doesNotContain("09:00", "10:00", "11:00");
		assertThat(days.get("2026-03-29").get(Long.toString(bob.id().value())))
			.as("01:00-01:45 do not exist on the day the clocks go forward")
			.contains("00:45", "02:00")
			.doesNotContain("01:00", "01:30");
	}

	@Test
	void theBookingPagesStripOfDaysMarksTheDaysWithoutAFreeTime() throws Exception {
		String page = mvc
			.perform(get("/book?serviceId=" + sports.id().value() + "&therapist=" + alice.id().value())
				.with(user(clinic.runner("Sam"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// fourteen days from Friday 20 March: she works Monday to Saturday, so the two Sundays are closed (not
		// offered as a day to tap), and every other day is open with its free times
		assertThat(page.split(">closed</span>", -1)).as("days marked closed").hasSize(3);
		assertThat(page.split("<a class=\"day\"", -1)).as("days to tap").hasSize(13);
	}

	@Test
	void anUnknownFormatIsRefusedNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/availability?serviceId=" + sports.id().value()
				+ "&from=2026-03-31&to=2026-03-31&format=month"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.detail", containsString("format")));
	}

}
