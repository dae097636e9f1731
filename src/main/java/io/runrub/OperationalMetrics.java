package io.runrub;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.runrub.booking.AppointmentBooked;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an operator watches on {@code /actuator/prometheus} (admins only), beside the refusals
 * ({@code runrub.refusals}, shared.web.Refusals) and import durations ({@code runrub.imports}, training):
 * <ul>
 * <li>{@code runrub.bookings}: appointments booked on this instance, counted when their transaction commits;</li>
 * <li>{@code runrub.messages{status}}: the outbox's messages by status (SENT, FAILED, QUEUED, KEPT, DROPPED) — read
 * from the database, so every instance reports the whole clinic's figures;</li>
 * <li>{@code runrub.messages.oldest.unsent} (seconds): the age of the oldest message still queued — a figure that
 * keeps rising means the dispatcher is not sending.</li>
 * </ul>
 */
@Component
class OperationalMetrics {

	static final List<String> MESSAGE_STATUSES = List.of("QUEUED", "SENT", "FAILED", "KEPT", "DROPPED");

	private final Counter bookings;

	private final JdbcClient jdbc;

	private final Clock clock;

	OperationalMetrics(MeterRegistry meters, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.bookings = Counter.builder("runrub.bookings")
			.description("Appointments booked (committed) on this instance")
			.register(meters);
		for (String status : MESSAGE_STATUSES) {
			Gauge.builder("runrub.messages", this, metrics -> metrics.messages(status))
				.description("Messages in the outbox, by status")
				.tag("status", status)
				.register(meters);
		}
		Gauge.builder("runrub.messages.oldest.unsent", this, OperationalMetrics::oldestUnsentSeconds)
			.description("Age of the oldest message not yet sent")
			.baseUnit("seconds")
			.register(meters);
	}

	@EventListener
	void booked(AppointmentBooked booked) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					bookings.increment();
				}
			});
		}
		else {
			bookings.increment();
		}
	}

	double messages(String status) {
		return jdbc.sql("select count(*) from outbox_message where status = :status")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	double oldestUnsentSeconds() {
		OffsetDateTime oldest = jdbc.sql("select min(created_at) from outbox_message where status = 'QUEUED'")
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		if (oldest == null) {
			return 0;
		}
		return Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
	}

}
