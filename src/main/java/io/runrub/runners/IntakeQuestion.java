package io.runrub.runners;

/** A yes/no health question. The id is stable: answers are stored under it. */
public record IntakeQuestion(String id, String text, IntakeTier tier) {
}
