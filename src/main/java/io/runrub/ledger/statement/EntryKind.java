package io.runrub.ledger.statement;

/** What a line of a runner's statement records. */
public enum EntryKind {

	/** A package bought: adds its price to what the runner owes. */
	PURCHASE,
	/** Money taken: takes it off what the runner owes. */
	PAYMENT,
	/** A late-cancellation or no-show fee: adds to what the runner owes. */
	CHARGE,
	/** A package's credit paid for an appointment (moves no money). */
	CREDIT_USED,
	/** A credit given back by a cancellation in time (moves no money). */
	CREDIT_RETURNED

}
