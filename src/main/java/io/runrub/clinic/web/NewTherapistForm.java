package io.runrub.clinic.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.runrub.shared.Modality;

import static io.runrub.clinic.web.FormValues.optional;
import static io.runrub.clinic.web.FormValues.required;

/** A new therapist and their login. The password is never sent back to the page. */
record NewTherapistForm(String name, String email, String password, String bio, List<String> modalities) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	NewTherapistForm {
		modalities = modalities == null ? List.of() : modalities;
	}

	static NewTherapistForm empty() {
		return new NewTherapistForm("", "", "", "", List.of());
	}

	/** What the page shows again after a refusal: everything but the password. */
	NewTherapistForm withoutPassword() {
		return new NewTherapistForm(name, email, "", bio, modalities);
	}

	record Checked(String name, String email, String password, String bio, Set<Modality> modalities) {
	}

	Checked checked() {
		String therapistName = required(name, "admin.therapist.name", 100);
		String login = required(email, "admin.therapist.email", 254);
		if (!EMAIL.matcher(login).matches()) {
			throw new InvalidInput("admin.error.email");
		}
		if (password == null || password.length() < 8 || password.length() > 128) {
			throw new InvalidInput("admin.error.password");
		}
		String about = optional(bio, "admin.therapist.bio", 500);
		return new Checked(therapistName, login, password, about, FormValues.modalities(modalities));
	}

}
