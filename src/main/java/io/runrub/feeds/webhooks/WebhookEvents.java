package io.runrub.feeds.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.runrub.booking.AppointmentBooked;
import io.runrub.booking.AppointmentCancelled;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentRescheduled;
import io.runrub.booking.AttendanceRecorded;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears booking's events (booked, moved, cancelled, attended) and queues a delivery to every endpoint in the listener's own transaction (the event
 * registry retries a listener that failed, and the delivery's key keeps a second run from queuing it twice). The
 * body names the event, its key and the appointment by id, with times in UTC:
 * {@code {"id": "appointment.moved:42:1", "type": "appointment.moved", "occurredAt": …, "appointment": {…}}}.
 */
@Component
class WebhookEvents {

	static final String BOOKED = "appointment.booked";

	static final String MOVED = "appointment.moved";

	static final String CANCELLED = "appointment.cancelled";

	static final String ATTENDED = "appointment.attended";

	private final Webhooks webhooks;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	WebhookEvents(Webhooks webhooks, Clock clock) {
		this.webhooks = webhooks;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked event) {
		Map<String, Object> appointment = appointment(event.appointmentId(), event.runnerId().value(),
				event.therapistId().value());
		appointment.put("serviceId", event.serviceId().value());
		appointment.put("start", event.start().toString());
		appointment.put("end", event.end().toString());
		queue(BOOKED + ":" + event.appointmentId().value(), BOOKED, appointment);
	}

	@ApplicationModuleListener
	void on(AppointmentRescheduled event) {
		Map<String, Object> appointment = appointment(event.appointmentId(), event.runnerId().value(),
				event.therapistId().value());
		appointment.put("previousStart", event.previousStart().toString());
		appointment.put("start", event.start().toString());
		appointment.put("sequence", event.sequence());
		appointment.put("changedBy", event.changedBy() == null ? null : event.changedBy().name());
		queue(MOVED + ":" + event.appointmentId().value() + ":" + event.sequence(), MOVED, appointment);
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled event) {
		Map<String, Object> appointment = appointment(event.appointmentId(), event.runnerId().value(),
				event.therapistId().value());
		appointment.put("start", event.start().toString());
		appointment.put("changedBy", event.changedBy() == null ? null : event.changedBy().name());
		appointment.put("late", event.late());
		queue(CANCELLED + ":" + event.appointmentId().value(), CANCELLED, appointment);
	}

	/** Whether the runner came, once recorded: {@code "attendance": "ATTENDED"} or {@code "NO_SHOW"}. */
	@ApplicationModuleListener
	void on(AttendanceRecorded event) {
		Map<String, Object> appointment = appointment(event.appointmentId(), event.runnerId().value(),
				event.therapistId().value());
		appointment.put("serviceId", event.serviceId().value());
		appointment.put("start", event.start().toString());
		appointment.put("attendance", event.attendance().name());
		queue(ATTENDED + ":" + event.appointmentId().value(), ATTENDED, appointment);
	}

	private static Map<String, Object> appointment(AppointmentId id, long runnerId, long therapistId) {
		Map<String, Object> appointment = new LinkedHashMap<>();
		appointment.put("id", id.value());
		appointment.put("runnerId", runnerId);
		appointment.put("therapistId", therapistId);
		return appointment;
	}

	private void queue(String key, String type, Map<String, Object> appointment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", key);
		body.put("type", type);
		body.put("occurredAt", Instant.now(clock).toString());
		body.put("appointment", appointment);
		webhooks.queue(key, type, json.writeValueAsString(body));
	}

}
