package io.runrub.planner.rules;

import java.util.EnumSet;
import java.util.Set;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/**
 * Why a suggestion is what it is: the rule, a plain sentence about this runner, and the rule's evidence grade.
 *
 * <p>
 * A reason that argues for a kind of massage or a pressure says so ({@code modalities}, {@code pressures}; empty:
 * it argues for neither — a reason about the day, the frequency or the budget). A suggestion keeps only the reasons
 * that argue for what it finally is: when a later rule changes the massage, {@link TreatmentChoice#swap} drops the
 * reasons it contradicts and records an {@link Adjustment} instead.
 */
public record Reason(String rule, String text, EvidenceGrade evidence, Set<Modality> modalities,
		Set<Pressure> pressures) {

	public Reason {
		modalities = Set.copyOf(modalities);
		pressures = Set.copyOf(pressures);
	}

	/** A reason that argues for no kind of massage and no pressure. */
	public Reason(String rule, String text, EvidenceGrade evidence) {
		this(rule, text, evidence, Set.of(), Set.of());
	}

	/** This reason, arguing for one of these kinds of massage. */
	public Reason arguingFor(Modality first, Modality... more) {
		return new Reason(rule, text, evidence, EnumSet.of(first, more), pressures);
	}

	/** This reason, arguing for one of these pressures. */
	public Reason arguingForPressure(Pressure first, Pressure... more) {
		return new Reason(rule, text, evidence, modalities, EnumSet.of(first, more));
	}

	/** Whether it argues for another kind of massage or another pressure than this one. */
	public boolean contradicts(Modality modality, Pressure pressure) {
		return !modalities.isEmpty() && !modalities.contains(modality)
				|| !pressures.isEmpty() && !pressures.contains(pressure);
	}

}
