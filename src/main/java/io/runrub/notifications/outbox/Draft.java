package io.runrub.notifications.outbox;

import java.time.Instant;

import io.runrub.notifications.MessageKind;

/**
 * A message to queue.
 *
 * @param key unique per message: a second draft with the same key is not queued (a listener run twice, a reminder
 * for a time that already has one)
 * @param about what it concerns, e.g. {@code appointment:42}, so that stale reminders can be dropped
 * @param dueAt when to send it at the earliest
 * @param notAfter after this it is no longer worth sending (a reminder once its appointment started); null for never
 */
public record Draft(String key, MessageKind kind, String about, String recipient, String subject, String text,
		String html, String attachmentName, String attachment, Instant dueAt, Instant notAfter) {

	public static Draft now(String key, MessageKind kind, String about, String recipient, Mail mail, Instant now) {
		return new Draft(key, kind, about, recipient, mail.subject(), mail.text(), mail.html(), null, null, now, null);
	}

	public Draft attaching(String name, String content) {
		return new Draft(key, kind, about, recipient, subject, text, html, name, content, dueAt, notAfter);
	}

	public Draft due(Instant due, Instant until) {
		return new Draft(key, kind, about, recipient, subject, text, html, attachmentName, attachment, due, until);
	}

	/** A composed message: subject, plain text and HTML. */
	public record Mail(String subject, String text, String html) {
	}

}
