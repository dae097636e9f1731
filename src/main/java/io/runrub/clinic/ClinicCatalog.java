package io.runrub.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountId;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads the clinic's setup: what other modules ask about services, therapists, hours, time off and policies.
 *
 * <p>
 * The catalogue (the clinic's settings and policies, every therapist with modalities and hours, every service, every
 * room) is read once, in a few set-based queries, and kept in memory with the {@link CatalogVersion} it was read at. Each request
 * checks that number once (one primary-key read, remembered for the rest of the request unless this instance changes
 * the catalogue meanwhile) and reads the catalogue again when an admin change on any instance has bumped it; a request that changed the catalogue itself reads its own
 * uncommitted change and keeps it to itself. Time off is not cached: it is asked for by range, in one query. The clinic's
 * one row is read by hand (a single-row settings table, no aggregate to speak of), and so are the therapists here (the
 * aggregate's repository would read each therapist's modalities and hours one query at a time).
 */
@Component
public class ClinicCatalog {

	private static final String CHECKED = ClinicCatalog.class.getName() + ".checked";

	private final JdbcClient jdbc;

	private final MassageServices services;

	private final TimeOffs timeOff;

	private final CatalogVersion version;

	private final TransactionTemplate readOnly;

	private final AtomicReference<Snapshot> cached = new AtomicReference<>();

	private final Closures closures;

	/** Changes made through this instance so far: a request's remembered check is void once it moves on. */
	private final AtomicLong localChanges = new AtomicLong();

	/** A request's check of the version: the catalogue it found current, and this instance's changes by then. */
	private record Checked(Snapshot snapshot, long localChanges) {
	}

	private final Rooms rooms;

	ClinicCatalog(JdbcClient jdbc, MassageServices services, TimeOffs timeOff, CatalogVersion version,
			PlatformTransactionManager transactions, Closures closures, Rooms rooms) {
		this.rooms = rooms;
		this.closures = closures;
		this.jdbc = jdbc;
		this.services = services;
		this.timeOff = timeOff;
		this.version = version;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The catalogue as read at one version: therapists by name, services in the order the pages list them, the
	 * clinic's closed days by date (a few a year: every booking and availability check reads them).
	 */
	private record Snapshot(long version, ClinicInfo clinic, ClinicContact contact, List<TherapistView> therapists,
			Map<TherapistId, TherapistView> byId, Map<AccountId, TherapistView> byAccount,
			List<MassageService> services, Map<ServiceId, MassageService> servicesById,
			java.util.NavigableMap<java.time.LocalDate, Closure> closures, List<Room> rooms) {

		Snapshot(long version, ClinicInfo clinic, ClinicContact contact, List<TherapistView> therapists,
				List<MassageService> services, List<Closure> closures, List<Room> rooms) {
			this(version, clinic, contact, therapists,
					therapists.stream().collect(Collectors.toUnmodifiableMap(TherapistView::id, t -> t)),
					therapists.stream().collect(Collectors.toUnmodifiableMap(TherapistView::accountId, t -> t)),
					services,
					services.stream().collect(Collectors.toUnmodifiableMap(MassageService::id, s -> s)),
					byDate(closures), List.copyOf(rooms));
		}

	}

	private static java.util.NavigableMap<java.time.LocalDate, Closure> byDate(List<Closure> closures) {
		java.util.TreeMap<java.time.LocalDate, Closure> byDate = new java.util.TreeMap<>();
		closures.forEach(closure -> byDate.put(closure.date(), closure));
		return java.util.Collections.unmodifiableNavigableMap(byDate);
	}

	/** The clinic; before an admin (or demo mode) has set it up, a placeholder in Europe/London. */
	public ClinicInfo clinic() {
		return snapshot().clinic();
	}

	/**
	 * The clinic's phone and email (every page's footer, every message to clients); none before the clinic is set up.
	 * Changed only through {@link ClinicContacts#update}, which bumps the catalogue's version.
	 */
	ClinicContact contact() {
		return snapshot().contact();
	}

	public ZoneId zone() {
		return clinic().zone();
	}

	public List<MassageService> activeServices() {
		return snapshot().services().stream().filter(MassageService::active).toList();
	}

	public List<MassageService> allServices() {
		return snapshot().services();
	}

	public MassageService service(ServiceId id) {
		MassageService service = snapshot().servicesById().get(id);
		if (service == null) {
			throw DomainException.notFound("no-such-service", id);
		}
		return service;
	}

	public List<TherapistView> activeTherapists() {
		return snapshot().therapists().stream().filter(TherapistView::active).toList();
	}

	public List<TherapistView> allTherapists() {
		return snapshot().therapists();
	}

	public TherapistView therapist(TherapistId id) {
		TherapistView therapist = snapshot().byId().get(id);
		if (therapist == null) {
			throw DomainException.notFound("no-such-therapist", id);
		}
		return therapist;
	}

	/** Every treatment room, by name. */
	public List<Room> allRooms() {
		return snapshot().rooms();
	}

	/** The rooms a booking may take, by name. */
	public List<Room> activeRooms() {
		return snapshot().rooms().stream().filter(Room::active).toList();
	}

	public Room room(RoomId id) {
		return snapshot().rooms()
			.stream()
			.filter(room -> room.id().equals(id))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("no-such-room", id));
	}

	/** The therapist who logs in with this account, if it is a therapist's. */
	public Optional<TherapistView> therapistForAccount(AccountId accountId) {
		return Optional.ofNullable(snapshot().byAccount().get(accountId));
	}

	/** Active therapists who offer the modality, by name. */
	public List<TherapistView> qualifiedTherapists(Modality modality) {
		return activeTherapists().stream().filter(therapist -> therapist.offers(modality)).toList();
	}

	/** Forgets the catalogue: called by the change that bumps its version, so that this instance reads it again. */
	void changed() {
		localChanges.incrementAndGet();
		cached.set(null);
	}

	/**
	 * The current catalogue: the cached one when its version is still the database's (checked once per request), else
	 * read again. A catalogue read by a transaction that has changed it is that transaction's alone.
	 */
	private Snapshot snapshot() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		long changesSoFar = localChanges.get();
		if (request != null && request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) instanceof Checked seen
				&& seen.localChanges() == changesSoFar) {
			return seen.snapshot();
		}
		// outside a request (the event listeners after a booking, scheduled jobs) the check is remembered for the
		// transaction instead: a listener asks the catalogue a dozen times and would read the version each time
		if (request == null && TransactionSynchronizationManager.getResource(CHECKED) instanceof Checked seen
				&& seen.localChanges() == changesSoFar) {
			return seen.snapshot();
		}
		boolean ownChange = version.changedInThisTransaction();
		long current = version.current();
		Snapshot snapshot = cached.get();
		if (ownChange || snapshot == null || snapshot.version() != current) {
			snapshot = TransactionSynchronizationManager.isActualTransactionActive() ? load(current)
					: readOnly.execute(status -> load(current));
			if (!ownChange) {
				cached.set(snapshot);
			}
		}
		if (request != null && !ownChange) {
			request.setAttribute(CHECKED, new Checked(snapshot, changesSoFar), RequestAttributes.SCOPE_REQUEST);
		}
		else if (request == null && !ownChange && TransactionSynchronizationManager.isSynchronizationActive()) {
			rememberForTransaction(new Checked(snapshot, changesSoFar));
		}
		return snapshot;
	}

	/** Keeps the check until the transaction ends (bound to the thread like the transaction's own resources). */
	private static void rememberForTransaction(Checked checked) {
		if (TransactionSynchronizationManager.unbindResourceIfPossible(CHECKED) == null) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CHECKED);
				}
			});
		}
		TransactionSynchronizationManager.bindResource(CHECKED, checked);
	}

	/**
	 * Reads the catalogue; the version is read before the rows (by the caller), so a change that commits in between
	 * leaves a catalogue labelled older than it is, which the next check reads again, never the other way round.
	 */
	private Snapshot load(long atVersion) {
		ClinicInfo clinic = jdbc.sql("""
				select name, address, time_zone, currency, min_notice_minutes, max_days_ahead,
				       cancellation_cutoff_hours, late_cancel_fee_cents, no_show_fee_cents
				from clinic where id = 1""").query(ClinicCatalog::clinicInfo).optional().orElse(UNCONFIGURED);
		Map<Long, Set<Modality>> modalities = new HashMap<>();
		jdbc.sql("select therapist, modality from therapist_modality").query((ResultSet rs) -> {
			modalities.computeIfAbsent(rs.getLong("therapist"), id -> EnumSet.noneOf(Modality.class))
				.add(Modality.valueOf(rs.getString("modality")));
		});
		Map<Long, List<WorkingPeriod>> hours = new HashMap<>();
		jdbc.sql("select therapist, day_of_week, start_time, end_time from working_period").query((ResultSet rs) -> {
			hours.computeIfAbsent(rs.getLong("therapist"), id -> new ArrayList<>())
				.add(new WorkingPeriod(DayOfWeek.valueOf(rs.getString("day_of_week")),
						rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class)));
		});
		List<TherapistView> therapists = jdbc.sql("select id, account_id, name, bio, active, offers from therapist order by name, id")
			.query((rs, row) -> {
				long id = rs.getLong("id");
				List<WorkingPeriod> periods = hours.getOrDefault(id, List.of())
					.stream()
					.sorted(Comparator.comparing(WorkingPeriod::dayOfWeek).thenComparing(WorkingPeriod::startTime))
					.toList();
				Set<Modality> offered = modalities.getOrDefault(id, Set.of());
				return new TherapistView(TherapistId.of(id), AccountId.of(rs.getLong("account_id")),
						rs.getString("name"), rs.getString("bio"), rs.getBoolean("active"),
						Collections.unmodifiableSet(offered.isEmpty() ? EnumSet.noneOf(Modality.class)
								: EnumSet.copyOf(offered)),
						periods, Therapist.parseOffers(rs.getString("offers")));
			})
			.list();
		ClinicContact contact = jdbc.sql("select phone, email from clinic where id = 1")
			.query((rs, row) -> new ClinicContact(rs.getString("phone"), rs.getString("email")))
			.optional()
			.orElse(ClinicContact.NONE);
		return new Snapshot(atVersion, clinic, contact, therapists, services.findAll(clinic), closures.all(),
				rooms.all());
	}

	/** Time off of the given therapists that overlaps [from, to). */
	public List<TimeOff> timeOff(Collection<TherapistId> therapistIds, Instant from, Instant to) {
		return timeOff.overlapping(therapistIds, from, to);
	}

	/** The days the clinic is closed from..to (inclusive, the clinic's days), by date. */
	public List<Closure> closures(java.time.LocalDate from, java.time.LocalDate to) {
		return from.isAfter(to) ? List.of() : List.copyOf(snapshot().closures().subMap(from, true, to, true).values());
	}

	/** The closure of this clinic day, if it is closed. */
	public Optional<Closure> closureOn(java.time.LocalDate day) {
		return Optional.ofNullable(snapshot().closures().get(day));
	}

	private static ClinicInfo clinicInfo(ResultSet rs, int row) throws SQLException {
		return new ClinicInfo(rs.getString("name"), rs.getString("address"), ZoneId.of(rs.getString("time_zone")),
				Currency.getInstance(rs.getString("currency")),
				new ClinicPolicies(Duration.ofMinutes(rs.getInt("min_notice_minutes")), rs.getInt("max_days_ahead"),
						Duration.ofHours(rs.getInt("cancellation_cutoff_hours")), rs.getLong("late_cancel_fee_cents"),
						rs.getLong("no_show_fee_cents")));
	}

	static final ClinicInfo UNCONFIGURED = new ClinicInfo("RunRub clinic", "", ZoneId.of("Europe/London"),
			Currency.getInstance("GBP"), new ClinicPolicies(Duration.ofHours(2), 90, Duration.ofHours(24)));

}
