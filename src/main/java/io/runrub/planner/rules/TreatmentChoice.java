package io.runrub.planner.rules;

import java.util.ArrayList;
import java.util.List;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/** Which massage, at what pressure, on which areas — and the reasons and warnings that chose it. */
public record TreatmentChoice(Modality modality, Pressure pressure, List<BodyArea> focusAreas, List<Reason> reasons,
		List<Warning> warnings) {

	public TreatmentChoice {
		focusAreas = List.copyOf(focusAreas);
		reasons = List.copyOf(reasons);
		warnings = List.copyOf(warnings);
	}

	public TreatmentChoice with(Modality newModality, Pressure newPressure, Reason reason) {
		List<Reason> more = new ArrayList<>(reasons);
		more.add(reason);
		return new TreatmentChoice(newModality, newPressure, focusAreas, more, warnings);
	}

	public TreatmentChoice withReason(Reason reason) {
		List<Reason> more = new ArrayList<>(reasons);
		more.add(reason);
		return new TreatmentChoice(modality, pressure, focusAreas, more, warnings);
	}

	public boolean isDeep() {
		return modality.isDeep();
	}

}
