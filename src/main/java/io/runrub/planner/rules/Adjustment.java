package io.runrub.planner.rules;

/**
 * What was considered for a suggestion and changed, and why ("We chose a 30-minute sports massage instead of deep
 * tissue massage: your budget for April."). Reasons say what a suggestion is; adjustments say what it is not.
 */
public record Adjustment(String rule, String text) {
}
