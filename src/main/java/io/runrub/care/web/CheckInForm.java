package io.runrub.care.web;

import io.runrub.care.homework.CheckInStatus;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.homework.HomeworkCheckIn;
import io.runrub.care.homework.MissedReason;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The runner's check-in on a homework, from "My care". A reason given with "done" is left out, as the page says. */
record CheckInForm(@NotNull(message = "{care.invalid.status}") CheckInStatus status, MissedReason reason,
		@Min(value = 0, message = "{care.invalid.minutes}") @Max(value = HomeworkCheckIn.MAX_MINUTES, message = "{care.invalid.minutes}") Integer minutes,
		@Min(value = 0, message = "{care.invalid.change}") @Max(value = HomeworkCheckIn.MAX_CHANGE, message = "{care.invalid.change}") Integer change,
		@Size(max = HomeworkCheckIn.MAX_TEXT_LENGTH, message = "{care.invalid.text}") String text) {

	static CheckInForm empty() {
		return new CheckInForm(null, null, null, null, null);
	}

	HomeworkAssignments.CheckInInput input() {
		return new HomeworkAssignments.CheckInInput(null, status, status == CheckInStatus.DONE ? null : reason, minutes,
				change, text);
	}

	/** The field a refusal of the check-in is about, so that it shows next to it; null for the whole form. */
	static String fieldOf(String code) {
		return switch (code == null ? "" : code) {
			case "check-in-status-missing" -> "status";
			case "check-in-reason-needed", "check-in-reason-not-needed" -> "reason";
			case "check-in-minutes-invalid" -> "minutes";
			case "check-in-change-invalid" -> "change";
			case "check-in-text-too-long" -> "text";
			default -> null;
		};
	}

}
