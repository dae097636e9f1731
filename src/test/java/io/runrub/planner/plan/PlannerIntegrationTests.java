package io.runrub.planner.plan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistId;
import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.spi.CareSignals;
import io.runrub.runners.Answers;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.ProfileKeeping;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
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
import io.runrub.training.TrainingCalendar;
import io.runrub.training.TrainingLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The planner end to end against a real database, H2 and PostgreSQL alike: a plan from stored training and profile,
 * booking it all at once (or nothing), and re-planning when training changes. The clock is Friday 20 March 2026;
 * the A race is on Sunday 3 May.
 */
class PlannerIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	static final LocalDate RACE = LocalDate.of(2026, 5, 3);

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
		org.springframework.context.support.MessageSourceAccessor messages;

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
		AppointmentBooking bookings;

		@Autowired
		Availability availability;

		@Autowired
		TransactionTemplate transactions;

		@Autowired
		TrainingCalendar trainingCalendar;

		@Autowired
		ClinicCatalog catalog;

		@Autowired
		PlannedMassages plannedMassages;

		@Autowired
		io.runrub.ledger.PrepaidSessions prepaidSessions;

		@Autowired
		Clock clock;

		@Autowired
		MoveProposals proposals;

		@Autowired
		JdbcClient jdbc;

		RunRubUser rita;

		TherapistView john;

		RaceView race;

		@BeforeEach
		void aRunnerTrainingForAMarathon() {
			clinic.reset();
			clinic.open();
			john = clinic.therapist("John")
				.offering(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.ART, Modality.SWEDISH)
				.monToSat("09:00-13:00", "14:00-20:00")
				.create();
			clinic.therapist("Mike")
				.offering(Modality.SPORTS, Modality.MOVEMENT_ASSESSMENT)
				.monToSat("09:00-18:00")
				.create();
			for (Modality modality : Modality.values()) {
				clinic.service(modality.displayName(), modality, 60).buffers(0, 15).create();
			}
			clinic.service("Sports massage", Modality.SPORTS, 30).create();
			rita = clinic.runner("Rita");
			profiles.save(RunnerId.of(rita.accountId()), new RunnerProfile(5, Level.RECREATIONAL, Pressure.FIRM,
					Set.of(Goal.MAINTENANCE, Goal.PROBLEM_AREA), Money.of(20_000, "GBP"), john.id(),
					List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, LocalDate.of(2026, 3, 1), 4))));
			Map<DayOfWeek, SessionType> week = Map.of(DayOfWeek.TUESDAY, SessionType.INTERVALS, DayOfWeek.WEDNESDAY,
					SessionType.EASY, DayOfWeek.THURSDAY, SessionType.TEMPO, DayOfWeek.SATURDAY, SessionType.EASY,
					DayOfWeek.SUNDAY, SessionType.LONG);
			for (LocalDate day = TODAY.minusWeeks(3); day.isBefore(RACE); day = day.plusDays(1)) {
				SessionType type = week.get(day.getDayOfWeek());
				if (type != null) {
					boolean done = day.isBefore(TODAY);
					training.addSession(io.runrub.accounts.RunnerId.of(rita.accountId()), new TrainingLog.SessionInput(day,
							done ? LocalTime.of(7, 0) : null, type,
							done ? SessionStatus.COMPLETED : SessionStatus.PLANNED, null,
							type == SessionType.LONG ? 110 : 50, null, null, null, done ? 5 : null, null));
				}
			}
			race = training.addRace(io.runrub.accounts.RunnerId.of(rita.accountId()),
					new TrainingLog.RaceInput(RACE, "Spring Marathon", 42_195.0, RacePriority.A));
			clinic.awaitEvents();
		}

		@Test
		void thePlanFollowsTheRulesAndIsStored() {
			PlanGeneration.PlanView plan = generation.generate(RunnerId.of(rita.accountId()), null, null);
			assertThat(plan.from()).isEqualTo(TODAY.plusDays(1));
			assertThat(plan.to()).as("until 7 days after the A race").isEqualTo(RACE.plusDays(7));
			assertThat(plan.massages()).isNotEmpty().allSatisfy(massage -> assertThat(massage.reasons()).isNotEmpty());
			assertThat(plan.massages()).filteredOn(massage -> massage.kind() == Suggestion.Kind.BEFORE_RACE)
				.singleElement()
				.satisfies(massage -> {
					assertThat(massage.modality()).isEqualTo(Modality.SWEDISH);
					assertThat(massage.pressure()).isEqualTo(Pressure.LIGHT);
					assertThat(RACE.toEpochDay() - massage.date().toEpochDay()).isBetween(2L, 3L);
				});
			assertThat(plan.massages())
				.filteredOn(massage -> massage.date().isBefore(RACE) && !massage.date().isBefore(RACE.minusDays(7)))
				.noneMatch(massage -> massage.modality() == Modality.DEEP_TISSUE || massage.modality() == Modality.ART);
			assertThat(plan.massages()).anySatisfy(massage -> {
				assertThat(massage.modality()).isEqualTo(Modality.DEEP_TISSUE);
				assertThat(massage.focusAreas()).containsExactly(BodyArea.CALVES);
				assertThat(massage.therapistId()).isEqualTo(john.id());
			});
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages()).hasSameSizeAs(plan.massages());
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages())
				.as("prices read back as money in the clinic's currency")
				.extracting(PlannedMassage::price)
				.containsExactlyElementsOf(plan.massages().stream().map(PlannedMassage::price).toList())
				.allSatisfy(price -> assertThat(price.isZero()).isFalse());
		}

		@Test
		void underSixWeeksOfHistoryNoSpikeIsClaimedInThePlanNorFromPlannedDays() {
			// 3 weeks of completed training, then planned weeks and a marathon: the load model is still learning
			PlanGeneration.PlanView plan = generation.generate(RunnerId.of(rita.accountId()), null, null);
			assertThat(plan.warnings()).noneMatch(warning -> warning.text().contains("risen sharply"));
			assertThat(plan.massages()).allSatisfy(massage -> assertThat(massage.reasons())
				.noneMatch(reason -> reason.text().contains("spike")));
			List<io.runrub.training.DailyLoad> load = trainingCalendar.dailyLoad(RunnerId.of(rita.accountId()),
					TODAY.minusDays(56), RACE.plusDays(7));
			assertThat(load).noneMatch(io.runrub.training.DailyLoad::spike);
			assertThat(load).filteredOn(day -> !day.date().isAfter(TODAY)).allMatch(io.runrub.training.DailyLoad::provisional);
		}

		@Test
		void aRunnerWithOnlyPlansAndARaceIsToldNoSpike() {
			jdbc.sql("delete from training_session where status = 'COMPLETED'").update();
			PlanGeneration.PlanView plan = generation.generate(RunnerId.of(rita.accountId()), null, null);
			assertThat(plan.warnings()).noneMatch(warning -> warning.text().contains("risen sharply"));
		}

		@Test
		void aSecondARaceThreeWeeksAfterTheFirstGetsItsPreRaceMassageInTheDefaultPlan() {
			LocalDate second = RACE.plusWeeks(3);
			clinic.open(TestClinic.MIN_NOTICE_MINUTES, 90, TestClinic.CANCELLATION_CUTOFF_HOURS); // to 18 June
			training.addRace(io.runrub.accounts.RunnerId.of(rita.accountId()),
					new TrainingLog.RaceInput(second, "Lakeside Half", 21_097.5, RacePriority.A));
			clinic.awaitEvents();

			PlanGeneration.PlanView plan = generation.generate(RunnerId.of(rita.accountId()), null, null);

			assertThat(plan.to()).as("until 7 days after the last A race").isEqualTo(second.plusDays(7));
			assertThat(plan.massages()).filteredOn(massage -> massage.kind() == Suggestion.Kind.BEFORE_RACE)
				.extracting(massage -> massage.date().until(massage.date().isBefore(RACE) ? RACE : second).getDays())
				.hasSize(2)
				.allSatisfy(daysBefore -> assertThat(daysBefore).isBetween(2, 3));
		}

		@Test
		void aRaceBeyondTheClinicsBookingWindowDoesNotStretchTheDefaultPlan() {
			clinic.open(TestClinic.MIN_NOTICE_MINUTES, 60, TestClinic.CANCELLATION_CUTOFF_HOURS); // to 19 May
			training.addRace(io.runrub.accounts.RunnerId.of(rita.accountId()),
					new TrainingLog.RaceInput(TODAY.plusDays(61), "Too Far Ten", 10_000.0, RacePriority.B));
			clinic.awaitEvents();

			assertThat(generation.generate(RunnerId.of(rita.accountId()), null, null).to()).isEqualTo(RACE.plusDays(7));
		}

		@Test
		void recurringPainThatCareKnowsOfBringsAMovementAssessmentIntoThePlan() {
			CareSignals calfPainRecurs = (runner, today) -> new CareSignals.Signals(
					runner.value() == rita.accountId() ? Set.of(BodyArea.CALVES) : Set.of(), false);
			PlanGeneration withCare = new PlanGeneration(profiles, screening, trainingCalendar, catalog, appointments,
					plannedMassages, clock, new StaticListableBeanFactory(Map.of("care", calfPainRecurs))
						.getBeanProvider(CareSignals.class), proposals, messages, prepaidSessions);
			assertThat(generation.preview(RunnerId.of(rita.accountId()), null, null).suggestions())
				.as("without care's signals").noneMatch(suggestion -> suggestion.modality() == Modality.MOVEMENT_ASSESSMENT);
			assertThat(withCare.preview(RunnerId.of(rita.accountId()), null, null).suggestions())
				.filteredOn(suggestion -> suggestion.modality() == Modality.MOVEMENT_ASSESSMENT)
				.singleElement()
				.satisfies(assessment -> {
					assertThat(assessment.kind()).isEqualTo(Suggestion.Kind.ASSESSMENT);
					assertThat(assessment.reasons()).anyMatch(reason -> reason.rule().equals("TYPE-REFER-MOVEMENT"));
				});
		}

		@Test
		void withoutAProfileThereIsNoPlanButAClearMessage() {
			RunRubUser sam = clinic.runner("Sam");
			assertThatThrownBy(() -> generation.generate(RunnerId.of(sam.accountId()), null, null))
				.isInstanceOfSatisfying(DomainException.RuleViolation.class,
						ex -> assertThat(ex.code()).isEqualTo("plan-no-profile"));
		}

		@Test
		void aStopAnswerMeansNoMassageAndAdviceToSeeAClinician() {
			screening.answer(RunnerId.of(rita.accountId()), Answers.allNoBut("CHEST_PAIN"), null);
			PlanGeneration.PlanView plan = generation.generate(RunnerId.of(rita.accountId()), null, null);
			assertThat(plan.massages()).isEmpty();
			assertThat(plan.warnings()).singleElement().satisfies(warning -> {
				assertThat(warning.rule()).isEqualTo("SAFE-STOP");
				assertThat(warning.text()).contains("doctor");
			});
			assertThat(booking.bookAll(RunnerId.of(rita.accountId())).booked()).isEmpty();
		}

		@Test
		void bookingThePlanBooksEverySuggestionInsideTheWindowAndSaysWhenTheRestBecomesBookable() {
			clinic.open(120, 30, 24); // bookings only up to 30 days ahead: 19 April
			generation.generate(RunnerId.of(rita.accountId()), null, null);
			PlanBooking.Result result = booking.bookAll(RunnerId.of(rita.accountId()));
			assertThat(result.booked()).isNotEmpty();
			assertThat(result.unplaced()).isEmpty();
			assertThat(result.later()).isNotEmpty().allSatisfy(later -> {
				assertThat(later.date()).isAfter(TODAY.plusDays(30));
				assertThat(later.bookableFrom()).isEqualTo(later.date().minusDays(30));
			});
			List<PlannedMassage> massages = generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages();
			assertThat(massages).filteredOn(massage -> !massage.date().isAfter(TODAY.plusDays(30)))
				.as("everything inside the window is booked").allMatch(PlannedMassage::isBooked);
			for (AppointmentView appointment : result.booked()) {
				PlannedMassage linked = massages.stream()
					.filter(massage -> appointment.id().equals(massage.appointmentId()))
					.findFirst()
					.orElseThrow();
				assertThat(appointment.start().toLocalDate()).isEqualTo(linked.date());
				assertThat(appointment.modality()).isEqualTo(linked.modality());
			}
			assertThat(appointments.forRunner(io.runrub.accounts.RunnerId.of(rita.accountId()))).hasSameSizeAs(result.booked());
		}

		@Test
		void aPlanIsBookedCompletelyOrNotAtAll() {
			generation.generate(RunnerId.of(rita.accountId()), null, null);
			transactions.executeWithoutResult(status -> {
				assertThat(booking.bookAll(RunnerId.of(rita.accountId())).booked()).isNotEmpty();
				status.setRollbackOnly(); // the runner cancels, or something fails, before the end
			});
			assertThat(appointments.forRunner(io.runrub.accounts.RunnerId.of(rita.accountId()))).isEmpty();
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages())
				.noneMatch(PlannedMassage::isBooked);
		}

		@Test
		void twoBookingsOfThePlanAtOnceBookEachMassageOnce() throws Exception {
			int planned = generation.generate(RunnerId.of(rita.accountId()), null, null).massages().size();
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				List<java.util.concurrent.Future<PlanBooking.Result>> results = threads.invokeAll(List.of(() -> {
					together.await();
					return booking.bookAll(RunnerId.of(rita.accountId()));
				}, () -> {
					together.await();
					return booking.bookAll(RunnerId.of(rita.accountId()));
				}));
				int booked = 0;
				for (java.util.concurrent.Future<PlanBooking.Result> result : results) {
					booked += result.get().booked().size();
				}
				assertThat(booked).isEqualTo(planned);
			}
			finally {
				threads.shutdownNow();
			}
			assertThat(appointments.forRunner(io.runrub.accounts.RunnerId.of(rita.accountId()))).hasSize(planned);
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages()).allMatch(PlannedMassage::isBooked);
		}

		@Test
		void aHardSessionAddedAfterABookedDeepMassageFlagsItAndOneClickMovesIt() {
			generation.generate(RunnerId.of(rita.accountId()), null, null);
			booking.bookAll(RunnerId.of(rita.accountId()));
			clinic.awaitEvents();
			PlannedMassage deep = generation.current(RunnerId.of(rita.accountId()))
				.orElseThrow()
				.massages()
				.stream()
				.filter(massage -> massage.isBooked() && massage.modality() == Modality.DEEP_TISSUE)
				.findFirst()
				.orElseThrow();
			training.addSession(io.runrub.accounts.RunnerId.of(rita.accountId()), new TrainingLog.SessionInput(deep.date().plusDays(1), null,
					SessionType.HILLS, SessionStatus.PLANNED, "Hill reps", 50, null, null, null, null, null));
			clinic.awaitEvents();
			PlannedMassage flagged = generation.current(RunnerId.of(rita.accountId()))
				.orElseThrow()
				.massages()
				.stream()
				.filter(massage -> massage.id().equals(deep.id()))
				.findFirst()
				.orElseThrow();
			assertThat(flagged.status()).isEqualTo(PlannedMassage.Status.MOVE_PROPOSED);
			assertThat(flagged.flag()).contains("Not the day before your hill session");
			assertThat(flagged.proposedDate()).isNotNull().isNotEqualTo(deep.date());
			replanning.accept(rita.actor(), deep.id());
			clinic.awaitEvents();
			AppointmentView moved = appointments.find(deep.appointmentId(), rita.actor());
			assertThat(moved.start().toLocalDate()).isEqualTo(flagged.proposedDate());
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages())
				.filteredOn(massage -> massage.id().equals(deep.id()))
				.singleElement()
				.satisfies(massage -> assertThat(massage.isFlagged()).isFalse());
		}

		@Test
		void aRescheduledAppointmentTakesItsSuggestionToTheNewDay() {
			generation.generate(RunnerId.of(rita.accountId()), null, null);
			booking.bookAll(RunnerId.of(rita.accountId()));
			clinic.awaitEvents();
			PlannedMassage booked = bookedMassages().get(0);
			LocalDate otherDay = booked.date().plusDays(1).getDayOfWeek() == DayOfWeek.SUNDAY
					? booked.date().plusDays(2) : booked.date().plusDays(1);
			Slot slot = availability.slots(booked.serviceId(), otherDay, otherDay,
					booked.therapistId()).get(0);
			bookings.reschedule(booked.appointmentId(), slot.start(), rita.actor());
			clinic.awaitEvents();
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages())
				.filteredOn(massage -> massage.id().equals(booked.id()))
				.singleElement()
				.satisfies(massage -> {
					assertThat(massage.date()).isEqualTo(otherDay);
					assertThat(massage.appointmentId()).isEqualTo(booked.appointmentId());
					// the new day is judged like any other: fine, or a better day proposed for a reason about it
					if (massage.isFlagged()) {
						assertThat(massage.status()).isEqualTo(PlannedMassage.Status.MOVE_PROPOSED);
						assertThat(massage.flag()).contains("Not the day before");
					}
				});
		}

		@Test
		void aCancelledAppointmentLeavesItsSuggestionUnbooked() {
			generation.generate(RunnerId.of(rita.accountId()), null, null);
			booking.bookAll(RunnerId.of(rita.accountId()));
			clinic.awaitEvents();
			PlannedMassage booked = bookedMassages().get(0);
			bookings.cancel(booked.appointmentId(), rita.actor());
			clinic.awaitEvents();
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages())
				.filteredOn(massage -> massage.id().equals(booked.id()))
				.singleElement()
				.satisfies(massage -> {
					assertThat(massage.isBooked()).isFalse();
					assertThat(massage.date()).isEqualTo(booked.date());
				});
		}

		@Test
		void anAppointmentBookedByHandOnAPlannedDaySatisfiesThatSuggestion() {
			PlannedMassage suggestion = generation.generate(RunnerId.of(rita.accountId()), null, null)
				.massages()
				.stream()
				.filter(massage -> massage.therapistId() != null)
				.findFirst()
				.orElseThrow();
			Slot slot = availability
				.slots(suggestion.serviceId(), suggestion.date(), suggestion.date(),
						suggestion.therapistId())
				.get(0);
			AppointmentView appointment = bookings.book(new AppointmentBooking.BookingRequest(RunnerId.of(rita.accountId()),
					suggestion.serviceId(), slot.start(), slot.therapistId(), "by-hand"));
			clinic.awaitEvents();
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages())
				.filteredOn(massage -> massage.id().equals(suggestion.id()))
				.singleElement()
				.satisfies(massage -> assertThat(massage.appointmentId()).isEqualTo(appointment.id()));
		}

		private List<PlannedMassage> bookedMassages() {
			return generation.current(RunnerId.of(rita.accountId()))
				.orElseThrow()
				.massages()
				.stream()
				.filter(PlannedMassage::isBooked)
				.toList();
		}

		@Test
		void aPlannedMassageIsStoredWholeWithItsAreasReasonsAndAlternativesAsRows() {
			PlannedMassage made = generation.generate(RunnerId.of(rita.accountId()), null, null)
				.massages()
				.stream()
				.filter(massage -> !massage.focusAreas().isEmpty() && massage.alternatives().size() > 1)
				.findFirst()
				.orElseThrow();
			PlannedMassage loaded = generation.current(RunnerId.of(rita.accountId()))
				.orElseThrow()
				.massages()
				.stream()
				.filter(massage -> massage.id().equals(made.id()))
				.findFirst()
				.orElseThrow();
			assertThat(loaded).isEqualTo(made);
			assertThat(jdbc.sql("select count(*) from plan_suggestion_reason where plan_suggestion = :id")
				.param("id", made.id())
				.query(Long.class)
				.single()).isEqualTo(made.reasons().size());
			assertThat(jdbc.sql("select alternative_date from plan_suggestion_alternative where plan_suggestion = :id "
					+ "order by plan_suggestion_key")
				.param("id", made.id())
				.query(LocalDate.class)
				.list()).as("in their order").isEqualTo(made.alternatives());
			assertThat(jdbc.sql("select area from plan_suggestion_area where plan_suggestion = :id")
				.param("id", made.id())
				.query(String.class)
				.list()).isEqualTo(made.focusAreas().stream().map(Enum::name).toList());
		}

		@Test
		void aPlannedMassageKeepsItsAdjustmentsAndWhatItsReasonsArgueFor() {
			// Rita's tight calves call for deep tissue, but she prefers medium pressure: sports massages instead
			profiles.save(RunnerId.of(rita.accountId()), new RunnerProfile(5, Level.RECREATIONAL, Pressure.MEDIUM,
					Set.of(Goal.MAINTENANCE, Goal.PROBLEM_AREA), Money.of(20_000, "GBP"), john.id(),
					List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, LocalDate.of(2026, 3, 1), 4))));
			List<PlannedMassage> made = generation.generate(RunnerId.of(rita.accountId()), null, null).massages();
			List<PlannedMassage> loaded = generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages();
			assertThat(loaded).isEqualTo(made);
			assertThat(made).flatExtracting(PlannedMassage::reasons).anyMatch(reason -> !reason.pressures().isEmpty());
			PlannedMassage adjusted = made.stream()
				.filter(massage -> !massage.adjustments().isEmpty())
				.findFirst()
				.orElseThrow();
			assertThat(jdbc.sql("select sentence from plan_suggestion_adjustment where plan_suggestion = :id "
					+ "order by plan_suggestion_key")
				.param("id", adjusted.id())
				.query(String.class)
				.list()).isEqualTo(adjusted.adjustments().stream().map(adjustment -> adjustment.text()).toList());
		}

		@Test
		void aRaceThatMovesTakesItsPreRaceMassageWithIt() {
			generation.generate(RunnerId.of(rita.accountId()), null, null);
			training.updateRace(io.runrub.accounts.RunnerId.of(rita.accountId()), race.id(),
					new TrainingLog.RaceInput(RACE.minusWeeks(1), "Spring Marathon", 42_195.0, RacePriority.A));
			clinic.awaitEvents();
			assertThat(generation.current(RunnerId.of(rita.accountId())).orElseThrow().massages())
				.filteredOn(massage -> massage.kind() == Suggestion.Kind.BEFORE_RACE)
				.singleElement()
				.satisfies(before -> assertThat(RACE.minusWeeks(1).toEpochDay() - before.date().toEpochDay())
					.isBetween(2L, 3L));
		}

	}

}
