package io.runrub.accounts;

import java.time.Instant;

/**
 * The front desk created a client's account and invites them to choose a password. Like
 * {@link PasswordResetRequested} it carries the link's token, so it is handled only by a listener in the publishing
 * transaction, never stored in the event publication registry.
 */
public record ClientInvited(AccountId accountId, String email, String name, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "ClientInvited[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
	}

}
