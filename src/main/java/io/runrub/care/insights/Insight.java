package io.runrub.care.insights;

import io.runrub.planner.rules.Reason;

/**
 * Something RunRub noticed across a runner's notes, check-ins and training, with the catalogue rule behind it and that
 * rule's evidence grade as a label ("weak", "not graded"…), so nobody mistakes convention for proof.
 */
public record Insight(String rule, String text, String evidence) {

	static Insight of(Reason reason) {
		return new Insight(reason.rule(), reason.text(), reason.evidence().label());
	}

}
