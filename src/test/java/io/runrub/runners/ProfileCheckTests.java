package io.runrub.runners;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a runner profile keeps, at their edges, with the sentence a runner reads. */
class ProfileCheckTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Test
	void theEdgesOfEveryRangeAreAllowed() {
		assertThatCode(() -> check(profile(0, 0, List.of(complaint(BodyArea.CALVES, TODAY, 0))))).doesNotThrowAnyException();
		assertThatCode(() -> check(profile(7, ProfileCheck.MAX_MONTHLY_BUDGET_CENTS,
				List.of(complaint(BodyArea.CALVES, TODAY.minusYears(20), 10)))))
			.doesNotThrowAnyException();
	}

	@Test
	void trainingDaysAreFromZeroToSeven() {
		assertRefused(profile(8, 0, List.of()), "Training days per week must be a whole number from 0 to 7.");
		assertRefused(profile(-1, 0, List.of()), "Training days per week must be a whole number from 0 to 7.");
	}

	@Test
	void theBudgetIsNotNegativeNorAbsurd() {
		assertRefused(profile(3, -1, List.of()), "Your monthly budget cannot be negative. Enter 0 if you have no budget for massage.");
		assertRefused(profile(3, ProfileCheck.MAX_MONTHLY_BUDGET_CENTS + 1, List.of()),
				"Your monthly budget can be at most £2,000. Enter what you can spend on massage in a month.");
	}

	@Test
	void levelAndToleranceAreRequired() {
		assertRefused(new RunnerProfile(3, null, Pressure.FIRM, Set.of(), 0, null, List.of()),
				"Choose your running level: beginner, recreational or competitive.");
		assertRefused(new RunnerProfile(3, Level.BEGINNER, null, Set.of(), 0, null, List.of()),
				"Choose the most pressure you are comfortable with: light, medium, firm or deep.");
	}

	@Test
	void aComplaintSaysWhereWhatSinceWhenAndHowMuch() {
		assertRefused(profile(3, 0, List.of(complaint(BodyArea.CALVES, TODAY.plusDays(1), 3))),
				"Complaint 1 (Calves): the day it started, 2026-03-21, is in the future.");
		assertRefused(profile(3, 0, List.of(complaint(BodyArea.CALVES, TODAY, 3), complaint(BodyArea.SHINS, TODAY, 11))),
				"Complaint 2 (Shins): rate how much it bothers you from 0 (not at all) to 10 (the worst you can imagine).");
		assertRefused(profile(3, 0, List.of(new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, null, 3))),
				"Complaint 1 (Around the knee): say roughly when it started.");
		assertRefused(profile(3, 0, List.of(new Complaint(null, ComplaintKind.PAIN, TODAY, 3))),
				"Complaint 1: choose where it is.");
		assertRefused(profile(3, 0, List.of(new Complaint(BodyArea.FEET, null, TODAY, 3))),
				"Complaint 1 (Feet and plantar fascia): choose what it is, such as tightness, knots or pain.");
	}

	@Test
	void theSameComplaintIsNotListedTwice() {
		assertRefused(profile(3, 0, List.of(complaint(BodyArea.CALVES, TODAY, 3), complaint(BodyArea.CALVES,
				TODAY.minusDays(3), 5))), "Calves is listed twice as tightness: keep one.");
	}

	private static RunnerProfile profile(int days, int budgetCents, List<Complaint> complaints) {
		return new RunnerProfile(days, Level.RECREATIONAL, Pressure.FIRM, Set.of(Goal.MAINTENANCE), budgetCents, null,
				complaints);
	}

	private static Complaint complaint(BodyArea area, LocalDate since, int severity) {
		return new Complaint(area, ComplaintKind.TIGHTNESS, since, severity);
	}

	private static void check(RunnerProfile profile) {
		ProfileCheck.check(profile, TODAY, "£");
	}

	private static void assertRefused(RunnerProfile profile, String message) {
		assertThatThrownBy(() -> check(profile)).isInstanceOf(DomainException.RuleViolation.class).hasMessage(message);
	}

}
