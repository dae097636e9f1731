package io.runrub.planner.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.AvailableTime;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan made from the real clinic and booked (issue 9: "the plan puts a massage on Christmas Day and on a day the
 * preferred therapist never works, then books someone else silently; it ignores appointments the runner already
 * has"). John, Rita's preferred therapist, works Saturday mornings only; Mike works weekdays 09:00-21:00. The clock
 * is Friday 20 March 2026.
 */
@RunRubIntegrationTest
class PlanKeepsToTheWeekIntegrationTests {

	@Autowired
	TestClinic clinic;

	@Autowired
	ProfileKeeping profiles;

	@Autowired
	PlanGeneration generation;

	@Autowired
	PlanBooking booking;

	@Autowired
	AppointmentBooking bookings;

	@Autowired
	AppointmentCalendar calendar;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	JdbcClient jdbc;

	RunRubUser rita;

	RunnerId ritaId;

	TherapistView john;

	TherapistView mike;

	MassageService sports;

	@BeforeEach
	void setUp() {
		jdbc.sql("delete from clinic_closure").update();
		clinic.reset();
		clinic.open();
		john = clinic.therapist("John")
			.offering(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.SWEDISH)
			.hours(DayOfWeek.SATURDAY, "09:00-14:00")
			.create();
		mike = clinic.therapist("Mike").offering(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.SWEDISH).create();
		administration.setWorkingHours(mike.id(), mikesWeek());
		sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
		clinic.service("Deep tissue massage", Modality.DEEP_TISSUE, 60).create();
		clinic.service("Swedish massage", Modality.SWEDISH, 60).create();
		rita = clinic.runner("Rita");
		ritaId = RunnerId.of(rita.accountId());
	}

	@AfterEach
	void openAgain() {
		jdbc.sql("delete from clinic_closure").update();
	}

	@Test
	void bookingThePlanNeverBooksATherapistThePlanDidNotNameAndTheSuggestionSaysWhyNotJohn() {
		profiles.save(ritaId, profile(20_000, List.of()));
		PlanGeneration.PlanView plan = generation.generate(ritaId, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 19));
		Map<Long, TherapistId> named = plan.massages()
			.stream()
			.collect(Collectors.toMap(PlannedMassage::id, PlannedMassage::therapistId));
		assertThat(plan.massages()).isNotEmpty();
		assertThat(plan.massages()).filteredOn(massage -> massage.therapistId().equals(mike.id()))
			.allSatisfy(massage -> assertThat(massage.reasons())
				.anySatisfy(reason -> assertThat(reason.text()).contains("John does not work on", "so Mike instead")));

		PlanBooking.Result result = booking.bookAll(ritaId);

		assertThat(result.booked()).isNotEmpty();
		for (PlannedMassage massage : generation.current(ritaId).orElseThrow().massages()) {
			if (massage.isBooked()) {
				AppointmentView appointment = calendar.find(massage.appointmentId(), rita.actor());
				assertThat(appointment.therapistId()).as("the therapist the plan named for %s", massage.date())
					.isEqualTo(named.get(massage.id()));
			}
		}
	}

	@Test
	void aMassageBookedBeforeThePlanStartsCountsTowardThatMonthsBudget() {
		profiles.save(ritaId, profile(6_000, List.of())); // one hour's massage a month
		bookings.book(new AppointmentBooking.BookingRequest(ritaId, sports.id(),
				TestClinic.london("2026-03-23T10:00"), mike.id(), null));

		PlanGeneration.PlanView plan = generation.generate(ritaId, LocalDate.of(2026, 3, 27),
				LocalDate.of(2026, 3, 31));

		assertThat(plan.massages()).as("March's budget went on the massage of 23 March").isEmpty();
	}

	@Test
	void anEveningsOnlyRunnerIsPlannedAndBookedOnTheirEveningsAndNeverOnAClosedDay() {
		profiles.save(ritaId, profile(20_000, List.of(
				new AvailableTime(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)),
				new AvailableTime(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)))));
		administration.addClosure(LocalDate.of(2026, 3, 31), "Staff training");

		PlanGeneration.PlanView plan = generation.generate(ritaId, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 30));

		assertThat(plan.massages()).isNotEmpty().allSatisfy(massage -> {
			assertThat(massage.date().getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
			assertThat(massage.date()).isNotEqualTo(LocalDate.of(2026, 3, 31));
			assertThat(massage.alternatives()).doesNotContain(LocalDate.of(2026, 3, 31));
		});

		PlanBooking.Result result = booking.bookAll(ritaId);

		assertThat(result.booked()).isNotEmpty().allSatisfy(appointment -> {
			ZonedDateTime start = appointment.start();
			assertThat(start.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
			assertThat(start.toLocalTime()).isBetween(LocalTime.of(18, 0), LocalTime.of(20, 0));
			assertThat(appointment.end().toLocalTime()).isBeforeOrEqualTo(LocalTime.of(21, 0));
			assertThat(start.toLocalDate()).isNotEqualTo(LocalDate.of(2026, 3, 31));
		});
	}

	private RunnerProfile profile(int budgetCents, List<AvailableTime> week) {
		return new RunnerProfile(4, Level.RECREATIONAL, Pressure.FIRM, Set.of(Goal.MAINTENANCE),
				Money.of(budgetCents, "GBP"), john.id(), List.of(), week);
	}

	private static List<io.runrub.clinic.WorkingPeriod> mikesWeek() {
		return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
			.stream()
			.map(day -> new io.runrub.clinic.WorkingPeriod(day, LocalTime.of(9, 0), LocalTime.of(21, 0)))
			.toList();
	}

}
