package io.runrub.planner.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentStatus;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.generation.Suggestion;
import io.runrub.runners.Answers;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import io.runrub.training.RacePriority;
import io.runrub.training.RaceView;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bullets of issue 9 about a plan that stays true once booked, each a named scenario through the durable events
 * (the listeners run after the change commits; {@link TestClinic#awaitEvents()} waits for them), against H2 and
 * PostgreSQL. The clock is Friday 20 March 2026; Rita's A marathon is on Sunday 3 May; she books the whole plan.
 */
class ReconciliationScenarioIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	static final LocalDate RACE = LocalDate.of(2026, 5, 3);

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Scenarios {

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Scenarios {

	}

	abstract static class Scenarios {

		@Autowired
		TestClinic clinic;

		@Autowired
		TrainingLog training;

		@Autowired
		ProfileKeeping profiles;

		@Autowired
		IntakeScreening screening;

		@Autowired
		PlanGeneration generation;

		@Autowired
		PlanBooking booking;

		@Autowired
		Replanning replanning;

		@Autowired
		AppointmentCalendar appointments;

		@Autowired
		Availability availability;

		@Autowired
		ClinicAdministration administration;

		@Autowired
		MockMvc mvc;

		@Autowired
		LaterBookings laterBookings;

		RunRubUser rita;

		RunnerId runner;

		TherapistView john;

		TherapistView mike;

		RaceView race;

		@BeforeEach
		void ritaTrainsForAMarathon() {
			clinic.reset();
			clinic.open();
			john = clinic.therapist("John")
				.offering(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.ART, Modality.SWEDISH)
				.monToSat("09:00-13:00", "14:00-20:00")
				.create();
			mike = clinic.therapist("Mike")
				.offering(Modality.SPORTS, Modality.MOVEMENT_ASSESSMENT)
				.monToSat("09:00-18:00")
				.create();
			for (Modality modality : Modality.values()) {
				clinic.service(modality.displayName(), modality, 60).buffers(0, 15).create();
			}
			rita = clinic.runner("Rita");
			runner = RunnerId.of(rita.accountId());
			profile(Money.of(20_000, "GBP"));
			Map<DayOfWeek, SessionType> week = Map.of(DayOfWeek.TUESDAY, SessionType.INTERVALS, DayOfWeek.WEDNESDAY,
					SessionType.EASY, DayOfWeek.THURSDAY, SessionType.TEMPO, DayOfWeek.SATURDAY, SessionType.EASY,
					DayOfWeek.SUNDAY, SessionType.LONG);
			for (LocalDate day = TODAY.minusWeeks(3); day.isBefore(RACE); day = day.plusDays(1)) {
				SessionType type = week.get(day.getDayOfWeek());
				if (type != null) {
					boolean done = day.isBefore(TODAY);
					training.addSession(runner, new TrainingLog.SessionInput(day, done ? LocalTime.of(7, 0) : null, type,
							done ? SessionStatus.COMPLETED : SessionStatus.PLANNED, null,
							type == SessionType.LONG ? 110 : 50, null, null, null, done ? 5 : null, null));
				}
			}
			race = training.addRace(runner, new TrainingLog.RaceInput(RACE, "Spring Marathon", 42_195.0, RacePriority.A));
			clinic.awaitEvents();
		}

		private void profile(Money budget) {
			profiles.save(runner, new RunnerProfile(5, Level.RECREATIONAL, Pressure.FIRM,
					Set.of(Goal.MAINTENANCE, Goal.PROBLEM_AREA), budget, john.id(),
					List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, LocalDate.of(2026, 3, 1), 4))));
		}

		private List<PlannedMassage> massages() {
			return generation.current(runner).orElseThrow().massages();
		}

		private PlannedMassage massage(long id) {
			return massages().stream().filter(massage -> massage.id() == id).findFirst().orElseThrow();
		}

		private List<PlannedMassage> bookTheWholePlan() {
			generation.generate(runner, null, null);
			PlanBooking.Result result = booking.bookAll(runner);
			assertThat(result.unplaced()).isEmpty();
			assertThat(result.later()).as("the whole plan lies inside the 60-day booking window").isEmpty();
			clinic.awaitEvents();
			List<PlannedMassage> booked = massages();
			assertThat(booked).isNotEmpty().allMatch(PlannedMassage::isBooked);
			assertThat(booked).allSatisfy(massage -> assertThat(massage.status()).isEqualTo(PlannedMassage.Status.OK));
			return booked;
		}

		private void moveTheRaceTo(LocalDate day) {
			training.updateRace(runner, race.id(),
					new TrainingLog.RaceInput(day, "Spring Marathon", 42_195.0, RacePriority.A));
			clinic.awaitEvents();
		}

		@Test
		void aStopAnswerAfterBookingMakesEveryBookedMassageUnsafeAndPutsTheStopAdviceFirstAtOnce() throws Exception {
			List<PlannedMassage> booked = bookTheWholePlan();
			screening.answer(runner, Answers.allNoBut("BLOOD_CLOT"), null);
			clinic.awaitEvents();

			PlanGeneration.PlanView plan = generation.current(runner).orElseThrow();
			assertThat(plan.warnings()).as("no need to make the plan again").first()
				.satisfies(warning -> assertThat(warning.rule()).isEqualTo("SAFE-STOP"));
			assertThat(plan.massages()).hasSameSizeAs(booked).allSatisfy(massage -> {
				assertThat(massage.status()).isEqualTo(PlannedMassage.Status.UNSAFE);
				assertThat(massage.flag()).contains("see a doctor");
			});
			PlannedMassage first = plan.massages().get(0);
			AppointmentView appointment = appointments.find(first.appointmentId(), rita.actor());
			// the therapist sees it on their day: the runner's stop answer beside the appointment
			mvc.perform(get("/therapist/day").param("date", appointment.start().toLocalDate().toString())
				.with(authentication(new UsernamePasswordAuthenticationToken(clinic.login(john), null,
						clinic.login(john).getAuthorities()))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Rita")))
				.andExpect(content().string(containsString("Do not massage")));
			replanning.accept(rita.actor(), first.id());
			assertThat(appointments.find(first.appointmentId(), rita.actor()).status())
				.as("one click cancels it").isEqualTo(AppointmentStatus.CANCELLED);
		}

		@Test
		void aRaceMovedLaterGetsItsPreRaceMassageOnTheNewDateAndTheBookedOneIsProposedThere() {
			PlannedMassage before = bookTheWholePlan().stream()
				.filter(massage -> massage.kind() == Suggestion.Kind.BEFORE_RACE)
				.findFirst()
				.orElseThrow();
			LocalDate later = RACE.plusWeeks(1);
			moveTheRaceTo(later);

			PlannedMassage moved = massage(before.id());
			assertThat(moved.status()).isEqualTo(PlannedMassage.Status.MOVE_PROPOSED);
			assertThat(later.toEpochDay() - moved.proposedDate().toEpochDay()).isBetween(2L, 3L);
			assertThat(moved.proposedStart()).isNotNull();
			assertThat(availability.slots(moved.serviceId(), moved.proposedDate(), moved.proposedDate(),
					moved.proposedTherapistId()))
				.as("a slot that really exists")
				.anyMatch(slot -> slot.start().equals(moved.proposedStart()));
			assertThat(massages()).filteredOn(massage -> massage.kind() == Suggestion.Kind.BEFORE_RACE)
				.as("the booked one is proposed on the new date, not planned a second time")
				.hasSize(1);

			replanning.accept(rita.actor(), before.id());
			clinic.awaitEvents();
			AppointmentView appointment = appointments.forRunner(runner)
				.stream()
				.filter(AppointmentView::isBooked)
				.filter(view -> view.start().toInstant().equals(moved.proposedStart()))
				.findFirst()
				.orElseThrow();
			assertThat(appointment.modality()).isEqualTo(before.modality());
			assertThat(massage(before.id())).satisfies(massage -> {
				assertThat(massage.date()).isEqualTo(moved.proposedDate());
				assertThat(massage.status()).isEqualTo(PlannedMassage.Status.OK);
			});
		}

		@Test
		void aRaceMovedEarlierFlagsABookedDeepMassageInsideTheNoDeepWindow() {
			PlannedMassage deep = bookTheWholePlan().stream()
				.filter(massage -> massage.modality() == Modality.DEEP_TISSUE)
				.filter(massage -> massage.date().isAfter(TODAY.plusDays(10)))
				.findFirst()
				.orElseThrow();
			moveTheRaceTo(deep.date().plusDays(4));

			PlannedMassage flagged = massage(deep.id());
			assertThat(flagged.status()).isIn(PlannedMassage.Status.MOVE_PROPOSED,
					PlannedMassage.Status.NO_LONGER_FITS);
			assertThat(flagged.flag()).contains("4 days before Spring Marathon");
			if (flagged.status() == PlannedMassage.Status.MOVE_PROPOSED) {
				LocalDate newRace = deep.date().plusDays(4);
				assertThat(flagged.proposedDate().isBefore(newRace.minusDays(7)) || flagged.proposedDate().isAfter(newRace))
					.as("out of the no-deep week: %s", flagged.proposedDate()).isTrue();
			}
		}

		@Test
		void makingThePlanAgainAfterBookingItNeverDuplicatesWhatIsBooked() {
			int planned = generation.generate(runner, null, null).massages().size();
			booking.bookAll(runner);
			clinic.awaitEvents();

			List<PlannedMassage> again = generation.generate(runner, null, null).massages();
			assertThat(again).hasSize(planned).allMatch(PlannedMassage::isBooked);
			clinic.awaitEvents();
			assertThat(massages()).hasSize(planned);
			for (PlannedMassage massage : again) {
				assertThat(again).filteredOn(other -> !other.id().equals(massage.id()))
					.as("nothing within two days of %s", massage.date())
					.noneMatch(other -> Math.abs(other.date().toEpochDay() - massage.date().toEpochDay()) < 3);
			}
		}

		@Test
		void warningsAreRecomputedWithEveryReconciliationSoAnOverspentBudgetIsSaid() {
			bookTheWholePlan();
			assertThat(generation.current(runner).orElseThrow().warnings())
				.noneMatch(warning -> warning.rule().equals("FREQ-BUDGET"));
			profile(Money.of(6_000, "GBP"));
			clinic.awaitEvents();

			PlanGeneration.PlanView plan = generation.current(runner).orElseThrow();
			assertThat(plan.warnings()).anyMatch(warning -> warning.rule().equals("FREQ-BUDGET"));
			assertThat(plan.massages()).as("booked massages the smaller budget no longer keeps are said to be so")
				.anyMatch(massage -> massage.status() == PlannedMassage.Status.NO_LONGER_FITS);
		}

		@Test
		void aProposedMoveIsARealAfternoonSlotOutsideTheCutoffWithAnotherTherapistWhenTheirOwnIsAway() {
			PlannedMassage deep = bookTheWholePlan().stream()
				.filter(massage -> massage.modality() == Modality.DEEP_TISSUE)
				.filter(massage -> massage.date().isAfter(TODAY.plusDays(3)))
				.filter(massage -> massage.date().plusDays(1).getDayOfWeek() != DayOfWeek.TUESDAY
						&& massage.date().plusDays(1).getDayOfWeek() != DayOfWeek.THURSDAY
						&& massage.date().plusDays(1).getDayOfWeek() != DayOfWeek.SUNDAY)
				.findFirst()
				.orElseThrow();
			TherapistView kate = clinic.therapist("Kate")
				.offering(Modality.DEEP_TISSUE)
				.monToSat("07:00-20:00")
				.create();
			awayAround(john, deep.date().minusDays(12).atStartOfDay(TestClinic.LONDON).toInstant(),
					deep.date().plusDays(12).atStartOfDay(TestClinic.LONDON).toInstant());
			training.addSession(runner, new TrainingLog.SessionInput(deep.date().plusDays(1), null, SessionType.HILLS,
					SessionStatus.PLANNED, "Hill reps", 50, null, null, null, null, null));
			clinic.awaitEvents();

			PlannedMassage flagged = massage(deep.id());
			assertThat(flagged.status()).isEqualTo(PlannedMassage.Status.MOVE_PROPOSED);
			assertThat(flagged.flag()).contains("Not the day before your hill session");
			assertThat(flagged.proposedTherapistId()).as("John is away: Kate is free").isEqualTo(kate.id());
			assertThat(flagged.proposedStart().atZone(TestClinic.LONDON).toLocalTime())
				.as("deep work after the morning's run, never at 07:00")
				.isAfterOrEqualTo(LocalTime.NOON);
			assertThat(flagged.proposedStart())
				.as("outside the cancellation cutoff")
				.isAfter(TestClinic.london("2026-03-20T00:00").plus(Duration.ofHours(TestClinic.CANCELLATION_CUTOFF_HOURS)));
			assertThat(availability.slots(flagged.serviceId(), flagged.proposedDate(), flagged.proposedDate(), kate.id()))
				.anyMatch(slot -> slot.start().equals(flagged.proposedStart()));

			PlannedMassage accepted = replanning.accept(rita.actor(), deep.id());
			clinic.awaitEvents();
			assertThat(appointments.find(deep.appointmentId(), rita.actor()).status())
				.isEqualTo(AppointmentStatus.CANCELLED);
			AppointmentView withKate = appointments.find(accepted.appointmentId(), rita.actor());
			assertThat(withKate.therapistId()).isEqualTo(kate.id());
			assertThat(withKate.start().toInstant()).isEqualTo(flagged.proposedStart());
			assertThat(massage(deep.id()).status()).isEqualTo(PlannedMassage.Status.OK);
		}

		/**
		 * The therapist is away from..to except during their booked appointments: time off is no longer accepted over
		 * a booked appointment (the front desk moves or cancels it first), and these stay booked for the planner to
		 * propose moves.
		 */
		private void awayAround(TherapistView therapist, java.time.Instant from, java.time.Instant to) {
			java.time.Instant cursor = from;
			for (AppointmentView booked : appointments.forTherapist(therapist.id(), from, to)
				.stream()
				.filter(AppointmentView::isBooked)
				.sorted(java.util.Comparator.comparing(AppointmentView::start))
				.toList()) {
				if (cursor.isBefore(booked.start().toInstant())) {
					administration.addTimeOff(therapist.id(), cursor, booked.start().toInstant(), "Holiday");
				}
				if (cursor.isBefore(booked.end().toInstant())) {
					cursor = booked.end().toInstant();
				}
			}
			if (cursor.isBefore(to)) {
				administration.addTimeOff(therapist.id(), cursor, to, "Holiday");
			}
		}

		@Test
		void bookingThePlanBooksNothingWhenOneMassageInsideTheWindowCannotBePlaced() {
			PlannedMassage first = generation.generate(runner, null, null).massages().get(0);
			for (TherapistView therapist : List.of(john, mike)) {
				administration.addTimeOff(therapist.id(),
						first.date().minusDays(6).atStartOfDay(TestClinic.LONDON).toInstant(),
						first.date().plusDays(6).atStartOfDay(TestClinic.LONDON).toInstant(), "Course");
			}

			PlanBooking.Result result = booking.bookAll(runner);
			assertThat(result.booked()).isEmpty();
			assertThat(result.unplaced()).isNotEmpty()
				.anySatisfy(unplaced -> assertThat(unplaced.date()).isEqualTo(first.date()));
			assertThat(appointments.forRunner(runner)).as("never a silent partial result").isEmpty();
			assertThat(massages()).noneMatch(PlannedMassage::isBooked);
		}

		@Test
		void whatLiesBeyondTheBookingWindowIsBookedWhenItBecomesBookableIfTheRunnerAsks() {
			clinic.open(120, 30, 24); // bookable up to 19 April
			generation.generate(runner, null, null);
			PlanBooking.Result first = booking.bookAll(runner);
			assertThat(first.later()).isNotEmpty();
			clinic.awaitEvents();
			laterBookings.honourWishes();
			assertThat(appointments.forRunner(runner)).as("not asked: nothing more").hasSameSizeAs(first.booked());

			laterBookings.wish(runner);
			clinic.open(120, 60, 24); // the window reaches the rest, as days pass: bookable up to 19 May
			laterBookings.honourWishes();
			clinic.awaitEvents();
			LocalDate lastBookable = LocalDate.of(2026, 5, 19);
			assertThat(massages()).filteredOn(massage -> !massage.date().isAfter(lastBookable))
				.isNotEmpty()
				.allMatch(PlannedMassage::isBooked);
			assertThat(appointments.forRunner(runner)).as("the wish booked what came into the window")
				.hasSizeGreaterThan(first.booked().size());
			// what the longer plan now holds beyond the window keeps waiting, and nothing else does
			boolean beyond = massages().stream().anyMatch(massage -> massage.date().isAfter(lastBookable));
			assertThat(laterBookings.wished(runner)).isEqualTo(beyond);
		}

		@Test
		void bookedAndPlannedMassagesShowInTheTrainingCalendarBesideTheSessions() throws Exception {
			clinic.open(120, 30, 24); // bookable up to 19 April: later massages stay planned
			generation.generate(runner, null, null);
			booking.bookAll(runner);
			clinic.awaitEvents();

			mvc.perform(get("/api/v1/me/training/calendar").param("from", "2026-03-21").param("to", "2026-05-10")
				.with(httpBasic(rita.email(), PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].kind", hasItem("SESSION")))
				.andExpect(jsonPath("$[?(@.kind == 'RACE')].name", hasItem("Spring Marathon")))
				.andExpect(jsonPath("$[?(@.kind == 'MASSAGE' && @.booked == true)].start").isNotEmpty())
				.andExpect(jsonPath("$[?(@.kind == 'MASSAGE' && @.booked == false)].modality").isNotEmpty());
			mvc.perform(get("/api/v1/me/training/calendar").param("from", "2026-03-21").param("to", "2026-12-31")
				.with(httpBasic(rita.email(), PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/training-range-too-long"));
			mvc.perform(get("/training").param("view", "month").param("date", "2026-04-01")
				.with(httpBasic(rita.email(), PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-booked=\"true\"")))
				.andExpect(content().string(containsString("(booked)")));
			mvc.perform(get("/training").param("view", "week").param("date", "2026-04-27")
				.with(httpBasic(rita.email(), PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("(planned)")));
		}

	}

}
