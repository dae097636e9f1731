package io.runrub.planner.rules;

/** Something the runner should know about the plan as a whole. */
public record Warning(String rule, String text) {
}
