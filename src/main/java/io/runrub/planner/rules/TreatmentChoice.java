package io.runrub.planner.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/**
 * Which massage, at what pressure, on which areas — the reasons for it, what was considered and changed on the way
 * ({@code adjustments}), and the warnings that came with it.
 */
public record TreatmentChoice(Modality modality, Pressure pressure, List<BodyArea> focusAreas, List<Reason> reasons,
		List<Warning> warnings, List<Adjustment> adjustments) {

	public TreatmentChoice {
		focusAreas = List.copyOf(focusAreas);
		reasons = List.copyOf(reasons);
		warnings = List.copyOf(warnings);
		adjustments = List.copyOf(adjustments);
	}

	public TreatmentChoice(Modality modality, Pressure pressure, List<BodyArea> focusAreas, List<Reason> reasons,
			List<Warning> warnings) {
		this(modality, pressure, focusAreas, reasons, warnings, List.of());
	}

	/**
	 * Another massage or pressure than the one chosen so far: the reasons that argued for what it no longer is are
	 * dropped, and the adjustment says what changed and why.
	 */
	public TreatmentChoice swap(Modality newModality, Pressure newPressure, Adjustment why) {
		List<Reason> still = reasons.stream().filter(reason -> !reason.contradicts(newModality, newPressure)).toList();
		List<Adjustment> more = new ArrayList<>(adjustments);
		more.add(why);
		return new TreatmentChoice(newModality, newPressure, focusAreas, still, warnings, more);
	}

	public TreatmentChoice withReason(Reason reason) {
		List<Reason> more = new ArrayList<>(reasons);
		more.add(reason);
		return new TreatmentChoice(modality, pressure, focusAreas, more, warnings, adjustments);
	}

	public TreatmentChoice withReasons(List<Reason> newReasons) {
		return new TreatmentChoice(modality, pressure, focusAreas, newReasons, warnings, adjustments);
	}

	public TreatmentChoice withPressure(Pressure newPressure) {
		return new TreatmentChoice(modality, newPressure, focusAreas, reasons, warnings, adjustments);
	}

	public TreatmentChoice withAdjustment(Adjustment adjustment) {
		List<Adjustment> more = new ArrayList<>(adjustments);
		more.add(adjustment);
		return new TreatmentChoice(modality, pressure, focusAreas, reasons, warnings, more);
	}

	/** The kind of massage inside a sentence: "deep tissue massage", but "Active Release Technique", "Swedish massage". */
	public static String named(Modality modality) {
		return modality == Modality.ART || modality == Modality.SWEDISH ? modality.displayName()
				: modality.displayName().toLowerCase(Locale.UK);
	}

	public boolean isDeep() {
		return modality.isDeep();
	}

}
