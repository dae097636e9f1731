package io.runrub.care.web;

import io.runrub.care.homework.Homework;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Homework from a note: an exercise of the library, how many times a week and for how many weeks. */
record HomeworkForm(@NotNull(message = "{care.invalid.exercise}") @Positive(message = "{care.invalid.exercise}") Long exerciseId,
		@NotNull(message = "{care.invalid.timesPerWeek}") @Min(value = 1, message = "{care.invalid.timesPerWeek}") @Max(value = Homework.MAX_TIMES_PER_WEEK, message = "{care.invalid.timesPerWeek}") Integer timesPerWeek,
		@NotNull(message = "{care.invalid.weeks}") @Min(value = 1, message = "{care.invalid.weeks}") @Max(value = Homework.MAX_WEEKS, message = "{care.invalid.weeks}") Integer weeks) {

	static HomeworkForm empty() {
		return new HomeworkForm(null, 3, 4);
	}

	/** The field a refusal of the homework is about, so that it shows next to it; null for the whole form. */
	static String fieldOf(String code) {
		return switch (code == null ? "" : code) {
			case "homework-frequency-invalid" -> "timesPerWeek";
			case "homework-length-invalid" -> "weeks";
			case "exercise-not-found" -> "exerciseId";
			default -> null;
		};
	}

}
