package io.runrub.care.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.runrub.shared.DomainException;

/**
 * A treatment note: written by the appointment's therapist, signed when saved, and never changed afterwards. A later
 * correction or addition is an {@link Amendment} appended to it; {@link #original()} stays exactly as signed and
 * {@link #current()} is the original with the amendments applied in order.
 */
public record TreatmentNote(Long id, long appointmentId, long runnerId, long therapistId, long authorAccountId,
		Instant signedAt, NoteContent original, List<Amendment> amendments) {

	public static final int MAX_REASON_LENGTH = 1000;

	public TreatmentNote {
		amendments = List.copyOf(amendments);
	}

	/**
	 * Signs a new note for an appointment. Notes are written from the appointment's start on, never before.
	 */
	static TreatmentNote sign(long appointmentId, long runnerId, long therapistId, long authorAccountId,
			Instant appointmentStart, NoteContent content, Instant now) {
		if (now.isBefore(appointmentStart)) {
			throw new DomainException.RuleViolation("Appointment not started",
					"A treatment note can be written from the appointment's start time on, not before.");
		}
		return new TreatmentNote(null, appointmentId, runnerId, therapistId, authorAccountId, now, content, List.of());
	}

	/** The note as it reads now: the original with every amendment applied, oldest first. */
	public NoteContent current() {
		NoteContent content = original;
		for (Amendment amendment : amendments) {
			content = content.with(amendment.changes());
		}
		return content;
	}

	public boolean isAmended() {
		return !amendments.isEmpty();
	}

	/** When the note last changed: its signature, or its latest amendment. */
	public Instant lastChangedAt() {
		return amendments.isEmpty() ? signedAt : amendments.get(amendments.size() - 1).amendedAt();
	}

	/**
	 * The next amendment, by the note's author only. It records only what really changes, and refuses one that
	 * changes nothing or gives no reason.
	 */
	Amendment amend(long accountId, String reason, NoteChanges changes, Instant now) {
		if (accountId != authorAccountId) {
			throw new DomainException.Forbidden("Only the therapist who signed a note can amend it.");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new DomainException.RuleViolation("No reason", "Say why the note is amended.");
		}
		if (why.length() > MAX_REASON_LENGTH) {
			throw new DomainException.RuleViolation("Reason too long",
					"The reason can have at most %d characters.".formatted(MAX_REASON_LENGTH));
		}
		NoteChanges real = (changes == null ? new NoteChanges(null, null, null, null, null) : changes)
			.against(current());
		if (real.isEmpty()) {
			throw new DomainException.RuleViolation("Nothing changed",
					"The amendment changes nothing in the note as it reads now.");
		}
		return new Amendment(amendments.size() + 1, accountId, now, why, real);
	}

	TreatmentNote with(Amendment amendment) {
		List<Amendment> more = new ArrayList<>(amendments);
		more.add(amendment);
		return new TreatmentNote(id, appointmentId, runnerId, therapistId, authorAccountId, signedAt, original, more);
	}

}
