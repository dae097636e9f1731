package io.runrub.planner.rules;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** FREQ-BUDGET: never plan more than the monthly budget pays for, and say what the budget forgoes. */
public final class BudgetCaps implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("FREQ-BUDGET", "S0", EvidenceGrade.NOT_GRADED,
			"Never plan more than your monthly budget pays for, and say what it leaves out.",
			"How often and how much massage to get hinges on … your training intensity and your budget.",
			"A matter of money, not evidence.");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public boolean fits(int spentCents, int priceCents, int budgetCents) {
		return spentCents + priceCents <= budgetCents;
	}

	public Reason reason(YearMonth month, int spentCents, int budgetCents, String currency) {
		return INFO.reason("%s of your %s budget for %s.".formatted(money(spentCents, currency),
				money(budgetCents, currency), MONTH.format(month)));
	}

	public Warning forgoes(YearMonth month, String what, String currency, int budgetCents) {
		return INFO.warning("In %s your budget of %s a month leaves out %s.".formatted(MONTH.format(month),
				money(budgetCents, currency), what));
	}

	public Warning cannotCoverMinimum(int budgetCents, int cheapestCents, String currency) {
		return INFO.warning("Your budget of %s a month does not cover one massage a month (the shortest costs %s)."
			.formatted(money(budgetCents, currency), money(cheapestCents, currency)));
	}

	public static String money(int cents, String currency) {
		String symbol = java.util.Currency.getInstance(currency).getSymbol(Locale.UK);
		return cents % 100 == 0 ? symbol + (cents / 100) : "%s%d.%02d".formatted(symbol, cents / 100, cents % 100);
	}

}
