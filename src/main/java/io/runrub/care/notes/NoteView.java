package io.runrub.care.notes;

import java.util.Map;

import io.runrub.booking.AppointmentView;

/**
 * A clinical note with its appointment and the names of the people who signed and amended it: what a therapist who
 * may see the runner's record is shown.
 */
public record NoteView(TreatmentNote note, AppointmentView appointment, Map<Long, String> people) {

	public NoteView {
		people = Map.copyOf(people);
	}

	public String nameOf(long accountId) {
		return people.getOrDefault(accountId, "");
	}

	public NoteContent current() {
		return note.current();
	}

}
