package io.runrub.care.homework;

import java.time.Instant;
import java.time.LocalDate;

import io.runrub.shared.DomainException;

import org.springframework.data.annotation.Id;

/**
 * The runner's honest word on one go at their homework (a row of the {@link Homework} aggregate): done, partly or not
 * done; why not; the minutes it took; and what changed, as a score and in words.
 * @param changeScore how much better the area feels since starting the homework, 0 (no better) to 10 (completely
 * better)
 * @param remarks what the runner says in words
 */
public record HomeworkCheckIn(@Id Long id, long runnerId, LocalDate checkInDate, CheckInStatus status,
		MissedReason reason, Integer minutes, Integer changeScore, String remarks, Instant createdAt) {

	public static final int MAX_MINUTES = 300;

	public static final int MAX_TEXT_LENGTH = 1000;

	public static final int MAX_CHANGE = 10;

	public HomeworkCheckIn {
		if (status == null) {
			throw DomainException.refused("check-in-status-missing");
		}
		if (status == CheckInStatus.DONE && reason != null) {
			throw DomainException.refused("check-in-reason-not-needed");
		}
		if (status != CheckInStatus.DONE && reason == null) {
			throw DomainException.refused("check-in-reason-needed", status.label());
		}
		if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
			throw DomainException.refused("check-in-minutes-invalid", MAX_MINUTES);
		}
		if (changeScore != null && (changeScore < 0 || changeScore > MAX_CHANGE)) {
			throw DomainException.refused("check-in-change-invalid", MAX_CHANGE);
		}
		remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
		if (remarks != null && remarks.length() > MAX_TEXT_LENGTH) {
			throw DomainException.refused("check-in-text-too-long", MAX_TEXT_LENGTH);
		}
	}

	/** The day of the go. */
	public LocalDate date() {
		return checkInDate;
	}

	/** What changed, 0 (no better) to 10 (completely better), if the runner said. */
	public Integer change() {
		return changeScore;
	}

	/** What the runner said in words, if anything. */
	public String text() {
		return remarks;
	}

	/** Done or partly done: an attempt that counts towards the week. */
	public boolean attempted() {
		return status != CheckInStatus.NOT_DONE;
	}

}
