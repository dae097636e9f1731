package io.runrub.planner.plan;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.DemoAccounts;
import io.runrub.accounts.RunnerId;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only: the demo runner's plan is made at start-up, last, so it is there on a new user's first look. */
@Component
@Order(50)
@ConditionalOnBooleanProperty("runrub.demo")
class DemoPlan implements ApplicationRunner {

	private final AccountDirectory accounts;

	private final PlanGeneration generation;

	DemoPlan(AccountDirectory accounts, PlanGeneration generation) {
		this.accounts = accounts;
		this.generation = generation;
	}

	@Override
	public void run(ApplicationArguments args) {
		accounts.findByEmail(DemoAccounts.RUNNER_EMAIL)
			.filter(runner -> generation.current(RunnerId.of(runner.id().value())).isEmpty())
			.ifPresent(runner -> generation.generate(RunnerId.of(runner.id().value()), null, null));
	}

}
