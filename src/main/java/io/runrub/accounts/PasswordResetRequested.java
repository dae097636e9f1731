package io.runrub.accounts;

import java.time.Instant;

/**
 * Someone asked for a link to choose a new password for this account. It carries the token itself, because the
 * message that takes the link to the person is written from it; for that reason it is handled only by a listener in
 * the publishing transaction (a plain {@code @EventListener}), never stored in the event publication registry.
 */
public record PasswordResetRequested(AccountId accountId, String email, String name, String token,
		Instant expiresAt) {

	@Override
	public String toString() {
		return "PasswordResetRequested[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
	}

}
