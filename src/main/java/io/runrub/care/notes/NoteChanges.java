package io.runrub.care.notes;

import java.util.List;

import io.runrub.shared.Pressure;

/**
 * What an amendment changes; null means unchanged. Findings, when given, replace the findings of those areas only
 * (record an area that turned out fine as NORMAL).
 */
public record NoteChanges(List<Finding> findings, List<String> techniques, Pressure pressure, Pressure tolerance,
		String feedbackForRunner) {

	public NoteChanges {
		findings = findings == null || findings.isEmpty() ? null : NoteContent.sortedUnique(findings);
		techniques = techniques == null ? null : NoteContent.techniques(techniques);
		feedbackForRunner = feedbackForRunner == null || feedbackForRunner.isBlank() ? null
				: NoteContent.feedback(feedbackForRunner);
	}

	public boolean isEmpty() {
		return findings == null && techniques == null && pressure == null && tolerance == null
				&& feedbackForRunner == null;
	}

	/** Only what really differs from the content: an amendment never records a change that is none. */
	NoteChanges against(NoteContent current) {
		List<Finding> changedFindings = findings == null ? null
				: findings.stream().filter(finding -> !current.finding(finding.area()).equals(java.util.Optional.of(finding))).toList();
		return new NoteChanges(changedFindings,
				techniques == null || techniques.equals(current.techniques()) ? null : techniques,
				pressure == current.pressure() ? null : pressure, tolerance == current.tolerance() ? null : tolerance,
				feedbackForRunner == null || feedbackForRunner.equals(current.feedbackForRunner()) ? null
						: feedbackForRunner);
	}

}
