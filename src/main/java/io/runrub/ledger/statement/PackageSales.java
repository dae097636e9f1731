package io.runrub.ledger.statement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.ledger.payments.PaymentGateway;
import io.runrub.shared.DomainException;
import io.runrub.shared.Money;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clinic's packages and what is bought and paid: an admin defines a package; a runner buys one online (payment
 * through the {@link PaymentGateway}: today, due at the clinic) or an admin records a purchase at the desk with its
 * payment; an admin records a payment taken at the clinic. A purchase gives the runner its sessions as credits,
 * valid until the end of the same day {@code validityMonths} later in the clinic's zone.
 */
@Component
public class PackageSales {

	private final Ledger ledger;

	private final ClinicCatalog catalog;

	private final AccountDirectory accounts;

	private final PaymentGateway payments;

	private final MessageSourceAccessor messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PackageSales(Ledger ledger, ClinicCatalog catalog, AccountDirectory accounts, PaymentGateway payments,
			MessageSourceAccessor messages, TransactionTemplate transactions, Clock clock) {
		this.ledger = ledger;
		this.catalog = catalog;
		this.accounts = accounts;
		this.payments = payments;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** @throws DomainException.NotFound for a service the clinic does not have */
	public ClinicPackage define(ClinicPackage definition) {
		catalog.service(definition.serviceId());
		return ledger.insert(definition, clock.instant());
	}

	public List<ClinicPackage> packages() {
		return ledger.packages();
	}

	/** The packages runners can buy: those of services still offered. */
	public List<ClinicPackage> onSale() {
		return ledger.packages().stream().filter(p -> offered(p)).toList();
	}

	private boolean offered(ClinicPackage offer) {
		try {
			return catalog.service(offer.serviceId()).active();
		}
		catch (DomainException ex) {
			return false;
		}
	}

	/** The runner buys a package online; the gateway is asked for payment after the purchase is recorded. */
	public Statement.Credit buy(RunnerId runnerId, long packageId) {
		ClinicPackage bought = ledger.findPackage(packageId)
			.filter(this::offered)
			.orElseThrow(() -> DomainException.notFound("package-not-found", packageId));
		Instant now = clock.instant();
		return transactions.execute(status -> {
			Statement.Credit credit = purchase(runnerId, bought, now);
			String reference = "purchase:" + credit.creditId();
			PaymentGateway.PaymentOutcome outcome = payments.collect(runnerId, price(bought),
					messages.getMessage("ledger.entry.purchase", new Object[] { bought.name() }, Locale.UK), reference);
			if (outcome.taken()) {
				ledger.write(runnerId, now, EntryKind.PAYMENT,
						messages.getMessage("ledger.entry.paymentOnline", Locale.UK), -bought.priceCents(), reference);
			}
			return credit;
		});
	}

	/** An admin records a purchase made at the desk, and its payment taken there. */
	public Statement.Credit recordDeskPurchase(RunnerId runnerId, long packageId) {
		checkRunner(runnerId);
		ClinicPackage bought = ledger.findPackage(packageId)
			.orElseThrow(() -> DomainException.notFound("package-not-found", packageId));
		Instant now = clock.instant();
		return transactions.execute(status -> {
			Statement.Credit credit = purchase(runnerId, bought, now);
			if (bought.priceCents() > 0) {
				ledger.write(runnerId, now, EntryKind.PAYMENT, messages.getMessage("ledger.entry.payment", Locale.UK),
						-bought.priceCents(), null);
			}
			return credit;
		});
	}

	/** The largest payment one entry may record: 100,000.00 in the clinic's currency. */
	public static final long MAX_PAYMENT_CENTS = 10_000_000;

	/** An admin records a payment taken at the clinic. */
	public void recordPayment(RunnerId runnerId, long amountCents) {
		checkRunner(runnerId);
		if (amountCents < 1 || amountCents > MAX_PAYMENT_CENTS) {
			throw DomainException.refused("payment-amount-invalid");
		}
		ledger.write(runnerId, clock.instant(), EntryKind.PAYMENT,
				messages.getMessage("ledger.entry.payment", Locale.UK), -amountCents, null);
	}

	/** @throws DomainException.NotFound unless the id is a runner's */
	public void checkRunner(RunnerId runnerId) {
		accounts.find(AccountId.of(runnerId.value()))
			.filter(account -> account.role() == Role.RUNNER)
			.orElseThrow(() -> DomainException.notFound("runner-not-found", runnerId.value()));
	}

	private Statement.Credit purchase(RunnerId runnerId, ClinicPackage bought, Instant now) {
		ClinicInfo clinic = catalog.clinic();
		LocalDate expiresOn = LocalDate.ofInstant(now, clinic.zone()).plusMonths(bought.validityMonths());
		long creditId = ledger.grant(bought, runnerId, expiresOn, now);
		MassageService service = catalog.service(bought.serviceId());
		ledger.write(runnerId, now, EntryKind.PURCHASE, messages.getMessage("ledger.entry.purchase",
				new Object[] { bought.name() + " (" + bought.sessions() + " × " + service.name() + ")" }, Locale.UK),
				bought.priceCents(), "purchase:" + creditId);
		return new Statement.Credit(creditId, bought.id(), bought.name(), bought.sessions(), expiresOn);
	}

	private Money price(ClinicPackage offer) {
		return new Money(offer.priceCents(), catalog.clinic().currency());
	}

}
