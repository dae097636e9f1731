package io.runrub.clinic;

import io.runrub.shared.Modality;

/** One modality a therapist offers (a row of the therapist aggregate). */
record TherapistModality(Modality modality) {
}
