package io.runrub.runners;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a runner profile and its complaints keep, at their edges, with the code of each refusal. */
class RunnerProfileTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Test
	void theEdgesOfEveryRangeAreAllowed() {
		assertThatCode(() -> profile(0, 0, List.of(complaint(BodyArea.CALVES, TODAY, 0))).checkedOn(TODAY))
			.doesNotThrowAnyException();
		assertThatCode(() -> profile(7, RunnerProfile.MAX_MONTHLY_BUDGET_MINOR_UNITS,
				List.of(complaint(BodyArea.CALVES, TODAY.minusYears(20), 10)))
			.checkedOn(TODAY)).doesNotThrowAnyException();
	}

	@Test
	void trainingDaysAreFromZeroToSeven() {
		assertRefused(() -> profile(8, 0, List.of()), "training-days-out-of-range");
		assertRefused(() -> profile(-1, 0, List.of()), "training-days-out-of-range");
	}

	@Test
	void theBudgetIsNotNegativeNorAbsurd() {
		assertRefused(() -> profile(3, -1, List.of()), "budget-negative");
		assertThatThrownBy(() -> profile(3, RunnerProfile.MAX_MONTHLY_BUDGET_MINOR_UNITS + 1, List.of()))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("budget-too-high");
				assertThat(ex.args()).containsExactly("£2,000.00");
			});
	}

	@Test
	void levelToleranceAndBudgetAreRequired() {
		assertRefused(() -> new RunnerProfile(3, null, Pressure.FIRM, Set.of(), gbp(0), null, List.of()),
				"running-level-missing");
		assertRefused(() -> new RunnerProfile(3, Level.BEGINNER, null, Set.of(), gbp(0), null, List.of()),
				"pressure-tolerance-missing");
		assertRefused(() -> new RunnerProfile(3, Level.BEGINNER, Pressure.FIRM, Set.of(), null, null, List.of()),
				"budget-missing");
	}

	@Test
	void aComplaintSaysWhereWhatSinceWhenAndHowMuch() {
		assertRefused(() -> complaint(BodyArea.SHINS, TODAY, 11), "complaint-severity-out-of-range");
		assertRefused(() -> complaint(BodyArea.SHINS, TODAY, -1), "complaint-severity-out-of-range");
		assertRefused(() -> profile(3, 0, List.of(new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, null, 3))),
				"complaint-since-missing");
		assertRefused(() -> new Complaint(null, ComplaintKind.PAIN, TODAY, 3), "complaint-area-missing");
		assertRefused(() -> new Complaint(BodyArea.FEET, null, TODAY, 3), "complaint-kind-missing");
	}

	@Test
	void aComplaintCannotStartAfterToday() {
		RunnerProfile profile = profile(3, 0,
				List.of(complaint(BodyArea.CALVES, TODAY, 3), complaint(BodyArea.SHINS, TODAY.plusDays(1), 3)));

		assertThatThrownBy(() -> profile.checkedOn(TODAY))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("complaint-in-future");
				assertThat(ex.args()).containsExactly("Shins", "2026-03-21", 2);
			});
		assertThat(profile.checkedOn(TODAY.plusDays(1))).isSameAs(profile);
	}

	@Test
	void theSameComplaintIsNotListedTwice() {
		assertThatThrownBy(() -> profile(3, 0,
				List.of(complaint(BodyArea.CALVES, TODAY, 3), complaint(BodyArea.CALVES, TODAY.minusDays(3), 5))))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("complaint-listed-twice");
				assertThat(ex.args()).containsExactly("Calves", "tightness");
			});
	}

	@Test
	void atMostTwentyComplaints() {
		List<Complaint> many = new java.util.ArrayList<>();
		for (BodyArea area : BodyArea.values()) {
			for (ComplaintKind kind : ComplaintKind.values()) {
				many.add(new Complaint(area, kind, TODAY, 1));
			}
		}
		assertRefused(() -> profile(3, 0, many.subList(0, RunnerProfile.MAX_COMPLAINTS + 1)), "too-many-complaints");
		assertThatCode(() -> profile(3, 0, many.subList(0, RunnerProfile.MAX_COMPLAINTS))).doesNotThrowAnyException();
	}

	private static RunnerProfile profile(int days, long budgetPence, List<Complaint> complaints) {
		return new RunnerProfile(days, Level.RECREATIONAL, Pressure.FIRM, Set.of(Goal.MAINTENANCE), gbp(budgetPence),
				null, complaints);
	}

	private static Money gbp(long pence) {
		return Money.of(pence, "GBP");
	}

	private static Complaint complaint(BodyArea area, LocalDate since, int severity) {
		return new Complaint(area, ComplaintKind.TIGHTNESS, since, severity);
	}

	private static void assertRefused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.RuleViolation.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

}
