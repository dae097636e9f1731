package io.runrub.ledger.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.shared.DomainException;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * A runner's statement: the entries written (purchases, payments, charges) with the credits' uses and returns read
 * from the credits themselves, so that a credit used and its line on the statement can never disagree.
 */
@Component
public class AccountStatements {

	/** How an appointment is named on a statement line, in the clinic's zone. */
	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.UK);

	private final Ledger ledger;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Clock clock;

	AccountStatements(Ledger ledger, ClinicCatalog catalog, MessageSourceAccessor messages, Clock clock) {
		this.ledger = ledger;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	public Statement of(RunnerId runnerId) {
		ZoneId zone = catalog.clinic().zone();
		List<Statement.Entry> entries = new ArrayList<>(ledger.entries(runnerId, zone));
		for (Ledger.CreditUse use : ledger.creditUses(runnerId)) {
			String what = serviceName(use) + ", " + WHEN.format(use.appointmentStart().atZone(zone));
			entries.add(new Statement.Entry(use.usedAt(), LocalDate.ofInstant(use.usedAt(), zone),
					EntryKind.CREDIT_USED, messages.getMessage("ledger.entry.creditUsed",
							new Object[] { use.packageName(), what }, Locale.UK), 0));
			if (use.returnedAt() != null) {
				entries.add(new Statement.Entry(use.returnedAt(), LocalDate.ofInstant(use.returnedAt(), zone),
						EntryKind.CREDIT_RETURNED, messages.getMessage("ledger.entry.creditReturned",
								new Object[] { use.packageName(), what }, Locale.UK), 0));
			}
		}
		entries.sort(Comparator.comparing(Statement.Entry::at));
		long balance = entries.stream().mapToLong(Statement.Entry::amountCents).sum();
		return new Statement(List.copyOf(entries),
				ledger.credits(runnerId, LocalDate.ofInstant(clock.instant(), zone)), balance);
	}

	private String serviceName(Ledger.CreditUse use) {
		try {
			return catalog.service(use.serviceId()).name();
		}
		catch (DomainException ex) {
			return "";
		}
	}

}
