package io.runrub.care.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.runrub.shared.DomainException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is due today, and the adherence and reasons the therapist sees. */
class HomeworkProgressTests {

	static final LocalDate START = LocalDate.of(2026, 11, 2);

	@Test
	void threeTimesAWeekAreDueOnTheFirstThirdAndFifthDayWhenDoneOnTime() {
		Homework homework = homework(3, 2);
		List<HomeworkCheckIn> checkIns = new ArrayList<>();
		List<Integer> dueDays = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			LocalDate date = START.plusDays(day);
			if (HomeworkProgress.of(homework, checkIns, date).dueToday()) {
				dueDays.add(day);
				checkIns.add(checkIn(date, CheckInStatus.DONE, null));
			}
		}
		assertThat(dueDays).containsExactly(0, 2, 4);
		assertThat(HomeworkProgress.of(homework, checkIns, START.plusDays(6)).attemptsThisWeek()).isEqualTo(3);
		assertThat(HomeworkProgress.of(homework, checkIns, START.plusDays(7)).attemptsThisWeek())
			.as("a new week starts on the eighth day")
			.isZero();
	}

	@Test
	void aMissedGoStaysDueTheNextDay() {
		Homework homework = homework(3, 2);

		assertThat(HomeworkProgress.of(homework, List.of(), START.plusDays(1)).dueToday()).isTrue();
	}

	@Test
	void aCheckInTodayEvenNotDoneAnswersForToday() {
		Homework homework = homework(7, 1);

		HomeworkProgress progress = HomeworkProgress.of(homework,
				List.of(checkIn(START, CheckInStatus.NOT_DONE, MissedReason.IT_HURT)), START);

		assertThat(progress.dueToday()).isFalse();
		assertThat(progress.checkedInToday()).isTrue();
		assertThat(progress.attemptsThisWeek()).isZero();
	}

	@Test
	void homeworkMoreOftenThanDailyIsDueTwiceADay() {
		Homework homework = homework(14, 1);

		assertThat(homework.perDay()).isEqualTo(2);
		assertThat(HomeworkProgress.of(homework, List.of(checkIn(START, CheckInStatus.DONE, null)), START).dueToday())
			.isTrue();
	}

	@Test
	void nothingIsDueOutsideTheHomeworksWeeks() {
		Homework homework = homework(7, 1);

		assertThat(homework.endsOn()).isEqualTo(START.plusDays(6));
		assertThat(HomeworkProgress.of(homework, List.of(), START.minusDays(1)).dueToday()).isFalse();
		assertThat(HomeworkProgress.of(homework, List.of(), START.plusDays(7)).dueToday()).isFalse();
	}

	@Test
	void adherenceCountsPartlyAsHalfAgainstWhatWasExpectedAndListsTheReasons() {
		Homework homework = homework(4, 2);
		List<HomeworkCheckIn> checkIns = List.of(checkIn(START, CheckInStatus.DONE, null),
				checkIn(START.plusDays(2), CheckInStatus.PARTLY, MissedReason.TOO_TIME_CONSUMING),
				checkIn(START.plusDays(4), CheckInStatus.NOT_DONE, MissedReason.TOO_TIME_CONSUMING),
				checkIn(START.plusDays(6), CheckInStatus.NOT_DONE, MissedReason.IT_HURT),
				checkIn(START.plusDays(20), CheckInStatus.DONE, null));

		HomeworkProgress progress = HomeworkProgress.of(homework, checkIns, START.plusDays(6));

		assertThat(progress.expected()).isEqualTo(4);
		assertThat(progress.done()).isEqualTo(1);
		assertThat(progress.partly()).isEqualTo(1);
		assertThat(progress.notDone()).isEqualTo(2);
		assertThat(progress.adherencePercent()).as("(1 + 0.5) of 4").isEqualTo(38);
		assertThat(progress.reasons()).containsExactly(Map.entry(MissedReason.TOO_TIME_CONSUMING, 2),
				Map.entry(MissedReason.IT_HURT, 1));
		assertThat(progress.recent()).extracting(HomeworkCheckIn::date)
			.as("newest first, nothing after the day")
			.containsExactly(START.plusDays(6), START.plusDays(4), START.plusDays(2), START);
	}

	@Test
	void beforeAnythingIsExpectedThereIsNoAdherence() {
		assertThat(HomeworkProgress.of(homework(3, 1), List.of(), START).adherencePercent()).isNull();
	}

	@Test
	void frequencyAndLengthAreBounded() {
		assertThatThrownBy(() -> Homework.assign(1, 2, 3, 4, 0, 2, START, Instant.EPOCH))
			.isInstanceOf(DomainException.RuleViolation.class);
		assertThatThrownBy(() -> Homework.assign(1, 2, 3, 4, 15, 2, START, Instant.EPOCH))
			.isInstanceOf(DomainException.RuleViolation.class);
		assertThatThrownBy(() -> Homework.assign(1, 2, 3, 4, 3, 27, START, Instant.EPOCH))
			.isInstanceOf(DomainException.RuleViolation.class);
	}

	@Test
	void aCheckInSaysWhyUnlessItWasDone() {
		assertThatThrownBy(() -> checkIn(START, CheckInStatus.PARTLY, null)).extracting("code").isEqualTo("check-in-reason-needed");
		assertThatThrownBy(() -> checkIn(START, CheckInStatus.DONE, MissedReason.OTHER))
			.extracting("code").isEqualTo("check-in-reason-not-needed");
		assertThatThrownBy(() -> new HomeworkCheckIn(null, 1, START, CheckInStatus.DONE, null, 5, 11, null, Instant.EPOCH))
			.extracting("code").isEqualTo("check-in-change-invalid");
		assertThatThrownBy(() -> new HomeworkCheckIn(null, 1, START, CheckInStatus.DONE, null, -1, 3, null, Instant.EPOCH))
			.extracting("code").isEqualTo("check-in-minutes-invalid");
	}

	static Homework homework(int timesPerWeek, int weeks) {
		Homework assigned = Homework.assign(1, 2, 3, 4, timesPerWeek, weeks, START, Instant.EPOCH);
		return new Homework(9L, 1, 2, 3, 4, timesPerWeek, weeks, assigned.startsOn(), assigned.endsOn(), Instant.EPOCH,
				java.util.Set.of());
	}

	static HomeworkCheckIn checkIn(LocalDate date, CheckInStatus status, MissedReason reason) {
		return new HomeworkCheckIn(null, 2, date, status, reason, 5, 3, null, date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
	}

}
