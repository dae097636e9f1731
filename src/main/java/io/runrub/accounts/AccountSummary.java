package io.runrub.accounts;

/** What other modules may know of an account: never its password hash. */
public record AccountSummary(AccountId id, String email, String name, Role role) {
}
