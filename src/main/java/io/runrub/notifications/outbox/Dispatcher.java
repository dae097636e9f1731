package io.runrub.notifications.outbox;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.runrub.notifications.NotificationProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due messages from the outbox. Each run claims a batch (see {@link Claims}), sends each message through
 * {@link JavaMailSender} and records the result: SENT; or, after a failure, QUEUED again with a wait that doubles
 * each time ({@code first-retry}, then twice that…) until {@code max-tries}, then FAILED with the error. A reminder
 * whose appointment has started is DROPPED instead of sent late. With no mail server configured
 * ({@code spring.mail.host} unset) messages are KEPT: not sent, and there to read on the admins' Messages page.
 *
 * <p>
 * Every result is recorded only while this instance still holds the claim, so an instance that lost its claim (it
 * stalled past {@code claim-for}) cannot overwrite what another recorded. A message sent just before its instance
 * died, but not yet recorded, is sent again once the claim lapses: delivery is at least once across a crash,
 * exactly once otherwise.
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	static final int BATCH = 50;

	private final Claims claims;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationProperties properties;

	private final Clock clock;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	Dispatcher(Claims claims, Outbox outbox, JdbcClient jdbc, ObjectProvider<JavaMailSender> mail,
			NotificationProperties properties, Clock clock) {
		this.claims = claims;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${runrub.notifications.dispatch-interval:PT30S}",
			initialDelayString = "${runrub.notifications.dispatch-interval:PT30S}")
	void dispatchOnSchedule() {
		try {
			dispatchDue(clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Dispatching messages failed; the next run tries again", ex);
		}
	}

	/**
	 * Sends what is due at {@code now}, batch after batch until nothing due is left.
	 * @return how many messages this run handled (sent, kept, dropped or failed once)
	 */
	public int dispatchDue(Instant now) {
		int handled = 0;
		List<Long> batch;
		do {
			batch = claims.claim(instance, now, now.plus(properties.claimFor()), BATCH);
			for (Long id : batch) {
				outbox.find(id).ifPresent(message -> handle(message, now));
			}
			handled += batch.size();
		}
		// until a claim finds nothing: a short batch may only mean that other instances took part of it
		while (!batch.isEmpty());
		return handled;
	}

	private void handle(OutboxMessage message, Instant now) {
		if (message.notAfter() != null && !now.isBefore(message.notAfter())) {
			record(message.id(), "status = 'DROPPED', last_error = :error", "error",
					"Not sent: the appointment had started");
			return;
		}
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			record(message.id(), "status = 'KEPT'", null, null);
			return;
		}
		try {
			sender.send(mime(sender, message));
			jdbc.sql("""
					update outbox_message set status = 'SENT', sent_at = :now, tries = tries + 1, last_error = null,
					  claimed_by = null, claimed_until = null
					where id = :id and claimed_by = :me""")
				.param("now", Outbox.utc(now))
				.param("id", message.id())
				.param("me", instance)
				.update();
		}
		catch (MailException | MessagingException ex) {
			failed(message, now, ex);
		}
	}

	private void failed(OutboxMessage message, Instant now, Exception ex) {
		int tries = message.tries() + 1;
		String error = describe(ex);
		log.info("Message {} ({}) failed on try {} of {}: {}", message.id(), message.kind(), tries,
				properties.maxTries(), error);
		if (tries >= properties.maxTries()) {
			jdbc.sql("""
					update outbox_message set status = 'FAILED', tries = :tries, last_error = :error,
					  claimed_by = null, claimed_until = null
					where id = :id and claimed_by = :me""")
				.param("tries", tries)
				.param("error", error)
				.param("id", message.id())
				.param("me", instance)
				.update();
			return;
		}
		Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(tries - 1, 20));
		jdbc.sql("""
				update outbox_message set tries = :tries, last_error = :error, due_at = :due,
				  claimed_by = null, claimed_until = null
				where id = :id and claimed_by = :me""")
			.param("tries", tries)
			.param("error", error)
			.param("due", Outbox.utc(now.plus(wait)))
			.param("id", message.id())
			.param("me", instance)
			.update();
	}

	private void record(long id, String set, String name, Object value) {
		var statement = jdbc.sql("update outbox_message set " + set
				+ ", claimed_by = null, claimed_until = null where id = :id and claimed_by = :me")
			.param("id", id)
			.param("me", instance);
		if (name != null) {
			statement = statement.param(name, value);
		}
		statement.update();
	}

	private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.text(), message.html());
		if (message.attachment() != null) {
			helper.addAttachment(message.attachmentName(),
					new ByteArrayResource(message.attachment().getBytes(StandardCharsets.UTF_8)),
					"text/calendar; charset=UTF-8; method=PUBLISH");
		}
		return mime;
	}

	/** The error as an admin reads it: its message, and its cause's, at most 1000 characters. */
	private static String describe(Exception ex) {
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
		Throwable cause = ex.getCause();
		if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
			text.append(": ").append(cause.getMessage());
		}
		return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
	}

}
