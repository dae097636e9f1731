package io.runrub.ledger.statement;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.DemoAccounts;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.shared.Modality;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the demo clinic sells five 60-minute sports massages for £300, valid 6 months, and the demo runner
 * bought one at the desk (paid there). Seeded once, after the demo training and before the demo care data, whose
 * booking of the runner's next sports massage then uses one of the credits: the statement shows a purchase, its
 * payment and a credit used, with 4 left; the runner's plan counts the 4 in the budget.
 */
@Component
@Order(35)
@ConditionalOnBooleanProperty("runrub.demo")
class DemoLedger implements ApplicationRunner {

	static final String PACKAGE = "Five 60-minute sports massages";

	private final AccountDirectory accounts;

	private final ClinicCatalog catalog;

	private final PackageSales sales;

	DemoLedger(AccountDirectory accounts, ClinicCatalog catalog, PackageSales sales) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.sales = sales;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!sales.packages().isEmpty()) {
			return;
		}
		var runner = accounts.findByEmail(DemoAccounts.RUNNER_EMAIL);
		var sports = catalog.activeServices()
			.stream()
			.filter(service -> service.modality() == Modality.SPORTS && service.durationMinutes() == 60)
			.findFirst();
		if (runner.isEmpty() || sports.isEmpty()) {
			return;
		}
		ClinicPackage five = sales.define(new ClinicPackage(null, PACKAGE, sports.get().id(), 5, 30000, 6));
		sales.recordDeskPurchase(RunnerId.of(runner.get().id().value()), five.id());
	}

}
