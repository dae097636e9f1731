package io.runrub.notifications.outbox;

import java.time.Instant;

import io.runrub.notifications.MessageKind;
import io.runrub.notifications.MessageStatus;

/** A message in the outbox, as stored. */
public record OutboxMessage(long id, String key, MessageKind kind, String about, String recipient, String subject,
		String text, String html, String attachmentName, String attachment, MessageStatus status, Instant createdAt,
		Instant dueAt, Instant notAfter, int tries, String lastError, Instant sentAt) {
}
