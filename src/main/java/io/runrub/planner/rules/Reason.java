package io.runrub.planner.rules;

/** Why a suggestion is what it is: the rule, a plain sentence about this runner, and the rule's evidence grade. */
public record Reason(String rule, String text, EvidenceGrade evidence) {
}
