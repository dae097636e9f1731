package io.runrub.notifications.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.notifications.MessageKind;
import io.runrub.notifications.MessageStatus;
import io.runrub.notifications.outbox.Outbox;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins see every message the outbox holds (the {@code /api/v1/admin/**} rule keeps it to admins). */
@RestController
@RequestMapping("/api/v1/admin/messages")
@Tag(name = "Admin")
class MessagesApiController {

	static final int MAX_SIZE = 200;

	private final Outbox outbox;

	private final ClinicCatalog catalog;

	MessagesApiController(Outbox outbox, ClinicCatalog catalog) {
		this.outbox = outbox;
		this.catalog = catalog;
	}

	record MessageJson(long id, String to, String subject, MessageKind kind, MessageStatus status,
			OffsetDateTime createdAt, OffsetDateTime dueAt, OffsetDateTime sentAt, int tries, String error) {
	}

	@GetMapping
	@Operation(summary = "Messages to clients, newest first",
			description = "Optionally of one kind, in one status, or to addresses containing `to`. One page of `size` "
					+ "(1 to 200, default 50); `page` counts from 0. Times in the clinic's zone.")
	List<MessageJson> messages(@RequestParam(required = false) MessageKind kind,
			@RequestParam(required = false) MessageStatus status,
			@RequestParam(required = false) @Size(max = 254) String to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(MAX_SIZE) int size) {
		ZoneId zone = catalog.zone();
		return outbox.list(new Outbox.Filter(kind, status, to, (long) page * size, size))
			.stream()
			.map(message -> new MessageJson(message.id(), message.recipient(), message.subject(), message.kind(),
					message.status(), at(message.createdAt(), zone), at(message.dueAt(), zone),
					at(message.sentAt(), zone), message.tries(), message.lastError()))
			.toList();
	}

	private static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
	}

}
