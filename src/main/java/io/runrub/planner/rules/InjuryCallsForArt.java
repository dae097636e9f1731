package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/**
 * TYPE-INJURY-ART: a specific injury with scar tissue, or shin splints, plantar fasciitis or a hamstring injury →
 * Active Release Technique, after a clinician has assessed an injury that is new.
 */
public final class InjuryCallsForArt implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TYPE-INJURY-ART", "S0", EvidenceGrade.WEAK,
			"A specific injury — scar tissue, shin splints, plantar fasciitis, a hamstring injury — calls for Active "
					+ "Release Technique, once a clinician has assessed an injury that is new.",
			"ART is usually the go-to treatment method for shin splints, plantar fasciitis, and hamstrings injuries.",
			"Small studies show short-term flexibility gains; no trials for these injuries. Get an injury assessed; "
					+ "loading exercise is the treatment with evidence. For heel pain, hands-on therapy helped "
					+ "function when added to stretching and strengthening (moderate evidence).");

	static final Set<ComplaintKind> INJURIES = EnumSet.of(ComplaintKind.SCAR_TISSUE, ComplaintKind.SHIN_SPLINTS,
			ComplaintKind.PLANTAR_FASCIITIS, ComplaintKind.HAMSTRING_INJURY);

	/** An injury this recent counts as new: it needs a clinician's assessment before hands-on work. */
	static final int NEW_INJURY_DAYS = 42;

	/** Pain this strong needs a clinician rather than a massage. */
	static final int CLINICIAN_PAIN = 7;

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public Optional<TreatmentChoice> choose(List<Complaint> complaints, LocalDate today) {
		List<Complaint> injuries = complaints.stream().filter(complaint -> INJURIES.contains(complaint.kind())).toList();
		if (injuries.isEmpty()) {
			return Optional.empty();
		}
		List<Reason> reasons = new ArrayList<>();
		List<Warning> warnings = new ArrayList<>();
		for (Complaint injury : injuries) {
			String what = describe(injury);
			String text = RuleTexts.text("planner.rule.TYPE-INJURY-ART.reason", what);
			if (injury.kind() == ComplaintKind.PLANTAR_FASCIITIS) {
				text += " " + RuleTexts.text("planner.rule.TYPE-INJURY-ART.heel");
			}
			reasons.add(INFO.reason(text).arguingFor(Modality.ART));
			boolean isNew = injury.since() == null || !injury.since().isBefore(today.minusDays(NEW_INJURY_DAYS));
			warnings.add(INFO.warning(RuleTexts.text(isNew ? "planner.rule.TYPE-INJURY-ART.new"
					: "planner.rule.TYPE-INJURY-ART.review", what)));
		}
		return Optional.of(new TreatmentChoice(Modality.ART, Pressure.FIRM,
				injuries.stream().map(Complaint::area).distinct().toList(), reasons, warnings));
	}

	/**
	 * A new injury (under {@value #NEW_INJURY_DAYS} days, or of unknown start) or pain of {@value #CLINICIAN_PAIN} out
	 * of 10 or more is assessed first: a movement assessment planned before any Active Release Technique. Empty when
	 * nothing needs assessing.
	 */
	public Optional<TreatmentChoice> assessmentFirst(List<Complaint> complaints, LocalDate today) {
		List<Complaint> toAssess = complaints.stream()
			.filter(complaint -> INJURIES.contains(complaint.kind()) && isNew(complaint, today)
					|| complaint.severity() >= CLINICIAN_PAIN)
			.toList();
		if (toAssess.isEmpty()) {
			return Optional.empty();
		}
		String what = String.join(", ", toAssess.stream()
			.map(complaint -> complaint.severity() >= CLINICIAN_PAIN && !(INJURIES.contains(complaint.kind())
					&& isNew(complaint, today))
							? RuleTexts.text("planner.rule.TYPE-INJURY-ART.painOf", complaint.severity(),
									complaint.area().inSentence())
							: RuleTexts.text("planner.rule.TYPE-INJURY-ART.newOne", describe(complaint)))
			.toList());
		return Optional.of(new TreatmentChoice(Modality.MOVEMENT_ASSESSMENT, Pressure.LIGHT,
				toAssess.stream().map(Complaint::area).distinct().toList(),
				List.of(INFO.reason(RuleTexts.text("planner.rule.TYPE-INJURY-ART.assessFirst", what))),
				List.of()));
	}

	/** Whether choosing Active Release Technique for these complaints must wait for an assessment. */
	public boolean needsAssessment(List<Complaint> complaints, LocalDate today) {
		return assessmentFirst(complaints, today).isPresent();
	}

	static boolean isNew(Complaint injury, LocalDate today) {
		return injury.since() == null || !injury.since().isBefore(today.minusDays(NEW_INJURY_DAYS));
	}

	/** Complaints that need a clinician rather than a massage: severe pain. */
	public List<Warning> clinicianFirst(List<Complaint> complaints) {
		return complaints.stream()
			.filter(complaint -> complaint.kind() == ComplaintKind.PAIN && complaint.severity() >= CLINICIAN_PAIN)
			.map(complaint -> INFO.warning(RuleTexts.text("planner.rule.TYPE-INJURY-ART.clinician",
					complaint.severity(), complaint.area().inSentence())))
			.toList();
	}

	static String describe(Complaint complaint) {
		return word(complaint.kind()) + " (" + complaint.area().inSentence() + ")";
	}

	/** What bothers the runner, in a sentence: words written for people, never the code's names. */
	static String word(ComplaintKind kind) {
		return switch (kind) {
			case TIGHTNESS -> "tightness";
			case KNOTS -> "knots";
			case PAIN -> "pain";
			case SCAR_TISSUE -> "scar tissue";
			case SHIN_SPLINTS -> "shin splints";
			case PLANTAR_FASCIITIS -> "plantar fasciitis";
			case HAMSTRING_INJURY -> "hamstring injury";
			case OTHER -> "complaint";
		};
	}

}
