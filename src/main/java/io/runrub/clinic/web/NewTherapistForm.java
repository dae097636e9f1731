package io.runrub.clinic.web;

import java.util.Set;

import io.runrub.shared.Modality;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new therapist and their login. The page never shows the password again. */
record NewTherapistForm(@NotBlank @Size(max = 100) @io.runrub.shared.web.SingleLine String name,
		@NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 254) String email,
		@NotNull @Size(min = 10, max = 128) String password, @Size(max = 500) String bio,
		@NotEmpty Set<Modality> modalities) {

	NewTherapistForm {
		modalities = modalities == null ? Set.of() : modalities;
	}

	static NewTherapistForm empty() {
		return new NewTherapistForm("", "", "", "", Set.of());
	}

}
