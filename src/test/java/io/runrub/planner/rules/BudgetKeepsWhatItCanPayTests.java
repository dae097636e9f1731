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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** FREQ-BUDGET: never plan more than the monthly budget pays for; say what the budget forgoes. */
class BudgetKeepsWhatItCanPayTests {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	final BudgetKeepsWhatItCanPay rule = new BudgetKeepsWhatItCanPay();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(BudgetKeepsWhatItCanPay.INFO);
		assertThat(rule.id()).isEqualTo("FREQ-BUDGET");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
	}

	@Test
	void aMassageThatSpendsTheBudgetExactlyFits() {
		assertThat(rule.fits(0, 6500, 6500)).isTrue();
		assertThat(rule.fits(3000, 3500, 6500)).isTrue();
	}

	@Test
	void onePennyOverDoesNotFit() {
		assertThat(rule.fits(0, 6501, 6500)).isFalse();
		assertThat(rule.fits(3001, 3500, 6500)).isFalse();
		assertThat(rule.fits(0, 1, 0)).isFalse();
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "6500, GBP, £65", "6550, GBP, £65.50", "6505, GBP, £65.05", "99, GBP, £0.99", "0, GBP, £0",
			"13000, GBP, £130", "6550, EUR, €65.50" })
	void moneyShowsPenceOnlyWhenThereArePence(int cents, String currency, String shown) {
		assertThat(BudgetKeepsWhatItCanPay.money(cents, currency)).isEqualTo(shown);
	}

	@Test
	void saysWhatIsSpentOfTheMonthsBudget() {
		Reason reason = rule.reason(MARCH, 6550, 13000, "GBP");
		assertThat(reason.rule()).isEqualTo("FREQ-BUDGET");
		assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(reason.text()).isEqualTo("£65.50 of your £130 budget for March 2026.");
	}

	@Test
	void saysWhatTheBudgetLeavesOut() {
		Warning warning = rule.forgoes(MARCH, "a deep tissue massage on 12 March", "GBP", 6500);
		assertThat(warning.rule()).isEqualTo("FREQ-BUDGET");
		assertThat(warning.text())
			.isEqualTo("In March 2026 your budget of £65 a month leaves out a deep tissue massage on 12 March.");
	}

	@Test
	void saysWhenTheBudgetCannotPayForTheMonthlyMinimum() {
		Warning warning = rule.cannotCoverMinimum(3000, 4000, "GBP");
		assertThat(warning.rule()).isEqualTo("FREQ-BUDGET");
		assertThat(warning.text())
			.isEqualTo("Your budget of £30 a month does not cover one massage a month (the shortest costs £40).");
	}

	// The policy, month by month: keep, take a cheaper service, let sports stand in, or leave out and say so.

	static final Priced SPORTS_60 = new Priced(1, Modality.SPORTS, 60, 6000);

	static final Priced SPORTS_30 = new Priced(2, Modality.SPORTS, 30, 3500);

	static final Priced DEEP_60 = new Priced(3, Modality.DEEP_TISSUE, 60, 7000);

	static final Priced SWEDISH_60 = new Priced(4, Modality.SWEDISH, 60, 6500);

	static final Priced ASSESSMENT = new Priced(5, Modality.MOVEMENT_ASSESSMENT, 45, 2000);

	static Wanted<String> regular(String name, int day, Priced service) {
		return new Wanted<>(name, MARCH.atDay(day), 1, service.modality(), service.minutes(), service.priceCents(),
				List.of(BodyArea.CALVES), true);
	}

	static Wanted<String> beforeRace(String name, int day) {
		return new Wanted<>(name, MARCH.atDay(day), 4, Modality.SWEDISH, 60, SWEDISH_60.priceCents(), List.of(),
				false);
	}

	@Test
	void keepsEverythingTheBudgetPaysForAndSaysWhatIsSpent() {
		Outcome<String> outcome = rule.apply(List.of(regular("first", 3, SPORTS_60), regular("second", 17, SPORTS_60)),
				List.of(SPORTS_60, SPORTS_30), Map.of(), 13000, "GBP", true);

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
				List.of(SPORTS_60, SPORTS_30), Map.of(), 10000, "GBP", true);

		assertThat(outcome.warnings()).isEmpty();
		Kept<String> second = outcome.kept().get(1);
		assertThat(second.service()).contains(SPORTS_30);
		assertThat(second.swapped()).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("FREQ-BUDGET");
			assertThat(reason.text()).isEqualTo("A 30-minute sports massage instead of 60 minutes, to stay within your budget.");
		});
		assertThat(second.spent().text()).isEqualTo("£95 of your £100 budget for March 2026.");
	}

	@Test
	void aSportsMassageStandsInForARegularDeeperOneAndSaysSo() {
		Outcome<String> outcome = rule.apply(List.of(regular("deep", 12, DEEP_60)), List.of(DEEP_60, SPORTS_30),
				Map.of(MARCH, 5000), 10000, "GBP", false);

		assertThat(outcome.warnings()).isEmpty();
		assertThat(outcome.kept()).singleElement().satisfies(kept -> {
			assertThat(kept.service()).contains(SPORTS_30);
			assertThat(kept.swapped()).get()
				.extracting(Reason::text)
				.isEqualTo("A 30-minute sports massage on your calves instead of deep tissue massage, to stay within your budget.");
			assertThat(kept.spent().text()).as("booked massages count").isEqualTo("£85 of your £100 budget for March 2026.");
		});
	}

	@Test
	void leavesOutTheLeastImportantAndSaysWhatIsForgone() {
		Outcome<String> outcome = rule.apply(
				List.of(regular("regular", 12, DEEP_60), beforeRace("before the race", 27)),
				List.of(DEEP_60, SWEDISH_60), Map.of(), 10000, "GBP", false);

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
				List.of(SPORTS_60, SPORTS_30, ASSESSMENT), Map.of(), 3000, "GBP", true);

		assertThat(outcome.kept()).isEmpty();
		assertThat(outcome.warnings()).extracting(Warning::text)
			.containsExactly("In March 2026 your budget of £30 a month leaves out a sports massage on 12 March.",
					"Your budget of £30 a month does not cover one massage a month (the shortest costs £35).");
	}

	@Test
	void withoutAMonthlyMinimumALowBudgetOnlyLeavesOut() {
		Outcome<String> outcome = rule.apply(List.of(regular("only", 12, SPORTS_60)), List.of(SPORTS_60),
				Map.of(), 3000, "GBP", false);

		assertThat(outcome.warnings()).extracting(Warning::text)
			.containsExactly("In March 2026 your budget of £30 a month leaves out a sports massage on 12 March.");
	}

	@Test
	void eachMonthHasItsOwnBudget() {
		Wanted<String> april = new Wanted<>("april", LocalDate.of(2026, 4, 2), 1, Modality.SPORTS, 60, 6000,
				List.of(), true);
		Outcome<String> outcome = rule.apply(List.of(regular("march", 30, SPORTS_60), april), List.of(SPORTS_60),
				Map.of(), 6000, "GBP", true);

		assertThat(outcome.warnings()).isEmpty();
		assertThat(outcome.kept()).extracting(Kept::massage).containsExactly("march", "april");
		assertThat(outcome.kept()).extracting(Kept::mostImportantOfMonth).containsExactly(true, true);
	}

}
