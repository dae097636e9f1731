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
			throw DomainException.refused("note-before-appointment");
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

	/** The note as it read just before {@code amendment}: the original with the amendments before it applied. */
	public NoteContent before(Amendment amendment) {
		NoteContent content = original;
		for (Amendment earlier : amendments) {
			if (earlier.sequence() >= amendment.sequence()) {
				break;
			}
			content = content.with(earlier.changes());
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
			throw DomainException.forbidden("note-not-author");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw DomainException.refused("amendment-no-reason");
		}
		if (why.length() > MAX_REASON_LENGTH) {
			throw DomainException.refused("amendment-reason-too-long", MAX_REASON_LENGTH);
		}
		NoteChanges real = (changes == null ? new NoteChanges(null, null, null, null, null) : changes)
			.against(current());
		if (real.isEmpty()) {
			throw DomainException.refused("amendment-changes-nothing");
		}
		return new Amendment(amendments.size() + 1, accountId, now, why, real);
	}

	TreatmentNote with(Amendment amendment) {
		List<Amendment> more = new ArrayList<>(amendments);
		more.add(amendment);
		return new TreatmentNote(id, appointmentId, runnerId, therapistId, authorAccountId, signedAt, original, more);
	}

}
