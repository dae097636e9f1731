package io.runrub.accounts;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a demo runner and a demo admin whose credentials the login page shows. Therapist logins are made
 * by the clinic's demo data.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("runrub.demo")
public class DemoAccounts implements ApplicationRunner {

	public static final String PASSWORD = "runrub-demo";

	public static final String RUNNER_EMAIL = "runner@runrub.demo";

	public static final String ADMIN_EMAIL = "admin@runrub.demo";

	private final AccountRegistration registration;

	DemoAccounts(AccountRegistration registration) {
		this.registration = registration;
	}

	@Override
	public void run(ApplicationArguments args) {
		registration.ensureExists(RUNNER_EMAIL, PASSWORD, "Rosa Runner", Role.RUNNER);
		registration.ensureExists(ADMIN_EMAIL, PASSWORD, "Ada Admin", Role.ADMIN);
	}

	/** What the login page shows in demo mode. */
	public record Credential(String who, String email, String password) {
	}

	public List<Credential> credentials() {
		return List.of(new Credential("Runner", RUNNER_EMAIL, PASSWORD),
				new Credential("Therapist (John)", "john@runrub.demo", PASSWORD),
				new Credential("Admin", ADMIN_EMAIL, PASSWORD));
	}

}
