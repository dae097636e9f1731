package io.runrub.care.notes;

import java.time.Instant;

/**
 * A change to a signed note, appended to it: the original and every earlier amendment stay as they were.
 * @param sequence 1 for the first amendment of a note, then 2, 3…
 */
public record Amendment(int sequence, long authorAccountId, Instant amendedAt, String reason, NoteChanges changes) {
}
