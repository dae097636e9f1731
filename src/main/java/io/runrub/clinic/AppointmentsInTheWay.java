package io.runrub.clinic;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;

/**
 * What stands in the way of a therapist's time off, or of closing the clinic for a day, and what the admin decided
 * to do with it. The booking module answers (it depends on this one, so the clinic asks through this interface
 * rather than knowing appointments); without booking nothing is ever in the way.
 */
public interface AppointmentsInTheWay {

	/** The therapist's booked appointments that overlap [from, to), by start. */
	List<ClosureConflicts.BookedOnDay> bookedWith(TherapistId therapistId, Instant from, Instant to);

	/**
	 * For each appointment, the first free start with its own therapist from {@code notBefore} on (within two weeks),
	 * no two of them proposed the same time; an appointment with no such start is left out.
	 */
	Map<Long, Instant> proposedMoves(List<Long> appointmentIds, Instant notBefore);

	/**
	 * Moves or cancels each appointment as decided, each with a message to its client that gives the reason. Inside
	 * the caller's transaction: a refusal of any one undoes them all.
	 */
	void apply(List<Decision> decisions, Map<Long, Instant> proposals, String reason, Actor admin);

	/** What to do with one appointment in the way. */
	enum Action {

		MOVE, CANCEL

	}

	/**
	 * The admin's decision for one appointment.
	 * @param moveTo where to move it; null for the proposed start
	 */
	record Decision(long appointmentId, Action action, Instant moveTo) {

		public Decision {
			if (action == null) {
				throw io.runrub.shared.DomainException.refused("decision-action-missing", appointmentId);
			}
		}

	}

	/** An appointment in the way, with the start proposed for it if it is moved (null when none is free). */
	record InTheWay(long appointmentId, Instant start, String runnerName, Instant proposedStart) {
	}

}
