package io.runrub.ledger.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A runner's account statement: every entry oldest first, the credits they have left, and what they owe the clinic
 * (purchases and charges add, payments subtract, credits move no money; negative: the clinic owes them).
 */
public record Statement(List<Entry> entries, List<Credit> credits, long balanceCents) {

	/** One line; {@code amountCents} is what it adds to the balance. */
	public record Entry(Instant at, LocalDate date, EntryKind kind, String description, long amountCents) {
	}

	/** A bought package's sessions left, usable for appointments on days up to {@code expiresOn}. */
	public record Credit(long creditId, long packageId, String packageName, int left, LocalDate expiresOn) {
	}

}
