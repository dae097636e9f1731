package io.runrub.clinic.web;

import java.util.Set;

import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A therapist's name, bio, modalities, what they offer beyond modalities and whether runners can book them (an
 * unticked box sends nothing).
 */
record TherapistForm(@NotBlank @Size(max = 100) @io.runrub.shared.web.SingleLine String name, @Size(max = 500) String bio,
		@NotEmpty Set<Modality> modalities, Boolean active, Set<VisitWish> offers) {

	TherapistForm {
		modalities = modalities == null ? Set.of() : modalities;
		offers = offers == null ? Set.of() : offers;
	}

	static TherapistForm of(TherapistView therapist) {
		return new TherapistForm(therapist.name(), therapist.bio(), therapist.modalities(), therapist.active(),
				therapist.offers());
	}

	/** Public, as the template calls it (SpEL calls public methods only). */
	public boolean isActive() {
		return Boolean.TRUE.equals(active);
	}

}
