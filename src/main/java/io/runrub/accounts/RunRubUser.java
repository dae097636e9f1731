package io.runrub.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as controllers receive it with {@code @AuthenticationPrincipal}. The password hash is only
 * held until authentication has checked it, then erased.
 */
public final class RunRubUser implements UserDetails, CredentialsContainer {

	private final long accountId;

	private final String email;

	private final String name;

	private final Role role;

	private String passwordHash;

	private final boolean enabled;

	private final int credentialsVersion;

	public RunRubUser(long accountId, String email, String name, Role role, String passwordHash) {
		this(accountId, email, name, role, passwordHash, true);
	}

	public RunRubUser(AccountId accountId, String email, String name, Role role, String passwordHash) {
		this(accountId.value(), email, name, role, passwordHash, true);
	}

	public RunRubUser(long accountId, String email, String name, Role role, String passwordHash, boolean enabled) {
		this(accountId, email, name, role, passwordHash, enabled, 0);
	}

	/**
	 * @param credentialsVersion the account's credentials version when this person signed in: a session whose
	 * version is older than the account's (the password has changed since) ends
	 */
	public RunRubUser(long accountId, String email, String name, Role role, String passwordHash, boolean enabled,
			int credentialsVersion) {
		this.enabled = enabled;
		this.credentialsVersion = credentialsVersion;
		this.accountId = accountId;
		this.email = email;
		this.name = name;
		this.role = role;
		this.passwordHash = passwordHash;
	}

	public long accountId() {
		return accountId;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	public Role role() {
		return role;
	}

	/** The signed-in person as the use cases see them: no password, nothing of Spring Security. */
	public Actor actor() {
		return Actor.of(accountId, role);
	}

	/** The account's credentials version when this person signed in. */
	public int credentialsVersion() {
		return credentialsVersion;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "RunRubUser[" + accountId + ", " + role + "]";
	}

}
