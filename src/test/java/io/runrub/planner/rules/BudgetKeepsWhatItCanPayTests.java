package io.runrub.planner.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.runrub.planner.rules.BudgetKeepsWhatItCanPay.Kept;
import io.runrub.planner.rules.BudgetKeepsWhatItCanPay.Outcome;
import io.runrub.planner.rules.BudgetKeepsWhatItCanPay.Priced;
import io.runrub.planner.rules.BudgetKeepsWhatItCanPay.Wanted;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** FREQ-BUDGET: never plan more than the monthly budget pays for; say what the budget forgoes. */
class BudgetKeepsWhatItCanPayTests {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	final BudgetKeepsWhatItCanPay rule = new BudgetKeepsWhatItCanPay();

	static Money gbp(long pence) {
		return Money.of(pence, "GBP");
	}

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(BudgetKeepsWhatItCanPay.INFO);
		assertThat(rule.id()).isEqualTo("FREQ-BUDGET");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
	}

	@Test
	void aMassageThatSpendsTheBudgetExactlyFits() {
		assertThat(rule.fits(gbp(0), gbp(6500), gbp(6500))).isTrue();
		assertThat(rule.fits(gbp(3000), gbp(3500), gbp(6500))).isTrue();
	}

	@Test
	void onePennyOverDoesNotFit() {
		assertThat(rule.fits(gbp(0), gbp(6501), gbp(6500))).isFalse();
		assertThat(rule.fits(gbp(3001), gbp(3500), gbp(6500))).isFalse();
		assertThat(rule.fits(gbp(0), gbp(1), gbp(0))).isFalse();
	}

	@Test
	void speaksInTheClinicsCurrency() {
		Outcome<String> outcome = rule.apply(
				List.of(new Wanted<>("only", MARCH.atDay(12), 1, Modality.SPORTS, 60, Money.of(6550, "EUR"), List.of(),
						true)),
				List.of(new Priced(1, Modality.SPORTS, 60, Money.of(6550, "EUR"))), Map.of(), Money.of(10000, "EUR"),
				true);

		assertThat(outcome.kept()).singleElement()
			.extracting(kept -> kept.spent().text())
			.isEqualTo("€65.50 of your €100 budget for March 2026.");
	}

	@Test
	void saysWhatIsSpentOfTheMonthsBudget() {
		Reason reason = rule.reason(MARCH, gbp(6550), gbp(13000));
		assertThat(reason.rule()).isEqualTo("FREQ-BUDGET");
		assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(reason.text()).isEqualTo("£65.50 of your £130 budget for March 2026.");
	}

	@Test
	void saysWhatTheBudgetLeavesOut() {
		Warning warning = rule.forgoes(MARCH, "a deep tissue massage on 12 March", gbp(6500));
		assertThat(warning.rule()).isEqualTo("FREQ-BUDGET");
		assertThat(warning.text())
			.isEqualTo("In March 2026 your budget of £65 a month leaves out a deep tissue massage on 12 March.");
	}

	@Test
	void saysWhenTheBudgetCannotPayForTheMonthlyMinimum() {
		Warning warning = rule.cannotCoverMinimum(gbp(3000), gbp(4000));
		assertThat(warning.rule()).isEqualTo("FREQ-BUDGET");
		assertThat(warning.text())
			.isEqualTo("Your budget of £30 a month does not cover one massage a month (the shortest costs £40).");
	}

	// The policy, month by month: keep, take a cheaper service, let sports stand in, or leave out and say so.

	static final Priced SPORTS_60 = new Priced(1, Modality.SPORTS, 60, gbp(6000));

	static final Priced SPORTS_30 = new Priced(2, Modality.SPORTS, 30, gbp(3500));

	static final Priced DEEP_60 = new Priced(3, Modality.DEEP_TISSUE, 60, gbp(7000));

	static final Priced SWEDISH_60 = new Priced(4, Modality.SWEDISH, 60, gbp(6500));

	static final Priced ASSESSMENT = new Priced(5, Modality.MOVEMENT_ASSESSMENT, 45, gbp(2000));

	static Wanted<String> regular(String name, int day, Priced service) {
		return new Wanted<>(name, MARCH.atDay(day), 1, service.modality(), service.minutes(), service.price(),
				List.of(BodyArea.CALVES), true);
	}

	static Wanted<String> beforeRace(String name, int day) {
		return new Wanted<>(name, MARCH.atDay(day), 4, Modality.SWEDISH, 60, SWEDISH_60.price(), List.of(),
				false);
	}

	@Test
	void keepsEverythingTheBudgetPaysForAndSaysWhatIsSpent() {
		Outcome<String> outcome = rule.apply(List.of(regular("first", 3, SPORTS_60), regular("second", 17, SPORTS_60)),
				List.of(SPORTS_60, SPORTS_30), Map.of(), gbp(13000), true);

		assertThat(outcome.warnings()).isEmpty();
		assertThat(outcome.kept()).extracting(Kept::massage).containsExactly("first", "second");
		assertThat(outcome.kept()).allSatisfy(kept -> {
			assertThat(kept.service()).isEmpty();
			assertThat(kept.swapped()).isEmpty();
		});
		assertThat(outcome.kept()).extracting(kept -> kept.spent().text())
			.containsExactly("£60 of your £130 budget for March 2026.", "£120 of your £130 budget for March 2026.");
		assertThat(outcome.kept()).extracting(Kept::mostImportantOfMonth).containsExactly(true, false);
	}

	@Test
	void takesTheCheaperServiceOfTheSameMassageAndSaysSo() {
		Outcome<String> outcome = rule.apply(List.of(regular("first", 3, SPORTS_60), regular("second", 17, SPORTS_60)),
				List.of(SPORTS_60, SPORTS_30), Map.of(), gbp(10000), true);

		assertThat(outcome.warnings()).isEmpty();
		Kept<String> second = outcome.kept().get(1);
		assertThat(second.service()).contains(SPORTS_30);
		assertThat(second.swapped()).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("FREQ-BUDGET");
			assertThat(reason.text()).isEqualTo("We chose a 30-minute sports massage instead of 60 minutes: your budget for March.");
		});
		assertThat(second.spent().text()).isEqualTo("£95 of your £100 budget for March 2026.");
	}

	@Test
	void aSportsMassageStandsInForARegularDeeperOneAndSaysSo() {
		Outcome<String> outcome = rule.apply(List.of(regular("deep", 12, DEEP_60)), List.of(DEEP_60, SPORTS_30),
				Map.of(MARCH, gbp(5000)), gbp(10000), false);

		assertThat(outcome.warnings()).isEmpty();
		assertThat(outcome.kept()).singleElement().satisfies(kept -> {
			assertThat(kept.service()).contains(SPORTS_30);
			assertThat(kept.swapped()).get()
				.extracting(Reason::text)
				.isEqualTo("We chose a 30-minute sports massage on your calves instead of deep tissue massage: your budget for March.");
			assertThat(kept.spent().text()).as("booked massages count").isEqualTo("£85 of your £100 budget for March 2026.");
		});
	}

	@Test
	void leavesOutTheLeastImportantAndSaysWhatIsForgone() {
		Outcome<String> outcome = rule.apply(
				List.of(regular("regular", 12, DEEP_60), beforeRace("before the race", 27)),
				List.of(DEEP_60, SWEDISH_60), Map.of(), gbp(10000), false);

		assertThat(outcome.kept()).as("the massage before the race matters more, though later")
			.extracting(Kept::massage)
			.containsExactly("before the race");
		assertThat(outcome.kept().get(0).mostImportantOfMonth()).isTrue();
		assertThat(outcome.warnings()).singleElement()
			.extracting(Warning::text)
			.isEqualTo("In March 2026 your budget of £100 a month leaves out a deep tissue massage on 12 March.");
	}

	@Test
	void aBudgetBelowOneMassageAMonthKeepsNothingAndSaysSo() {
		Outcome<String> outcome = rule.apply(List.of(regular("only", 12, SPORTS_60)),
				List.of(SPORTS_60, SPORTS_30, ASSESSMENT), Map.of(), gbp(3000), true);

		assertThat(outcome.kept()).isEmpty();
		assertThat(outcome.warnings()).extracting(Warning::text)
			.containsExactly("In March 2026 your budget of £30 a month leaves out a sports massage on 12 March.",
					"Your budget of £30 a month does not cover one massage a month (the shortest costs £35).");
	}

	@Test
	void withoutAMonthlyMinimumALowBudgetOnlyLeavesOut() {
		Outcome<String> outcome = rule.apply(List.of(regular("only", 12, SPORTS_60)), List.of(SPORTS_60),
				Map.of(), gbp(3000), false);

		assertThat(outcome.warnings()).extracting(Warning::text)
			.containsExactly("In March 2026 your budget of £30 a month leaves out a sports massage on 12 March.");
	}

	@Test
	void eachMonthHasItsOwnBudget() {
		Wanted<String> april = new Wanted<>("april", LocalDate.of(2026, 4, 2), 1, Modality.SPORTS, 60, gbp(6000),
				List.of(), true);
		Outcome<String> outcome = rule.apply(List.of(regular("march", 30, SPORTS_60), april), List.of(SPORTS_60),
				Map.of(), gbp(6000), true);

		assertThat(outcome.warnings()).isEmpty();
		assertThat(outcome.kept()).extracting(Kept::massage).containsExactly("march", "april");
		assertThat(outcome.kept()).extracting(Kept::mostImportantOfMonth).containsExactly(true, true);
	}

	@Test
	void aMassageDearerThanAMonthsBudgetIsPaidFromWhatEarlierMonthsLeftUnspent() {
		Wanted<String> assessment = new Wanted<>("assessment", LocalDate.of(2026, 4, 20), 3,
				Modality.MOVEMENT_ASSESSMENT, 45, gbp(5500), List.of(), false);
		Priced assessment45 = new Priced(6, Modality.MOVEMENT_ASSESSMENT, 45, gbp(5500));

		Outcome<String> inApril = rule.apply(List.of(assessment), List.of(assessment45, SPORTS_30), Map.of(),
				gbp(4000), false, MARCH, gbp(4000));
		Outcome<String> withoutSaving = rule.apply(List.of(assessment), List.of(assessment45, SPORTS_30), Map.of(),
				gbp(4000), false);

		assertThat(inApril.kept()).singleElement().satisfies(kept -> assertThat(kept.spent().text())
			.isEqualTo("£55, saved up from your £40 a month."));
		assertThat(withoutSaving.kept()).as("April alone cannot pay for it").isEmpty();
	}

	@Test
	void savingUpTakesSixToEightWeeks() {
		assertThat(rule.savingDays(gbp(4000), gbp(4000))).isZero();
		assertThat(rule.savingDays(gbp(4000), gbp(3500))).as("35 days of saving, at least 6 weeks").isEqualTo(42);
		assertThat(rule.savingDays(gbp(4000), gbp(2400))).isEqualTo(51);
		assertThat(rule.savingDays(gbp(4000), gbp(1000))).as("at most 8 weeks").isEqualTo(56);
		assertThat(rule.savingDays(gbp(4000), gbp(0))).isEqualTo(56);
		assertThat(rule.saving(gbp(4000), gbp(3000))).isEqualTo(gbp(3000));
		assertThat(rule.saving(gbp(4000), gbp(1000))).as("£40 every 8 weeks: £21.75, in whole pounds")
			.isEqualTo(gbp(2200));
		assertThat(rule.savesUp(gbp(1000), gbp(4000), 8, gbp(2200)).text())
			.isEqualTo("Your budget of £10 a month is less than one massage (the cheapest is £40), so the plan saves "
					+ "up: one massage every 8 weeks. That needs about £22 a month, more than your budget.");
	}

}
