package io.runrub.feeds.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.training.spi.CalendarEntries;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
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
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's appointments as a calendar that apps subscribe to (RFC 5545). Each appointment keeps the UID its
 * calendar file has ({@code appointment-<id>@runrub.io}) and its SEQUENCE, which rises on every move or
 * cancellation, so a subscribed app updates the event instead of adding a second one. A cancelled appointment stays
 * as {@code STATUS:CANCELLED} for 30 days after its time, so apps that saw it remove it; booked ones are listed from
 * a year back. Times are in the clinic's zone with its {@code VTIMEZONE}; each booked appointment has a reminder
 * alarm at the clinic's reminder lead time. A runner's feed also carries the massages of their plan that are not
 * booked yet, as all-day {@code STATUS:TENTATIVE} events (free time, no alarm) on their planned days.
 */
@Component
public class SubscriptionCalendar {

	/** How long a cancelled appointment stays in the feed after its time. */
	static final Duration CANCELLED_KEPT = Duration.ofDays(30);

	/** How far ahead a runner's planned, not yet booked massages are listed. */
	static final int PLANNED_AHEAD_DAYS = 120;

	/** How far back booked appointments are listed. */
	static final Duration HISTORY = Duration.ofDays(365);

	private final AppointmentCalendar appointments;

	private final ClinicCatalog catalog;

	private final AccountDirectory accounts;

	private final MessageSourceAccessor messages;

	private final Duration reminderBefore;

	private final CalendarEntries planned;

	SubscriptionCalendar(AppointmentCalendar appointments, ClinicCatalog catalog, AccountDirectory accounts,
			MessageSourceAccessor messages, io.runrub.notifications.NotificationProperties notifications,
			org.springframework.beans.factory.ObjectProvider<CalendarEntries> planned) {
		this.appointments = appointments;
		this.planned = planned.getIfAvailable(() -> CalendarEntries.NONE);
		this.catalog = catalog;
		this.accounts = accounts;
		this.messages = messages;
		this.reminderBefore = notifications.reminderBefore();
	}

	/**
	 * The account's calendar at {@code now}, or empty if the account is gone, stopped (a therapist who left the
	 * clinic: their feed stops with their sessions) or has none (an admin).
	 */
	@Transactional(readOnly = true)
	public Optional<String> of(AccountId owner, Instant now) {
		Optional<AccountSummary> account = accounts.find(owner);
		if (account.isEmpty() || !accounts.isActive(owner)) {
			return Optional.empty();
		}
		List<AppointmentView> list;
		Instant from = now.minus(HISTORY);
		if (account.get().role() == Role.RUNNER) {
			list = appointments.forRunner(RunnerId.of(owner.value()));
		}
		else if (account.get().role() == Role.THERAPIST) {
			list = catalog.therapistForAccount(owner)
				.map(therapist -> appointments.forTherapist(therapist.id(), from, now.plus(Duration.ofDays(3650))))
				.orElse(List.of());
		}
		else {
			return Optional.empty();
		}
		boolean runner = account.get().role() == Role.RUNNER;
		List<AppointmentView> shown = new ArrayList<>();
		for (AppointmentView appointment : list) {
			Instant end = appointment.end().toInstant();
			if (appointment.isBooked() ? end.isAfter(from) : end.isAfter(now.minus(CANCELLED_KEPT))) {
				shown.add(appointment);
			}
		}
		List<CalendarEntries.Massage> tentative = List.of();
		if (runner) {
			java.time.LocalDate today = now.atZone(catalog.zone()).toLocalDate();
			tentative = planned.massages(RunnerId.of(owner.value()), today, today.plusDays(PLANNED_AHEAD_DAYS))
				.stream()
				.filter(massage -> !massage.booked())
				.toList();
		}
		return Optional.of(write(shown, tentative, owner, runner, catalog.clinic(), now));
	}

	private String write(List<AppointmentView> list, List<CalendarEntries.Massage> tentative, AccountId owner,
			boolean forRunner, ClinicInfo clinic, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//RunRub//Calendar feed//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", messages.getMessage("feeds.calendar.name", new Object[] { clinic.name() })));
		calendar.add(new XProperty("X-WR-TIMEZONE", clinic.zone().getId()));
		calendar.add(TimeZoneRegistryFactory.getInstance()
			.createRegistry()
			.getTimeZone(clinic.zone().getId())
			.getVTimeZone());
		String location = clinic.name() + (clinic.address().isBlank() ? "" : ", " + clinic.address());
		for (AppointmentView appointment : list) {
			VEvent event = new VEvent(false);
			event.add(new Uid("appointment-" + appointment.id().value() + "@runrub.io"));
			event.add(new DtStamp(now));
			event.add(new Sequence(appointment.sequence()));
			event.add(new DtStart<>(appointment.start()));
			event.add(new DtEnd<>(appointment.end()));
			String with = forRunner ? appointment.therapistName() : appointment.runnerName();
			event.add(new Summary(messages.getMessage("feeds.calendar.summary",
					new Object[] { appointment.serviceName(), with })));
			event.add(new Location(location));
			event.add(new Description(messages.getMessage("feeds.calendar.description",
					new Object[] { appointment.serviceName(), appointment.durationMinutes(), with, clinic.name() })));
			if (appointment.isBooked()) {
				event.add(ImmutableStatus.VEVENT_CONFIRMED);
				VAlarm alarm = new VAlarm(reminderBefore.negated());
				alarm.add(ImmutableAction.DISPLAY);
				alarm.add(new Description(messages.getMessage("feeds.calendar.summary",
						new Object[] { appointment.serviceName(), with })));
				event.add(alarm);
			}
			else {
				event.add(ImmutableStatus.VEVENT_CANCELLED);
			}
			calendar.add(event);
		}
		java.util.Map<java.time.LocalDate, Integer> perDay = new java.util.HashMap<>();
		for (CalendarEntries.Massage massage : tentative) {
			int n = perDay.merge(massage.date(), 1, Integer::sum);
			VEvent event = new VEvent(false);
			event.add(new Uid("planned-" + owner.value() + "-" + massage.date() + "-" + n + "@runrub.io"));
			event.add(new DtStamp(now));
			event.add(new Sequence(0));
			event.add(new DtStart<>(massage.date()));
			event.add(new DtEnd<>(massage.date().plusDays(1)));
			event.add(new Summary(messages.getMessage("feeds.calendar.planned",
					new Object[] { massage.modality().displayName() })));
			event.add(new Description(messages.getMessage("feeds.calendar.planned.description",
					new Object[] { massage.modality().displayName(), massage.durationMinutes(), clinic.name() })));
			event.add(ImmutableStatus.VEVENT_TENTATIVE);
			event.add(net.fortuna.ical4j.model.property.immutable.ImmutableTransp.TRANSPARENT);
			calendar.add(event);
		}
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
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
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
