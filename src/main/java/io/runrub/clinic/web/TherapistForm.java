package io.runrub.clinic.web;

import java.util.List;
import java.util.Set;

import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;

import static io.runrub.clinic.web.FormValues.optional;
import static io.runrub.clinic.web.FormValues.required;

/** A therapist's name, bio, modalities and whether runners can book them. */
record TherapistForm(String name, String bio, List<String> modalities, String active) {

	static TherapistForm of(TherapistView therapist) {
		return new TherapistForm(therapist.name(), therapist.bio(),
				therapist.modalities().stream().map(Modality::name).toList(), String.valueOf(therapist.active()));
	}

	TherapistForm {
		modalities = modalities == null ? List.of() : modalities;
	}

	record Checked(String name, String bio, Set<Modality> modalities, boolean active) {
	}

	Checked checked() {
		return new Checked(required(name, "admin.therapist.name", 100), optional(bio, "admin.therapist.bio", 500),
				FormValues.modalities(modalities), isActive());
	}

	/** Public, as the template calls it (SpEL calls public methods only). */
	public boolean isActive() {
		return FormValues.ticked(active);
	}

}
