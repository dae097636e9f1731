package io.runrub.care.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.runrub.care.body.BodyCheckIn;
import io.runrub.care.homework.HomeworkCheckIn;
import io.runrub.care.homework.CheckInStatus;
import io.runrub.care.homework.Homework;
import io.runrub.care.homework.MissedReason;
import io.runrub.care.insights.CareInsights.Facts;
import io.runrub.care.insights.CareInsights.HomeworkFacts;
import io.runrub.care.insights.CareInsights.NoteFacts;
import io.runrub.care.insights.CareInsights.RunFacts;
import io.runrub.care.notes.Finding;
import io.runrub.care.notes.TissueState;
import io.runrub.planner.spi.CareSignals.Signals;
import io.runrub.shared.BodyArea;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insights of the care loop on hand-made notes, runs, check-ins and body check-ins: each insight carries its
 * catalogue rule and that rule's evidence grade, and says what the runner's own data shows.
 */
class CareInsightsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	/** The latest note a week ago; the three weeks before it are the "recent" weeks. */
	static final LocalDate LATEST = TODAY.minusDays(7);

	@Nested
	class CalvesAndHills {

		@Test
		void calvesTightInThreeOfTheLastFourNotesAndMoreHillsThanUsualStatesBothFacts() {
			List<Insight> insights = insights(calvesTightInThreeOfFour(), hills(6, 100, 3, 250), List.of(), List.of());

			Insight calves = only(insights, "CARE-CALF-HILLS");
			assertThat(calves.evidence()).isEqualTo("weak");
			assertThat(calves.text()).startsWith("Your calves were tight in 3 of your last 4 treatment notes.")
				.contains("you ran 3 hill sessions and climbed 1300 m")
				.contains("against your usual 1.5 and 675 m")
				.contains("More hill work than usual loads the calves");
		}

		@Test
		void calvesTightButNoMoreHillsThanUsualSaysThatHillsAreAnUnlikelyCause() {
			List<Insight> insights = insights(calvesTightInThreeOfFour(), hills(8, 100, 2, 100), List.of(), List.of());

			assertThat(only(insights, "CARE-CALF-HILLS").text()).contains("you ran 2 hill sessions")
				.contains("against your usual 2.0")
				.contains("no more hill work than usual, so hills are an unlikely cause");
		}

		@Test
		void tenderAndKnottedCountAsWellAsTight() {
			List<NoteFacts> notes = List.of(note(LATEST.minusDays(63), BodyArea.CALVES, TissueState.NORMAL, 0),
					note(LATEST.minusDays(42), BodyArea.CALVES, TissueState.TENDER, 1),
					note(LATEST.minusDays(21), BodyArea.CALVES, TissueState.KNOTTED, 2),
					note(LATEST, BodyArea.CALVES, TissueState.TIGHT, 1));

			assertThat(rules(insights(notes, hills(6, 100, 1, 100), List.of(), List.of())))
				.contains("CARE-CALF-HILLS");
		}

		@Test
		void twoOfTheLastFourIsNotMost() {
			List<NoteFacts> notes = List.of(note(LATEST.minusDays(63), BodyArea.CALVES, TissueState.TIGHT, 1),
					note(LATEST.minusDays(42), BodyArea.CALVES, TissueState.NORMAL, 0),
					note(LATEST.minusDays(21), BodyArea.CALVES, TissueState.TIGHT, 2),
					note(LATEST, BodyArea.CALVES, TissueState.NORMAL, 0));

			assertThat(rules(insights(notes, hills(6, 100, 3, 250), List.of(), List.of())))
				.doesNotContain("CARE-CALF-HILLS");
		}

		@Test
		void onlyTheLastFourNotesCount() {
			List<NoteFacts> notes = List.of(note(LATEST.minusDays(84), BodyArea.CALVES, TissueState.TIGHT, 1),
					note(LATEST.minusDays(63), BodyArea.CALVES, TissueState.TIGHT, 1),
					note(LATEST.minusDays(42), BodyArea.CALVES, TissueState.TIGHT, 1),
					note(LATEST.minusDays(21), BodyArea.CALVES, TissueState.NORMAL, 0),
					note(LATEST, BodyArea.CALVES, TissueState.NORMAL, 0));

			assertThat(rules(insights(notes, hills(6, 100, 3, 250), List.of(), List.of())))
				.doesNotContain("CARE-CALF-HILLS");
		}

		@Test
		void withoutTrainingInTheWeeksBeforeItSaysItCannotCheckInsteadOfGuessing() {
			Insight calves = only(insights(calvesTightInThreeOfFour(), List.of(), List.of(), List.of()),
					"CARE-CALF-HILLS");

			assertThat(calves.text()).contains("tight in 3 of your last 4")
				.contains("no training of yours recorded for the weeks before, so it cannot check your hill work")
				.doesNotContain("usual");
		}

		@Test
		void withoutEarlierTrainingItStatesTheRecentWeeksWithoutAComparison() {
			List<RunFacts> recentOnly = List.of(new RunFacts(LATEST.minusDays(3), true, 220),
					new RunFacts(LATEST.minusDays(10), false, 60));

			Insight calves = only(insights(calvesTightInThreeOfFour(), recentOnly, List.of(), List.of()),
					"CARE-CALF-HILLS");

			assertThat(calves.text()).contains("you ran 1 hill session and climbed 280 m")
				.contains("no earlier training of yours to compare that with")
				.doesNotContain("More hill work than usual");
		}

		@Test
		void runsOnTheDayOfTheLatestNoteOrAfterAreNotTheWeeksBefore() {
			List<RunFacts> runs = new ArrayList<>(hills(6, 100, 1, 100));
			runs.add(new RunFacts(LATEST, true, 900));
			runs.add(new RunFacts(LATEST.plusDays(2), true, 900));

			assertThat(only(insights(calvesTightInThreeOfFour(), runs, List.of(), List.of()), "CARE-CALF-HILLS").text())
				.contains("you ran 1 hill session and climbed 650 m");
		}

		@Test
		void anotherAreaTightInThreeOfFourIsFeedbackToTakeToTheTherapist() {
			List<NoteFacts> notes = List.of(note(LATEST.minusDays(42), BodyArea.HAMSTRINGS, TissueState.TIGHT, 2),
					note(LATEST.minusDays(21), BodyArea.HAMSTRINGS, TissueState.TIGHT, 1),
					note(LATEST, BodyArea.HAMSTRINGS, TissueState.KNOTTED, 2));

			Insight feedback = only(insights(notes, List.of(), List.of(), List.of()), "CARE-FEEDBACK");

			assertThat(feedback.text()).startsWith("Hamstrings: tight, tender or knotted in 3 of your last 3");
			assertThat(feedback.evidence()).isEqualTo("not graded");
			assertThat(rules(insights(notes, List.of(), List.of(), List.of()))).doesNotContain("CARE-CALF-HILLS");
		}

	}

	@Nested
	class RecurringPain {

		@Test
		void painInTheSameAreaInNotesAndBodyCheckInsThreeTimesCallsForAMovementAssessment() {
			List<NoteFacts> notes = List.of(note(TODAY.minusDays(30), BodyArea.KNEES, TissueState.TENDER, 2));
			List<BodyCheckIn> body = List.of(body(TODAY.minusDays(20), BodyArea.KNEES, 6),
					body(TODAY.minusDays(5), BodyArea.KNEES, 5));

			Insight movement = only(insights(notes, List.of(), List.of(), body), "TYPE-REFER-MOVEMENT");

			assertThat(movement.text()).contains("movement assessment").contains("around the knee");
			assertThat(movement.evidence()).isEqualTo("weak");
		}

		@Test
		void tightnessBelowSoreIsNotPain() {
			List<BodyCheckIn> body = List.of(body(TODAY.minusDays(20), BodyArea.KNEES, 4),
					body(TODAY.minusDays(10), BodyArea.KNEES, 4), body(TODAY.minusDays(5), BodyArea.KNEES, 4));

			assertThat(rules(insights(List.of(), List.of(), List.of(), body))).doesNotContain("TYPE-REFER-MOVEMENT");
		}

		@Test
		void twoCheckInsOnOneDayCountOnceAndTheLaterOneCounts() {
			List<BodyCheckIn> body = List.of(body(TODAY.minusDays(20), BodyArea.SHINS, 7),
					body(TODAY.minusDays(10), BodyArea.SHINS, 7), body(TODAY.minusDays(10), BodyArea.SHINS, 7),
					body(TODAY.minusDays(5), BodyArea.SHINS, 8), body(TODAY.minusDays(5), BodyArea.SHINS, 2));

			assertThat(rules(insights(List.of(), List.of(), List.of(), body))).doesNotContain("TYPE-REFER-MOVEMENT");
		}

		@Test
		void painOlderThanTwelveWeeksDoesNotCount() {
			List<BodyCheckIn> body = List.of(body(TODAY.minusDays(100), BodyArea.SHINS, 7),
					body(TODAY.minusDays(10), BodyArea.SHINS, 7), body(TODAY.minusDays(5), BodyArea.SHINS, 8));

			assertThat(rules(insights(List.of(), List.of(), List.of(), body))).doesNotContain("TYPE-REFER-MOVEMENT");
		}

	}

	@Nested
	class Homework {

		@Test
		void homeworkDoneWithoutImprovementOverThreeCheckInsPointsElsewhere() {
			HomeworkFacts stretch = homework("Calf stretch against a wall", done(3), done(3), done(2));

			Insight elsewhere = only(insights(List.of(), List.of(), List.of(stretch), List.of()), "CARE-ELSEWHERE");

			assertThat(elsewhere.text()).contains("Calf stretch against a wall").contains("the issue may be elsewhere");
		}

		@Test
		void homeworkThatHelpsRaisesNothing() {
			HomeworkFacts stretch = homework("Calf stretch against a wall", done(2), done(4), done(6));

			assertThat(rules(insights(List.of(), List.of(), List.of(stretch), List.of()))).doesNotContain("CARE-ELSEWHERE",
					"CARE-ADAPT");
		}

		@Test
		void tooTimeConsumingDominatingSuggestsAShorterVersion() {
			HomeworkFacts rolling = homework("Foam roll the calves", missed(MissedReason.TOO_TIME_CONSUMING),
					done(3), missed(MissedReason.TOO_TIME_CONSUMING), missed(MissedReason.IT_HURT));

			assertThat(only(insights(List.of(), List.of(), List.of(rolling), List.of()), "CARE-ADAPT").text())
				.contains("too time-consuming in 2 of 3 missed check-ins").contains("shorter");
		}

		@Test
		void notRememberingHowItShouldFeelSuggestsAClearerVersion() {
			HomeworkFacts rolling = homework("Foam roll the calves", missed(MissedReason.FORGOT_HOW_IT_SHOULD_FEEL),
					missed(MissedReason.FORGOT_HOW_IT_SHOULD_FEEL));

			assertThat(only(insights(List.of(), List.of(), List.of(rolling), List.of()), "CARE-ADAPT").text())
				.contains("could not remember how it should feel").contains("clearer");
		}

		@Test
		void homeworkThatEndedMoreThanFourWeeksAgoIsLeftOut() {
			HomeworkFacts old = new HomeworkFacts("Calf stretch against a wall", TODAY.minusDays(29),
					List.of(done(3), done(3), done(2)));

			assertThat(rules(insights(List.of(), List.of(), List.of(old), List.of()))).doesNotContain("CARE-ELSEWHERE");
		}

	}

	@Test
	void aBodyCheckInIsInvitedWhenTheLastIsAWeekOld() {
		assertThat(rules(insights(List.of(), List.of(), List.of(), List.of(body(TODAY.minusDays(7), BodyArea.CALVES, 2)))))
			.contains("CARE-BODY-CHECKIN");
		assertThat(rules(insights(List.of(), List.of(), List.of(), List.of()))).contains("CARE-BODY-CHECKIN");
		assertThat(rules(insights(List.of(), List.of(), List.of(), List.of(body(TODAY.minusDays(6), BodyArea.CALVES, 2)))))
			.doesNotContain("CARE-BODY-CHECKIN");
	}

	@Test
	void theWarmUpReminderComesLastWithItsGrade() {
		List<Insight> insights = insights(List.of(), List.of(), List.of(), List.of());

		assertThat(insights.get(insights.size() - 1)).isEqualTo(new Insight("CARE-WARMUP",
				"Between massages: warm up with dynamic stretches, cool down with static ones.", "weak"));
	}

	@Test
	void aRunnerWithNothingRecordedGetsOnlyTheInvitationAndTheReminder() {
		assertThat(rules(insights(List.of(), List.of(), List.of(), List.of()))).containsExactly("CARE-BODY-CHECKIN",
				"CARE-WARMUP");
	}

	@Nested
	class SignalsForThePlanner {

		@Test
		void calfPainInThreeNotesIsRecurringPain() {
			List<NoteFacts> notes = List.of(note(TODAY.minusDays(30), BodyArea.CALVES, TissueState.TENDER, 2),
					note(TODAY.minusDays(20), BodyArea.CALVES, TissueState.TENDER, 2),
					note(TODAY.minusDays(10), BodyArea.CALVES, TissueState.TENDER, 1));
			Signals signals = CareInsights.signals(new Facts(notes, List.of(), List.of(), List.of(), TODAY));
			assertThat(signals.recurringPain()).containsExactly(BodyArea.CALVES);
			assertThat(signals.homeworkWithoutImprovement()).isFalse();
		}

		@Test
		void calfPainInThreeBodyCheckInsIsRecurringPainButTwoAreNot() {
			List<BodyCheckIn> two = List.of(body(TODAY.minusDays(9), BodyArea.CALVES, 6),
					body(TODAY.minusDays(5), BodyArea.CALVES, 5));
			List<BodyCheckIn> three = new ArrayList<>(two);
			three.add(body(TODAY.minusDays(1), BodyArea.CALVES, 7));
			assertThat(CareInsights.signals(new Facts(List.of(), List.of(), List.of(), two, TODAY)).recurringPain())
				.isEmpty();
			assertThat(CareInsights.signals(new Facts(List.of(), List.of(), List.of(), three, TODAY)).recurringPain())
				.containsExactly(BodyArea.CALVES);
		}

		@Test
		void homeworkDoneThreeTimesWithoutImprovement() {
			Signals stuck = CareInsights.signals(new Facts(List.of(), List.of(),
					List.of(homework("Calf stretch", done(3), done(3), done(2))), List.of(), TODAY));
			Signals improving = CareInsights.signals(new Facts(List.of(), List.of(),
					List.of(homework("Calf stretch", done(3), done(5), done(6))), List.of(), TODAY));
			assertThat(stuck.homeworkWithoutImprovement()).isTrue();
			assertThat(stuck.recurringPain()).isEmpty();
			assertThat(improving.homeworkWithoutImprovement()).isFalse();
		}

		@Test
		void homeworkThatEndedLongAgoGivesNoSignal() {
			HomeworkFacts old = new HomeworkFacts("Calf stretch",
					TODAY.minusDays(CareInsights.HOMEWORK_WINDOW_DAYS + 1), List.of(done(3), done(3), done(2)));
			assertThat(CareInsights.signals(new Facts(List.of(), List.of(), List.of(old), List.of(), TODAY))
				.homeworkWithoutImprovement()).isFalse();
		}

	}

	// hand-made facts

	static List<Insight> insights(List<NoteFacts> notes, List<RunFacts> runs, List<HomeworkFacts> homework,
			List<BodyCheckIn> body) {
		return CareInsights.of(new Facts(notes, runs, homework, body, TODAY));
	}

	static List<String> rules(List<Insight> insights) {
		return insights.stream().map(Insight::rule).toList();
	}

	static Insight only(List<Insight> insights, String rule) {
		List<Insight> matching = insights.stream().filter(insight -> insight.rule().equals(rule)).toList();
		assertThat(matching).as("insights of " + rule + " in " + insights).hasSize(1);
		return matching.get(0);
	}

	static List<NoteFacts> calvesTightInThreeOfFour() {
		return List.of(note(LATEST.minusDays(63), BodyArea.CALVES, TissueState.NORMAL, 0),
				note(LATEST.minusDays(42), BodyArea.CALVES, TissueState.TIGHT, 2),
				note(LATEST.minusDays(21), BodyArea.CALVES, TissueState.TIGHT, 1),
				note(LATEST, BodyArea.CALVES, TissueState.TIGHT, 2));
	}

	static NoteFacts note(LocalDate date, BodyArea area, TissueState state, int severity) {
		return new NoteFacts(date, List.of(new Finding(area, state, severity)));
	}

	/**
	 * Twelve weeks of norm (an easy run climbing 50 m every other day: 2100 m; {@code normHills} hill sessions of
	 * {@code normHillClimb} m) and the three recent weeks before the latest note (an easy run climbing 50 m every other
	 * day: 550 m; {@code recentHills} hill sessions of {@code recentHillClimb} m).
	 */
	static List<RunFacts> hills(int normHills, double normHillClimb, int recentHills, double recentHillClimb) {
		LocalDate recentFrom = LATEST.minusDays(21);
		LocalDate normFrom = recentFrom.minusWeeks(12);
		List<RunFacts> runs = new ArrayList<>();
		for (LocalDate day = normFrom; day.isBefore(LATEST); day = day.plusDays(2)) {
			runs.add(new RunFacts(day, false, 50));
		}
		for (int i = 0; i < normHills; i++) {
			runs.add(new RunFacts(normFrom.plusDays(1 + i * (84L / normHills)), true, normHillClimb));
		}
		for (int i = 0; i < recentHills; i++) {
			runs.add(new RunFacts(recentFrom.plusDays(1 + i * 7L), true, recentHillClimb));
		}
		return runs;
	}

	static BodyCheckIn body(LocalDate date, BodyArea area, int score) {
		return new BodyCheckIn(null, 1, date, Map.of(area, score), Instant.EPOCH);
	}

	/** Check-ins are given oldest first; their dates do not matter to the insights. */
	static HomeworkCheckIn done(int change) {
		return new HomeworkCheckIn(null, 1, TODAY.minusDays(1), CheckInStatus.DONE, null, 5, change, null, Instant.EPOCH);
	}

	static HomeworkCheckIn missed(MissedReason reason) {
		return new HomeworkCheckIn(null, 1, TODAY.minusDays(1), CheckInStatus.NOT_DONE, reason, null, null, null,
				Instant.EPOCH);
	}

	static HomeworkFacts homework(String exercise, HomeworkCheckIn... checkIns) {
		return new HomeworkFacts(exercise, TODAY.plusDays(10), List.of(checkIns));
	}

}
