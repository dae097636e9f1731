package io.runrub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads appointments for the people allowed to see them: the runner, their therapist, admins. */
@Component
@Transactional(readOnly = true)
public class AppointmentCalendar {

	private final Appointments appointments;

	private final ClinicCatalog catalog;

	private final AccountDirectory accounts;

	private final Clock clock;

	AppointmentCalendar(Appointments appointments, ClinicCatalog catalog, AccountDirectory accounts, Clock clock) {
		this.appointments = appointments;
		this.catalog = catalog;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The appointment, if the viewer may see it; otherwise "not found", so that ids reveal nothing. */
	public AppointmentView find(AppointmentId id, Actor viewer) {
		return view(visible(id, viewer));
	}

	/** The appointment as an iCalendar file, for the people who may see it. */
	public String calendarFile(AppointmentId id, Actor viewer) {
		return calendarFile(find(id, viewer));
	}

	/** An appointment already found (by {@link #find}) as an iCalendar file: no second read of it. */
	public String calendarFile(AppointmentView appointment) {
		return CalendarFile.of(appointment, catalog.clinic(), clock.instant());
	}

	public List<AppointmentView> forRunner(RunnerId runnerId) {
		return views(appointments.findByRunner(runnerId));
	}

	/** How many past or cancelled appointments a runner's page shows at a time. */
	public static final int EARLIER_PER_PAGE = 20;

	/**
	 * What a runner's appointments page shows: every upcoming booked appointment (the booking horizon bounds them) and
	 * one page of the past and cancelled ones, newest first, {@value #EARLIER_PER_PAGE} at a time. Two bounded
	 * queries, however long the runner's history: the second asks for one row more than it shows, to know whether
	 * there are earlier ones.
	 * @param page 1 for the newest past appointments, 2 for the twenty before them, and so on
	 */
	public RunnersAppointments forRunnersPage(RunnerId runnerId, int page) {
		if (page < 1) {
			throw new IllegalArgumentException("page " + page);
		}
		Instant now = clock.instant();
		List<Appointment> upcoming = appointments.findUpcomingByRunner(runnerId, now);
		List<Appointment> earlier = appointments.findEarlierByRunner(runnerId, now, (page - 1) * EARLIER_PER_PAGE,
				EARLIER_PER_PAGE + 1);
		boolean more = earlier.size() > EARLIER_PER_PAGE;
		List<Appointment> shown = more ? earlier.subList(0, EARLIER_PER_PAGE) : earlier;
		// one views() for both lists: the catalogue and the runner's name read once
		List<AppointmentView> all = views(java.util.stream.Stream.concat(upcoming.stream(), shown.stream()).toList());
		return new RunnersAppointments(all.subList(0, upcoming.size()), all.subList(upcoming.size(), all.size()), page,
				more);
	}

	/**
	 * A runner's appointments page: the upcoming ones, one page of the past and cancelled ones (newest first), which
	 * page that is and whether there are earlier ones.
	 */
	public record RunnersAppointments(List<AppointmentView> upcoming, List<AppointmentView> past, int page,
			boolean hasEarlier) {
	}

	public List<AppointmentView> forTherapist(TherapistId therapistId, Instant from, Instant to) {
		return views(appointments.findByTherapist(therapistId, from, to));
	}

	/** What the viewer's own calendar holds: a runner's bookings, a therapist's clients, or everything for admins. */
	public List<AppointmentView> ownedBy(Actor viewer, Instant from, Instant to) {
		if (viewer.is(Role.RUNNER)) {
			return forRunner(viewer.runnerId());
		}
		if (viewer.is(Role.THERAPIST)) {
			return catalog.therapistForAccount(viewer.accountId())
				.map(therapist -> forTherapist(therapist.id(), from, to))
				.orElse(List.of());
		}
		return views(appointments.findAll(from, to));
	}

	/**
	 * Why the therapist is treating the runner, if they are: a booked appointment between them that the runner made or
	 * confirmed (see {@link CareGrant}). Recorded history that the runner has not confirmed is not a reason.
	 */
	public Optional<CareGrant> careGrant(TherapistId therapistId, RunnerId runnerId) {
		return appointments.careGrant(therapistId, runnerId);
	}

	/** The booked appointments overlapping [from, to), by start: the front desk's schedule (for admins). */
	public List<AppointmentView> clinicSchedule(Instant from, Instant to) {
		return views(appointments.findAll(from, to)).stream()
			.filter(AppointmentView::isBooked)
			.sorted(java.util.Comparator.comparing(AppointmentView::start))
			.toList();
	}

	/** Every appointment overlapping [from, to), whoever's: for the clinic's own checks, never shown as such. */
	List<AppointmentView> between(Instant from, Instant to) {
		return views(appointments.findAll(from, to));
	}

	Appointment visible(AppointmentId id, Actor viewer) {
		Appointment appointment = appointments.findById(id).orElseThrow(() -> notFound(id));
		boolean allowed = switch (viewer.role()) {
			case ADMIN -> true;
			case RUNNER -> appointment.runnerId().equals(viewer.runnerId());
			case THERAPIST -> catalog.therapistForAccount(viewer.accountId())
				.map(therapist -> appointment.therapistId().equals(therapist.id()))
				.orElse(false);
		};
		if (!allowed) {
			throw notFound(id);
		}
		return appointment;
	}

	/**
	 * One appointment: its therapist, service and room by id from the catalogue and its runner by id, not the maps of
	 * every therapist and service that {@link #views} builds for a list (the listeners after each booking ask for one).
	 */
	AppointmentView view(Appointment appointment) {
		ClinicInfo clinic = catalog.clinic();
		MassageService service = catalog.service(appointment.serviceId());
		String runner = accounts.find(AccountId.of(appointment.runnerId().value()))
			.map(AccountSummary::name)
			.orElse("");
		String room = appointment.roomId() == null ? null
				: catalog.allRooms()
					.stream()
					.filter(candidate -> candidate.id().equals(appointment.roomId()))
					.map(io.runrub.clinic.Room::name)
					.findFirst()
					.orElse(null);
		return view(appointment, clinic, clock.instant(), runner,
				catalog.therapist(appointment.therapistId()).name(), service, room);
	}

	private static AppointmentView view(Appointment appointment, ClinicInfo clinic, Instant now, String runner,
			String therapist, MassageService service, String room) {
		ZoneId zone = clinic.zone();
		return new AppointmentView(appointment.id(), appointment.runnerId(), runner, appointment.therapistId(),
				therapist, service.id(), service.name(), service.modality(), (int) appointment.length().toMinutes(),
				appointment.start().atZone(zone), appointment.end().atZone(zone), appointment.status(),
				appointment.canBeChangedByRunnerAt(now, clinic.policies()), appointment.sequence(),
				appointment.roomId(), room);
	}

	private List<AppointmentView> views(List<Appointment> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		Map<Long, TherapistView> therapists = catalog.allTherapists()
			.stream()
			.collect(Collectors.toMap(therapist -> therapist.id().value(), Function.identity()));
		Map<Long, MassageService> services = catalog.allServices()
			.stream()
			.collect(Collectors.toMap(service -> service.id().value(), Function.identity()));
		Map<io.runrub.clinic.RoomId, String> rooms = list.stream().anyMatch(appointment -> appointment.roomId() != null)
				? catalog.allRooms()
					.stream()
					.collect(Collectors.toMap(io.runrub.clinic.Room::id, io.runrub.clinic.Room::name))
				: Map.of();
		Set<AccountId> runnerIds = list.stream()
			.map(appointment -> AccountId.of(appointment.runnerId().value()))
			.collect(Collectors.toSet());
		Map<AccountId, AccountSummary> runners = accounts.findAll(runnerIds);
		return list.stream().map(appointment -> {
			AccountSummary runner = runners.get(AccountId.of(appointment.runnerId().value()));
			return view(appointment, clinic, now, runner == null ? "" : runner.name(),
					therapists.get(appointment.therapistId().value()).name(),
					services.get(appointment.serviceId().value()),
					appointment.roomId() == null ? null : rooms.get(appointment.roomId()));
		}).toList();
	}

	private static DomainException.NotFound notFound(AppointmentId id) {
		return DomainException.notFound("appointment-not-found", id.value());
	}

}
