package io.runrub.care.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;

/**
 * What a treatment note says: findings per body area (at most one per area, in the order of {@link BodyArea}),
 * techniques, the pressure used, the runner's tolerance (the most pressure they were comfortable with) and the
 * feedback written for the runner.
 *
 * <p>
 * Clinical: findings, techniques, pressure and tolerance. Runner-facing: the feedback.
 */
public record NoteContent(List<Finding> findings, List<String> techniques, Pressure pressure, Pressure tolerance,
		String feedbackForRunner) {

	public static final int MAX_TECHNIQUES = 20;

	public static final int MAX_TECHNIQUE_LENGTH = 100;

	public static final int MAX_FEEDBACK_LENGTH = 4000;

	public NoteContent {
		findings = sortedUnique(findings);
		techniques = techniques(techniques);
		if (pressure == null || tolerance == null) {
			throw DomainException.refused("note-pressure-missing");
		}
		feedbackForRunner = feedback(feedbackForRunner);
	}

	public Optional<Finding> finding(BodyArea area) {
		return findings.stream().filter(finding -> finding.area() == area).findFirst();
	}

	/** This content with the changes applied: changed findings replace those areas' findings. */
	NoteContent with(NoteChanges changes) {
		List<Finding> merged = findings;
		if (changes.findings() != null) {
			Map<BodyArea, Finding> byArea = new TreeMap<>();
			findings.forEach(finding -> byArea.put(finding.area(), finding));
			changes.findings().forEach(finding -> byArea.put(finding.area(), finding));
			merged = new ArrayList<>(byArea.values());
		}
		return new NoteContent(merged, changes.techniques() == null ? techniques : changes.techniques(),
				changes.pressure() == null ? pressure : changes.pressure(),
				changes.tolerance() == null ? tolerance : changes.tolerance(),
				changes.feedbackForRunner() == null ? feedbackForRunner : changes.feedbackForRunner());
	}

	static List<Finding> sortedUnique(List<Finding> findings) {
		if (findings == null || findings.isEmpty()) {
			throw DomainException.refused("note-no-findings");
		}
		Set<BodyArea> seen = EnumSet.noneOf(BodyArea.class);
		for (Finding finding : findings) {
			if (finding == null) {
				throw DomainException.refused("finding-empty");
			}
			if (!seen.add(finding.area())) {
				throw DomainException.refused("finding-area-twice", finding.area().displayName());
			}
		}
		return findings.stream().sorted(Comparator.comparing(Finding::area)).toList();
	}

	static List<String> techniques(List<String> techniques) {
		if (techniques == null) {
			return List.of();
		}
		if (techniques.size() > MAX_TECHNIQUES) {
			throw DomainException.refused("note-too-many-techniques", MAX_TECHNIQUES);
		}
		List<String> clean = new ArrayList<>();
		for (String technique : techniques) {
			String value = technique == null ? "" : technique.strip();
			if (value.isEmpty()) {
				continue;
			}
			if (value.length() > MAX_TECHNIQUE_LENGTH || value.contains("\n") || value.contains("\r")) {
				throw DomainException.refused("note-technique-invalid", MAX_TECHNIQUE_LENGTH);
			}
			clean.add(value);
		}
		return List.copyOf(clean);
	}

	static String feedback(String feedback) {
		String value = feedback == null ? "" : feedback.strip();
		if (value.isEmpty()) {
			throw DomainException.refused("note-no-feedback");
		}
		if (value.length() > MAX_FEEDBACK_LENGTH) {
			throw DomainException.refused("note-feedback-too-long", MAX_FEEDBACK_LENGTH);
		}
		return value;
	}

}
