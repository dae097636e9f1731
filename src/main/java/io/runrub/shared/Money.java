package io.runrub.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency, held in its minor units (pence, cents) so that arithmetic is exact. Amounts of
 * different currencies never mix: adding or comparing them is a programming error. The one place money is formatted
 * for a person is {@link #format(Locale)} (and {@link #formatWhole(Locale)} for sentences).
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(long minorUnits, String currencyCode) {
		return new Money(minorUnits, Currency.getInstance(currencyCode));
	}

	public static Money zero(Currency currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(minorUnits, sameCurrency(other).minorUnits), currency);
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(minorUnits, sameCurrency(other).minorUnits), currency);
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(minorUnits, factor), currency);
	}

	public boolean isNegative() {
		return minorUnits < 0;
	}

	public boolean isZero() {
		return minorUnits == 0;
	}

	public boolean isMoreThan(Money other) {
		return compareTo(other) > 0;
	}

	public boolean isAtMost(Money other) {
		return compareTo(other) <= 0;
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(minorUnits, sameCurrency(other).minorUnits);
	}

	/** The amount as a decimal in major units: 4550 pence is 45.50. */
	public BigDecimal amount() {
		return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
	}

	/** "£45.00" for a UK clinic; the one place money becomes text for a person. */
	public String format(Locale locale) {
		return format(locale, currency.getDefaultFractionDigits());
	}

	/**
	 * "£65" for a whole amount, "£65.50" when there are pence: for sentences that quote budgets and prices, which are
	 * mostly whole.
	 */
	public String formatWhole(Locale locale) {
		boolean whole = amount().stripTrailingZeros().scale() <= 0;
		return format(locale, whole ? 0 : currency.getDefaultFractionDigits());
	}

	private String format(Locale locale, int fractionDigits) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(currency);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format.format(amount());
	}

	private Money sameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
		}
		return other;
	}

	@Override
	public String toString() {
		return amount().toPlainString() + " " + currency.getCurrencyCode();
	}

}
