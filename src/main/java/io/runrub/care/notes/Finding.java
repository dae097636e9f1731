package io.runrub.care.notes;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;

/**
 * What the therapist found in one body area, with a severity from 0 to 3. A normal area has severity 0; anything else
 * has at least 1, so a finding never says two things at once.
 */
public record Finding(BodyArea area, TissueState state, int severity) {

	public static final int MAX_SEVERITY = 3;

	public Finding {
		if (area == null || state == null) {
			throw DomainException.refused("finding-incomplete");
		}
		if (severity < 0 || severity > MAX_SEVERITY) {
			throw DomainException.refused("finding-severity-invalid", MAX_SEVERITY, area.displayName(), severity);
		}
		if (state == TissueState.NORMAL && severity != 0) {
			throw DomainException.refused("finding-normal-severity", area.displayName());
		}
		if (state != TissueState.NORMAL && severity == 0) {
			throw DomainException.refused("finding-severity-missing", area.displayName(), state.label(), MAX_SEVERITY);
		}
	}

}
