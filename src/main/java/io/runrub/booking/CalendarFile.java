package io.runrub.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

import io.runrub.clinic.ClinicInfo;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An appointment as an iCalendar (RFC 5545) file that any calendar app can import, written by ical4j (which escapes
 * text). Lines are folded here at 75 octets as the RFC requires: ical4j folds by characters, which lets a line with
 * accented letters or emoji grow past 75 octets. The UID stays the same for the appointment's whole life and the
 * SEQUENCE rises with every move or cancellation, so that importing the file again updates the event instead of
 * adding a second one. Times are written in UTC, which every calendar shows in its own zone.
 */
final class CalendarFile {

	private CalendarFile() {
	}

	static String of(AppointmentView appointment, ClinicInfo clinic, Instant now) {
		VEvent event = new VEvent(false);
		event.add(new Uid("appointment-" + appointment.id().value() + "@runrub.io"));
		event.add(new DtStamp(now));
		event.add(new Sequence(appointment.sequence()));
		event.add(new DtStart<>(appointment.start().toInstant()));
		event.add(new DtEnd<>(appointment.end().toInstant()));
		event.add(new Summary(appointment.serviceName() + " with " + appointment.therapistName()));
		event.add(new Location(clinic.name() + (clinic.address().isBlank() ? "" : ", " + clinic.address())));
		event.add(new Description("%s, %d minutes, with %s at %s.".formatted(appointment.serviceName(),
				appointment.durationMinutes(), appointment.therapistName(), clinic.name())));
		event.add(appointment.isBooked() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//RunRub//Appointments//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(event);
		StringWriter unfolded = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, unfolded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StringBuilder ics = new StringBuilder();
		for (String line : unfolded.toString().split("\r\n")) {
			fold(ics, line);
		}
		return ics.toString();
	}

	/** Ends a content line with CRLF, folding it at 75 octets (RFC 5545 3.1) without splitting a character. */
	private static void fold(StringBuilder ics, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = utf8Length(codePoint);
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

	/** The octets of one code point in UTF-8 (RFC 3629), counted without encoding it. */
	private static int utf8Length(int codePoint) {
		return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
	}

}
