package io.runrub.booking;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.runrub.clinic.ClinicInfo;

/**
 * An appointment as an iCalendar (RFC 5545) file that any calendar app can import. Times are written in UTC, which
 * every calendar shows in its own zone; text is escaped and lines folded as the RFC requires.
 */
final class CalendarFile {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private CalendarFile() {
	}

	static String of(AppointmentView appointment, ClinicInfo clinic, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//RunRub//Appointments//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:appointment-" + appointment.id() + "@runrub.io");
		line(ics, "DTSTAMP:" + UTC.format(now));
		line(ics, "DTSTART:" + UTC.format(appointment.start().toInstant()));
		line(ics, "DTEND:" + UTC.format(appointment.end().toInstant()));
		line(ics, "SUMMARY:" + text(appointment.serviceName() + " with " + appointment.therapistName()));
		line(ics, "LOCATION:" + text(clinic.name() + (clinic.address().isBlank() ? "" : ", " + clinic.address())));
		line(ics, "DESCRIPTION:" + text("%s, %d minutes, with %s at %s.".formatted(appointment.serviceName(),
				appointment.durationMinutes(), appointment.therapistName(), clinic.name())));
		line(ics, "STATUS:" + (appointment.isBooked() ? "CONFIRMED" : "CANCELLED"));
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** Escapes TEXT values (RFC 5545 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Ends a content line with CRLF, folding it at 75 octets (RFC 5545 3.1) without splitting a character. */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
