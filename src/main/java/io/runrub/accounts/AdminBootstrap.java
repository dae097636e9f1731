package io.runrub.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes sure the admin named by RUNRUB_ADMIN_EMAIL and RUNRUB_ADMIN_PASSWORD exists, in any mode. */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AdminProperties admin;

	private final AccountRegistration registration;

	AdminBootstrap(AdminProperties admin, AccountRegistration registration) {
		this.admin = admin;
		this.registration = registration;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!admin.isSet()) {
			return;
		}
		AccountSummary account = registration.ensureExists(admin.email(), admin.password(), "Administrator",
				Role.ADMIN);
		if (account.role() != Role.ADMIN) {
			log.warn("RUNRUB_ADMIN_EMAIL names an existing {} account; it was not made an admin", account.role());
		}
	}

}
