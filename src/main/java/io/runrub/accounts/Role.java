package io.runrub.accounts;

/** What a person may do in RunRub. Each account has exactly one role. */
public enum Role {

	RUNNER, THERAPIST, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
