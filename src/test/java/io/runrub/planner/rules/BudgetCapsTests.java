package io.runrub.planner.rules;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** FREQ-BUDGET: never plan more than the monthly budget pays for; say what the budget forgoes. */
class BudgetCapsTests {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	final BudgetCaps rule = new BudgetCaps();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(BudgetCaps.INFO);
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
		assertThat(BudgetCaps.money(cents, currency)).isEqualTo(shown);
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

}
