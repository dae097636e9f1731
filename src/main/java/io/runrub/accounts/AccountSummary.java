package io.runrub.accounts;

/** What other modules may know of an account: never its password hash. */
public record AccountSummary(long id, String email, String name, Role role) {
}
