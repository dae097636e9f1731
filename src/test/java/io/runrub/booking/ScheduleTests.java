package io.runrub.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.runrub.shared.Money;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.Modality;
import io.runrub.shared.TimeWindow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a therapist's free slots are computed from weekly hours, time off and booked blocks. Expectations are worked
 * out by hand: slots start every 15 minutes from the start of each working period.
 *
 * <p>
 * Dates outside the clock-change tests are in summer (Monday 15 June 2026, BST = UTC+1), so that a slot computed in
 * the wrong zone shows as an hour out.
 */
class ScheduleTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final LocalDate JUNE_15 = LocalDate.parse("2026-06-15"); // a Monday

	private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

	private static final MassageService HOUR = service(60, 0, 0);

	@Test
	void slotsStartEveryQuarterHourAndNoneStraddlesTheBreakBetweenTwoPeriods() {
		Schedule schedule = schedule(List.of(period(MONDAY, "09:00", "12:00"), period(MONDAY, "13:00", "15:00")));

		assertThat(localStarts(schedule.freeSlots(HOUR, JUNE_15, JUNE_15, LONG_AGO))).containsExactly("09:00",
				"09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00", "13:00", "13:15", "13:30",
				"13:45", "14:00");
	}

	@Test
	void slotsAreInstantsOfTheClinicsZoneOnThatDayAndLastTheServicesLength() {
		Schedule schedule = schedule(List.of(period(MONDAY, "09:00", "10:30")));

		assertThat(schedule.freeSlots(HOUR, JUNE_15, JUNE_15, LONG_AGO)).containsExactly(
				slot("2026-06-15T08:00:00Z", "2026-06-15T09:00:00Z"),
				slot("2026-06-15T08:15:00Z", "2026-06-15T09:15:00Z"),
				slot("2026-06-15T08:30:00Z", "2026-06-15T09:30:00Z"));
	}

	@Test
	void aPeriodShorterThanTheServiceGivesNoSlotAndOneExactlyAsLongGivesOne() {
		Schedule tooShort = schedule(List.of(period(MONDAY, "09:00", "09:45")));
		Schedule exact = schedule(List.of(period(MONDAY, "09:00", "10:00")));

		assertThat(tooShort.freeSlots(HOUR, JUNE_15, JUNE_15, LONG_AGO)).isEmpty();
		assertThat(localStarts(exact.freeSlots(HOUR, JUNE_15, JUNE_15, LONG_AGO))).containsExactly("09:00");
	}

	@Test
	void onlyTheWeekdaysOfTheWorkingHoursHaveSlots() {
		Schedule schedule = schedule(List.of(period(DayOfWeek.WEDNESDAY, "09:00", "10:00")));

		assertThat(schedule.freeSlots(HOUR, JUNE_15, JUNE_15.plusDays(6), LONG_AGO))
			.containsExactly(slot("2026-06-17T08:00:00Z", "2026-06-17T09:00:00Z"));
	}

	@Test
	@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aPeriodEndingJustBeforeMidnightStopsAtItsEndInsteadOfWrappingToTheMorning() {
		// after 23:45 the next quarter hour is 00:00, which is before 23:59 again
		Schedule schedule = schedule(List.of(period(MONDAY, "23:00", "23:59")));

		assertThat(localStarts(schedule.freeSlots(service(5, 0, 0), JUNE_15, JUNE_15, LONG_AGO)))
			.containsExactly("23:00", "23:15", "23:30", "23:45");
	}

	@Nested
	class Buffers {

		/** 60 minutes with 10 minutes to prepare before and 20 to clear up after. */
		private final MassageService buffered = service(60, 10, 20);

		@Test
		void aBookedBlockWithBuffersKeepsNeighbouringSlotsFreeExactlyUpToWhereTheBuffersReach() {
			// booked 11:00-12:00 with the same buffers: the therapist's block is 10:50-12:20
			Schedule schedule = schedule(List.of(period(MONDAY, "08:00", "15:00")), List.of(),
					List.of(Schedule.block(buffered, at(JUNE_15, "11:00"))));

			// a new slot at t takes [t - 10, t + 80): free when it ends by 10:50 (t <= 09:30) or starts at 12:20
			// (t >= 12:30); 09:45 and 12:15 are the first slots the buffers block
			assertThat(localStarts(schedule.freeSlots(buffered, JUNE_15, JUNE_15, LONG_AGO))).containsExactly("08:00",
					"08:15", "08:30", "08:45", "09:00", "09:15", "09:30", "12:30", "12:45", "13:00", "13:15", "13:30",
					"13:45", "14:00");
		}

		@Test
		void withoutBuffersBookingsMayTouch() {
			Schedule schedule = schedule(List.of(period(MONDAY, "09:00", "12:00")), List.of(),
					List.of(Schedule.block(HOUR, at(JUNE_15, "10:00"))));

			assertThat(localStarts(schedule.freeSlots(HOUR, JUNE_15, JUNE_15, LONG_AGO))).containsExactly("09:00",
					"11:00");
		}

		@Test
		void theBlockIsTheAppointmentWidenedByBothBuffers() {
			assertThat(Schedule.block(buffered, Instant.parse("2026-06-15T10:00:00Z"))).isEqualTo(new TimeWindow(
					Instant.parse("2026-06-15T09:50:00Z"), Instant.parse("2026-06-15T11:20:00Z")));
		}

		@Test
		void buffersKeepBookingsApartButMayReachOutsideWorkingHours() {
			Schedule schedule = schedule(List.of(period(MONDAY, "09:00", "10:00")));

			assertThat(localStarts(schedule.freeSlots(buffered, JUNE_15, JUNE_15, LONG_AGO))).containsExactly("09:00");
		}

	}

	@Nested
	class TimeOffAndNotice {

		@Test
		void noSlotOverlapsTimeOff() {
			Schedule schedule = schedule(List.of(period(MONDAY, "09:00", "13:00")),
					List.of(new TimeWindow(at(JUNE_15, "10:30"), at(JUNE_15, "11:30"))), List.of());

			assertThat(localStarts(schedule.freeSlots(HOUR, JUNE_15, JUNE_15, LONG_AGO))).containsExactly("09:00",
					"09:15", "09:30", "11:30", "11:45", "12:00");
		}

		@Test
		void timeOffOverSeveralDaysEmptiesThemAll() {
			Schedule schedule = schedule(
					List.of(period(MONDAY, "09:00", "10:00"), period(DayOfWeek.TUESDAY, "09:00", "10:00"),
							period(DayOfWeek.WEDNESDAY, "09:00", "10:00")),
					List.of(new TimeWindow(at(JUNE_15, "00:00"), at(JUNE_15.plusDays(2), "00:00"))), List.of());

			assertThat(schedule.freeSlots(HOUR, JUNE_15, JUNE_15.plusDays(2), LONG_AGO))
				.containsExactly(slot("2026-06-17T08:00:00Z", "2026-06-17T09:00:00Z"));
		}

		@Test
		void whyUnavailableNamesTheReasonWithoutLookingAtBookings() {
			Schedule schedule = schedule(List.of(period(MONDAY, "09:00", "13:00")),
					List.of(new TimeWindow(at(JUNE_15, "12:00"), at(JUNE_15, "13:00"))),
					List.of(Schedule.block(HOUR, at(JUNE_15, "09:00"))));

			assertThat(schedule.whyUnavailable(HOUR, at(JUNE_15, "09:00"))).as("booked: the database decides")
				.isEmpty();
			assertThat(schedule.whyUnavailable(HOUR, at(JUNE_15, "08:30"))).contains("outside working hours");
			assertThat(schedule.whyUnavailable(HOUR, at(JUNE_15, "11:30"))).contains("away at that time");
			assertThat(schedule.whyUnavailable(HOUR, at(JUNE_15, "11:00"))).isEmpty();
		}

		@Test
		void slotsStartNoEarlierThanTheEarliestStartAndOneStartingExactlyThenIsOffered() {
			Schedule schedule = schedule(List.of(period(MONDAY, "09:00", "12:00")));

			assertThat(localStarts(schedule.freeSlots(HOUR, JUNE_15, JUNE_15, at(JUNE_15, "10:15"))))
				.containsExactly("10:15", "10:30", "10:45", "11:00");
			assertThat(localStarts(schedule.freeSlots(HOUR, JUNE_15, JUNE_15, at(JUNE_15, "10:16"))))
				.containsExactly("10:30", "10:45", "11:00");
		}

		@Test
		void bookedMinutesCountTheBlocksOfThatDayOnly() {
			Schedule schedule = schedule(List.of(period(MONDAY, "09:00", "17:00")), List.of(),
					List.of(Schedule.block(service(60, 0, 15), at(JUNE_15, "09:00")),
							Schedule.block(service(30, 5, 10), at(JUNE_15, "14:00")),
							Schedule.block(HOUR, at(JUNE_15.plusDays(1), "09:00"))));

			assertThat(schedule.bookedMinutesOn(JUNE_15)).isEqualTo(75 + 45);
		}

	}

	/**
	 * Europe/London in 2026: clocks go forward from 01:00 GMT to 02:00 BST on Sunday 29 March and back from 02:00
	 * BST to 01:00 GMT on Sunday 25 October. Expected instants are worked out by hand.
	 */
	@Nested
	class ClockChanges {

		@Test
		void aNineOClockSlotIsNineUtcOnTheSaturdayBeforeSpringForwardAndEightUtcOnTheMondayAfter() {
			Schedule schedule = schedule(List.of(period(SATURDAY, "09:00", "10:00"), period(MONDAY, "09:00", "10:00")));

			assertThat(schedule.freeSlots(HOUR, LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-30"), LONG_AGO))
				.containsExactly(slot("2026-03-28T09:00:00Z", "2026-03-28T10:00:00Z"),
						slot("2026-03-30T08:00:00Z", "2026-03-30T09:00:00Z"));
		}

		@Test
		void aNineOClockSlotIsEightUtcOnTheSaturdayBeforeFallBackAndNineUtcOnTheMondayAfter() {
			Schedule schedule = schedule(List.of(period(SATURDAY, "09:00", "10:00"), period(MONDAY, "09:00", "10:00")));

			assertThat(schedule.freeSlots(HOUR, LocalDate.parse("2026-10-24"), LocalDate.parse("2026-10-26"), LONG_AGO))
				.containsExactly(slot("2026-10-24T08:00:00Z", "2026-10-24T09:00:00Z"),
						slot("2026-10-26T09:00:00Z", "2026-10-26T10:00:00Z"));
		}

		@Test
		void onSpringForwardNoSlotStartsInTheSkippedHourAndEverySlotLastsSixtyRealMinutes() {
			// 00:00-04:00 on the clock is 00:00Z-03:00Z: three real hours
			Schedule schedule = schedule(List.of(period(SUNDAY, "00:00", "04:00")));
			LocalDate day = LocalDate.parse("2026-03-29");

			List<Slot> slots = schedule.freeSlots(HOUR, day, day, LONG_AGO);

			assertThat(localStarts(slots)).containsExactly("00:00", "00:15", "00:30", "00:45", "02:00", "02:15",
					"02:30", "02:45", "03:00");
			assertThat(slots).containsExactly(slot("2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z"),
					slot("2026-03-29T00:15:00Z", "2026-03-29T01:15:00Z"),
					slot("2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z"),
					// 00:45 GMT to 02:45 BST
					slot("2026-03-29T00:45:00Z", "2026-03-29T01:45:00Z"),
					slot("2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z"),
					slot("2026-03-29T01:15:00Z", "2026-03-29T02:15:00Z"),
					slot("2026-03-29T01:30:00Z", "2026-03-29T02:30:00Z"),
					slot("2026-03-29T01:45:00Z", "2026-03-29T02:45:00Z"),
					slot("2026-03-29T02:00:00Z", "2026-03-29T03:00:00Z"));
		}

		@Test
		void onSpringForwardAPeriodStartingInTheSkippedHourStartsTheMomentTheClockJumpsPastItsStart() {
			// 01:30 never shows on the clock: at 01:00Z it jumps from 01:00 GMT to 02:00 BST, past 01:30, so the
			// period runs 02:00 BST (01:00Z) to 03:30 BST (02:30Z), and a booking at its first slot is accepted
			Schedule schedule = schedule(List.of(period(SUNDAY, "01:30", "03:30")));
			LocalDate day = LocalDate.parse("2026-03-29");

			assertThat(schedule.freeSlots(HOUR, day, day, LONG_AGO)).containsExactly(
					slot("2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z"),
					slot("2026-03-29T01:15:00Z", "2026-03-29T02:15:00Z"),
					slot("2026-03-29T01:30:00Z", "2026-03-29T02:30:00Z"));
			assertThat(schedule.whyUnavailable(HOUR, Instant.parse("2026-03-29T01:00:00Z"))).isEmpty();
		}

		@Test
		void onSpringForwardAPeriodEndingInTheSkippedHourEndsTheMomentTheClockJumpsPastItsEnd() {
			// 00:00 GMT to "01:30": the clock jumps from 01:00 GMT to 02:00 BST, past 01:30, at 01:00Z
			Schedule schedule = schedule(List.of(period(SUNDAY, "00:00", "01:30")));
			LocalDate day = LocalDate.parse("2026-03-29");

			assertThat(schedule.freeSlots(HOUR, day, day, LONG_AGO))
				.containsExactly(slot("2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z"));
			assertThat(schedule.whyUnavailable(HOUR, Instant.parse("2026-03-29T00:15:00Z")))
				.contains("outside working hours");
		}

		@Test
		void everySlotOfferedAroundAClockChangeIsOneABookingAccepts() {
			List<String> refused = new ArrayList<>();
			for (LocalDate day : List.of(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-10-25"))) {
				for (LocalTime start = LocalTime.MIDNIGHT; start.isBefore(LocalTime.of(4, 0)); start = start
					.plusMinutes(15)) {
					for (int hours = 1; hours <= 4; hours++) {
						WorkingPeriod period = new WorkingPeriod(SUNDAY, start, start.plusHours(hours));
						Schedule schedule = schedule(List.of(period));
						for (Slot slot : schedule.freeSlots(HOUR, day, day, LONG_AGO)) {
							schedule.whyUnavailable(HOUR, slot.start())
								.ifPresent(why -> refused.add(day + " " + period + " " + slot + ": " + why));
						}
					}
				}
			}
			assertThat(refused).isEmpty();
		}

		@Test
		void onFallBackEachClockTimeIsOfferedOnceAtItsFirstSummerTimeOccurrenceSoTheRepeatedHourIsNeitherDuplicatedNorSkippedOnTheClock() {
			// 00:00 BST (23:00Z the day before) to 03:00 GMT (03:00Z): four real hours. 01:00-01:59 happens twice,
			// at 00:00Z-00:59Z (BST) and 01:00Z-01:59Z (GMT); a clock time names its first occurrence, so the
			// second is never a start, and the walk goes from 01:45 BST (00:45Z) straight to 02:00 GMT (02:00Z).
			Schedule schedule = schedule(List.of(period(SUNDAY, "00:00", "03:00")));
			LocalDate day = LocalDate.parse("2026-10-25");

			List<Slot> slots = schedule.freeSlots(HOUR, day, day, LONG_AGO);

			assertThat(localStarts(slots)).containsExactly("00:00", "00:15", "00:30", "00:45", "01:00", "01:15",
					"01:30", "01:45", "02:00").doesNotHaveDuplicates();
			assertThat(slots).containsExactly(slot("2026-10-24T23:00:00Z", "2026-10-25T00:00:00Z"),
					slot("2026-10-24T23:15:00Z", "2026-10-25T00:15:00Z"),
					slot("2026-10-24T23:30:00Z", "2026-10-25T00:30:00Z"),
					slot("2026-10-24T23:45:00Z", "2026-10-25T00:45:00Z"),
					slot("2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z"),
					slot("2026-10-25T00:15:00Z", "2026-10-25T01:15:00Z"),
					slot("2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"),
					// 01:45 BST to 01:45 GMT: sixty real minutes, the clock shows the same time
					slot("2026-10-25T00:45:00Z", "2026-10-25T01:45:00Z"),
					slot("2026-10-25T02:00:00Z", "2026-10-25T03:00:00Z"));
		}

		@Test
		void onFallBackTheSecondOccurrenceOfTheRepeatedHourIsStillWithinWorkingHoursForABooking() {
			Schedule schedule = schedule(List.of(period(SUNDAY, "00:00", "03:00")));

			assertThat(schedule.whyUnavailable(HOUR, Instant.parse("2026-10-25T01:30:00Z"))).isEmpty();
			assertThat(schedule.whyUnavailable(HOUR, Instant.parse("2026-10-25T02:30:00Z")))
				.as("02:30 GMT + 60 min ends after 03:00 GMT")
				.contains("outside working hours");
		}

		@Test
		void aBookingOverTheSkippedHourBlocksTheRealHourItTakes() {
			// booked 00:30Z-01:30Z, which the clock shows as 00:30 GMT to 02:30 BST
			Schedule schedule = schedule(List.of(period(SUNDAY, "00:00", "04:00")), List.of(),
					List.of(Schedule.block(HOUR, Instant.parse("2026-03-29T00:30:00Z"))));
			LocalDate day = LocalDate.parse("2026-03-29");

			assertThat(localStarts(schedule.freeSlots(HOUR, day, day, LONG_AGO))).containsExactly("02:30", "02:45",
					"03:00");
		}

	}

	// the vocabulary of these tests

	private static MassageService service(int minutes, int bufferBefore, int bufferAfter) {
		return new MassageService(ServiceId.of(1), "Service", Modality.SPORTS, minutes, Money.of(5000, "GBP"), bufferBefore, bufferAfter, true);
	}

	private static Schedule schedule(List<WorkingPeriod> hours) {
		return schedule(hours, List.of(), List.of());
	}

	private static Schedule schedule(List<WorkingPeriod> hours, List<TimeWindow> timeOff, List<TimeWindow> booked) {
		return new Schedule(7L, LONDON, hours, timeOff, booked);
	}

	private static WorkingPeriod period(DayOfWeek day, String start, String end) {
		return new WorkingPeriod(day, LocalTime.parse(start), LocalTime.parse(end));
	}

	private static Instant at(LocalDate day, String time) {
		return LocalDateTime.of(day, LocalTime.parse(time)).atZone(LONDON).toInstant();
	}

	private static Slot slot(String start, String end) {
		return new Slot(7L, Instant.parse(start), Instant.parse(end));
	}

	private static List<String> localStarts(List<Slot> slots) {
		List<String> starts = new ArrayList<>();
		for (Slot slot : slots) {
			starts.add(slot.start().atZone(LONDON).toLocalTime().toString());
		}
		return starts;
	}

}
