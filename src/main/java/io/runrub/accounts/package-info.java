/**
 * Accounts: users, roles, sign-up, login and the security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "shared")
package io.runrub.accounts;
