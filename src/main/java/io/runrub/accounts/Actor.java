package io.runrub.accounts;

import java.util.Objects;

/**
 * Who is asking, as the use cases see it: an account and its role, nothing of Spring Security. The web layer turns
 * the signed-in {@link RunRubUser} into an {@code Actor} (controllers can take it as a parameter).
 */
public record Actor(AccountId accountId, Role role) {

	public Actor {
		Objects.requireNonNull(accountId, "accountId");
		Objects.requireNonNull(role, "role");
	}

	public static Actor of(long accountId, Role role) {
		return new Actor(new AccountId(accountId), role);
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** The runner this actor is; only for an actor with the runner role. */
	public RunnerId runnerId() {
		if (role != Role.RUNNER) {
			throw new IllegalStateException("Not a runner: " + role);
		}
		return new RunnerId(accountId.value());
	}

}
