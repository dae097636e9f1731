package io.runrub.ledger.payments;

import io.runrub.accounts.RunnerId;
import io.runrub.shared.Money;

import org.springframework.stereotype.Component;

/** Payment taken at the clinic: nothing is taken online; the statement shows it owed until an admin records it. */
@Component
class AtTheClinic implements PaymentGateway {

	@Override
	public PaymentOutcome collect(RunnerId runnerId, Money amount, String description, String reference) {
		return PaymentOutcome.dueAtClinic();
	}

}
