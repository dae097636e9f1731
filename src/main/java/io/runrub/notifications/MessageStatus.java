package io.runrub.notifications;

/**
 * Where a message is: waiting to be sent (or retried), sent, given up after the last try, kept (no mail server is
 * configured, so it was not sent but stays to be read), or dropped (a reminder for an appointment that moved, was
 * cancelled or had started before it could go).
 */
public enum MessageStatus {

	QUEUED, SENT, FAILED, KEPT, DROPPED

}
