package io.runrub.planner.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/** TYPE-AREA-DEEP: a localised problem area (knots, tightness around a joint) without acute injury → deep tissue. */
public final class ProblemAreaCallsForDeepTissue implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TYPE-AREA-DEEP", "S0", EvidenceGrade.WEAK,
			"A localised problem area — knots, adhesions, tightness around a joint — without an acute injury calls "
					+ "for deep tissue massage on that area.",
			"Deep tissue massage is recommended when particular sections of the body are problematic.",
			"Deeper is not shown to be better; about 1 in 10 people feel sore the next day.");

	static final Set<ComplaintKind> LOCAL_PROBLEMS = EnumSet.of(ComplaintKind.TIGHTNESS, ComplaintKind.KNOTS);

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/**
	 * Deep tissue on each localised problem area, leaving out areas with an injury or with pain that needs a clinician:
	 * those are TYPE-INJURY-ART's (and, when fresh, SAFE-STOP's), never deep tissue's.
	 */
	public Optional<TreatmentChoice> choose(List<Complaint> complaints) {
		Set<BodyArea> injured = complaints.stream()
			.filter(complaint -> InjuryCallsForArt.INJURIES.contains(complaint.kind())
					|| complaint.kind() == ComplaintKind.PAIN && complaint.severity() >= InjuryCallsForArt.CLINICIAN_PAIN)
			.map(Complaint::area)
			.collect(Collectors.toSet());
		List<Complaint> problems = complaints.stream()
			.filter(complaint -> LOCAL_PROBLEMS.contains(complaint.kind()) && complaint.area() != BodyArea.OTHER
					&& !injured.contains(complaint.area()))
			.toList();
		if (problems.isEmpty()) {
			return Optional.empty();
		}
		List<BodyArea> areas = problems.stream().map(Complaint::area).distinct().toList();
		List<String> feelings = problems.stream()
			.map(InjuryCallsForArt::describe)
			.distinct()
			.toList();
		String where = feelings.size() == 1 ? feelings.get(0)
				: RuleTexts.text("planner.list.and", String.join(", ", feelings.subList(0, feelings.size() - 1)),
						feelings.get(feelings.size() - 1));
		return Optional.of(new TreatmentChoice(Modality.DEEP_TISSUE, Pressure.FIRM, areas,
				List.of(INFO.reason(RuleTexts.text("planner.rule.TYPE-AREA-DEEP.reason", where)).arguingFor(Modality.DEEP_TISSUE)),
				List.of()));
	}

}
