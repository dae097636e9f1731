package io.runrub.ledger.payments;

import io.runrub.accounts.RunnerId;
import io.runrub.shared.Money;

/**
 * Takes payment for what a runner buys online. Today the clinic takes payment itself ({@link AtTheClinic}: nothing is
 * taken online and an admin records the payment at the desk); a card provider is another implementation of this
 * interface, marked {@code @Primary}.
 */
public interface PaymentGateway {

	/**
	 * Asks for the amount; the purchase is recorded whatever the outcome, and a payment only when money was taken.
	 * @param reference the purchase's own key, for the provider's idempotency
	 */
	PaymentOutcome collect(RunnerId runnerId, Money amount, String description, String reference);

	/** What became of a request for payment. */
	record PaymentOutcome(boolean taken, String providerReference) {

		/** Nothing taken: the runner pays at the clinic, which records it. */
		public static PaymentOutcome dueAtClinic() {
			return new PaymentOutcome(false, null);
		}

	}

}
