package io.runrub.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, from {@code RUNRUB_ADMIN_EMAIL} and {@code RUNRUB_ADMIN_PASSWORD}. Outside demo mode this is the
 * only way to get an admin; there is no default password anywhere.
 */
@ConfigurationProperties("runrub.admin")
record AdminProperties(String email, String password) {

	boolean isSet() {
		return email != null && !email.isBlank() && password != null && !password.isBlank();
	}

}
