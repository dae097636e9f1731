package io.runrub.booking;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.ClinicPolicies;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.Modality;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar file of an appointment: read back with ical4j, the reference Java implementation of RFC 5545, and
 * checked line by line for what calendar apps are strict about (escaping, CRLF, folding at 75 octets).
 */
class CalendarFileTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

	private static final ClinicInfo CLINIC = clinic("Stride Sports Massage", "14 Riverside Walk, London SE1 9PX");

	@Test
	void readsBackWithTheAppointmentsStartAndEndAsUtcInstants() throws Exception {
		// 10:00-11:00 in London on 31 March 2026 is British Summer Time: 09:00-10:00 UTC
		String ics = CalendarFile.of(appointment("Sports massage", "Alice", AppointmentStatus.BOOKED), CLINIC, NOW);

		VEvent event = event(ics);

		assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-03-31T09:00:00Z"));
		assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2026-03-31T10:00:00Z"));
		assertThat(instant(event, Property.DTSTAMP)).isEqualTo(NOW);
		assertThat(value(event, Property.UID)).isEqualTo("appointment-42@runrub.io");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Sports massage with Alice");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Stride Sports Massage, 14 Riverside Walk, London SE1 9PX");
		assertThat(value(event, Property.DESCRIPTION))
			.isEqualTo("Sports massage, 60 minutes, with Alice at Stride Sports Massage.");
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(ics).contains("\r\nDTSTART:20260331T090000Z\r\n", "\r\nDTEND:20260331T100000Z\r\n");
	}

	@Test
	void keepsItsUidAndRaisesItsSequenceSoThatCalendarAppsUpdateTheirCopy() throws Exception {
		VEvent booked = event(CalendarFile.of(appointment("Sports massage", "Alice", AppointmentStatus.BOOKED, 0),
				CLINIC, NOW));
		VEvent movedTwice = event(CalendarFile.of(appointment("Sports massage", "Alice", AppointmentStatus.BOOKED, 2),
				CLINIC, NOW));

		assertThat(value(movedTwice, Property.UID)).isEqualTo(value(booked, Property.UID));
		assertThat(value(booked, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(movedTwice, Property.SEQUENCE)).isEqualTo("2");
	}

	@Test
	void aCancelledAppointmentIsACancelledEvent() throws Exception {
		String ics = CalendarFile.of(appointment("Sports massage", "Alice", AppointmentStatus.CANCELLED), CLINIC, NOW);

		assertThat(value(event(ics), Property.STATUS)).isEqualTo("CANCELLED");
	}

	@Test
	void escapesCommasSemicolonsAndBackslashesInText() throws Exception {
		String ics = CalendarFile.of(appointment("Legs; back, and feet", "O'Neill, Jo\\Joanne", AppointmentStatus.BOOKED),
				clinic("Stride; Sports, Massage", ""), NOW);

		assertThat(unfolded(ics)).contains("SUMMARY:Legs\\; back\\, and feet with O'Neill\\, Jo\\\\Joanne",
				"LOCATION:Stride\\; Sports\\, Massage");
		VEvent event = event(ics);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Legs; back, and feet with O'Neill, Jo\\Joanne");
		assertThat(value(event, Property.LOCATION)).as("no dangling comma for an empty address")
			.isEqualTo("Stride; Sports, Massage");
	}

	@Test
	void everyLineEndsWithCrlfAndNoneIsLongerThan75Octets() {
		String ics = CalendarFile.of(appointment("Deep tissue massage for the calves, hamstrings and lower back",
				"Alexandra-Marie Featherstonehaugh", AppointmentStatus.BOOKED),
				clinic("Stride Sports Massage & Recovery Centre",
						"Unit 4, The Old Biscuit Factory, 100 Clements Road, Bermondsey, London SE16 4DG"),
				NOW);

		assertThat(ics).endsWith("\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
		List<String> lines = lines(ics);
		assertThat(lines).allSatisfy(line -> assertThat(octets(line)).isLessThanOrEqualTo(75));
		assertThat(lines).as("long lines were folded").anySatisfy(line -> assertThat(line).startsWith(" "));
		assertThat(unfolded(ics)).contains("DESCRIPTION:Deep tissue massage for the calves\\, hamstrings and lower "
				+ "back\\, 60 minutes\\, with Alexandra-Marie Featherstonehaugh at Stride Sports Massage & Recovery "
				+ "Centre.");
	}

	@Test
	void aLineOf75OctetsStaysWholeAndOneOf76IsFoldedAfterThe75th() {
		// "SUMMARY:" is 8 octets and " with " 6: 8 + 55 + 6 + 6 = 75
		String exactly = lines(CalendarFile.of(appointment("S".repeat(55), "Alicia", AppointmentStatus.BOOKED), CLINIC,
				NOW))
			.stream()
			.filter(line -> line.startsWith("SUMMARY:"))
			.findFirst()
			.orElseThrow();
		List<String> longer = lines(
				CalendarFile.of(appointment("S".repeat(56), "Alicia", AppointmentStatus.BOOKED), CLINIC, NOW));
		int summary = longer.indexOf(longer.stream().filter(line -> line.startsWith("SUMMARY:")).findFirst().orElseThrow());

		assertThat(octets(exactly)).isEqualTo(75);
		assertThat(octets(longer.get(summary))).isEqualTo(75);
		assertThat(longer.get(summary + 1)).isEqualTo(" a");
	}

	@Test
	void foldsByOctetsWithoutSplittingAMultiByteCharacter() throws Exception {
		// é and ü take 2 octets, the runner emoji 4 (a surrogate pair in Java)
		String name = "Café Müller 🏃 ".repeat(6).strip();
		String ics = CalendarFile.of(appointment(name, "Zoë", AppointmentStatus.BOOKED), CLINIC, NOW);

		List<String> lines = lines(ics);
		assertThat(lines).allSatisfy(line -> {
			assertThat(octets(line)).isLessThanOrEqualTo(75);
			assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).as("ends inside a character: " + line)
				.isFalse();
		});
		assertThat(lines).filteredOn(line -> line.startsWith(" "))
			.allSatisfy(line -> assertThat(Character.isLowSurrogate(line.charAt(1))).isFalse());
		assertThat(value(event(ics), Property.SUMMARY)).isEqualTo(name + " with Zoë");
	}

	// the vocabulary of these tests

	private static AppointmentView appointment(String serviceName, String therapistName, AppointmentStatus status) {
		return appointment(serviceName, therapistName, status, 0);
	}

	private static AppointmentView appointment(String serviceName, String therapistName, AppointmentStatus status,
			int sequence) {
		return new AppointmentView(AppointmentId.of(42), RunnerId.of(7), "Rosa Runner", TherapistId.of(3),
				therapistName, ServiceId.of(5), serviceName, Modality.SPORTS, 60,
				ZonedDateTime.of(2026, 3, 31, 10, 0, 0, 0, LONDON), ZonedDateTime.of(2026, 3, 31, 11, 0, 0, 0, LONDON),
				status, true, sequence);
	}

	private static ClinicInfo clinic(String name, String address) {
		return new ClinicInfo(name, address, LONDON, Currency.getInstance("GBP"),
				new ClinicPolicies(Duration.ofHours(2), 60, Duration.ofHours(24)));
	}

	private static VEvent event(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String value(VEvent event, String property) {
		return event.<Property>getProperty(property).orElseThrow().getValue();
	}

	private static Instant instant(VEvent event, String property) {
		DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
		return Instant.from(date.getDate());
	}

	/** The physical lines, without their CRLF. */
	private static List<String> lines(String ics) {
		return Arrays.asList(ics.split("\r\n"));
	}

	/** The logical lines' text: folding undone as RFC 5545 3.1 says. */
	private static String unfolded(String ics) {
		return ics.replace("\r\n ", "");
	}

	private static int octets(String line) {
		return line.getBytes(StandardCharsets.UTF_8).length;
	}

}
