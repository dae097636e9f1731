package io.runrub.reports.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.Closure;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.reports.spi.PackageSales;
import io.runrub.shared.TimeWindow;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The four reports, each computed from a handful of set-based reads over its range (see {@link AppointmentFacts})
 * and the clinic's catalogue. Nothing here writes. Weeks are ISO weeks (Monday to Sunday) on the clinic's clock.
 */
@Service
public class Reports {

	/** A group of runners smaller than this is never shown. */
	public static final int SMALLEST_GROUP = 3;

	/** The days before a race a pre-race massage goes on (TIME-BEFORE-RACE: three, then two days before). */
	static final int PRE_RACE_FIRST = 3;

	static final int PRE_RACE_LAST = 2;

	/** The days after an A race a recovery massage goes on (one, then two days after). */
	static final int POST_RACE_FIRST = 1;

	static final int POST_RACE_LAST = 2;

	private final AppointmentFacts facts;

	private final ClinicCatalog catalog;

	private final ObjectProvider<PackageSales> packages;

	private final Clock clock;

	Reports(AppointmentFacts facts, ClinicCatalog catalog, ObjectProvider<PackageSales> packages, Clock clock) {
		this.facts = facts;
		this.catalog = catalog;
		this.packages = packages;
		this.clock = clock;
	}

	// ---- utilisation ----

	/** One therapist's week: minutes with clients against minutes at work; percent is empty without working time. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record UtilisationRow(String week, LocalDate weekStart, long therapistId, String therapist,
			long bookedMinutes, long workingMinutes, Integer percent) {
	}

	/**
	 * Booked minutes (each appointment's time with the client, buffers not counted) ÷ working minutes (weekly hours
	 * less breaks, time off and closed days), per therapist per ISO week. A week that the range cuts counts only the
	 * range's days. Therapists with neither working time nor bookings in a week are left out of that week.
	 */
	public List<UtilisationRow> utilisation(ReportRange range) {
		return utilisation(range, new AtWork(range));
	}

	/** Both utilisation reports, reading the therapists' time off once. */
	public record Utilisation(List<UtilisationRow> therapists, Optional<List<RoomUtilisationRow>> rooms) {
	}

	public Utilisation utilisationWithRooms(ReportRange range) {
		AtWork atWork = new AtWork(range);
		return new Utilisation(utilisation(range, atWork), roomUtilisation(range, atWork));
	}

	/** Who works in a range and what takes them away: read once for both utilisation reports. */
	private final class AtWork {

		final ZoneId zone = catalog.zone();

		final Instant start;

		final Instant end;

		final Set<LocalDate> closed;

		final List<TherapistView> therapists = catalog.allTherapists();

		final Map<TherapistId, List<TimeWindow>> away;

		AtWork(ReportRange range) {
			start = range.start(zone);
			end = range.end(zone);
			closed = closedDays(range.from(), range.to());
			away = timeOff(therapists, start, end);
		}

	}

	private List<UtilisationRow> utilisation(ReportRange range, AtWork atWork) {
		ZoneId zone = atWork.zone;
		Instant start = atWork.start;
		Instant end = atWork.end;
		Set<LocalDate> closed = atWork.closed;
		List<TherapistView> therapists = atWork.therapists;
		Map<TherapistId, List<TimeWindow>> away = atWork.away;
		Map<Long, Map<LocalDate, Long>> booked = new LinkedHashMap<>();
		for (AppointmentFacts.Booked appointment : facts.booked(start, end)) {
			LocalDate day = LocalDate.ofInstant(appointment.start(), zone);
			if (!day.isBefore(range.from()) && !day.isAfter(range.to())) {
				booked.computeIfAbsent(appointment.therapistId(), id -> new TreeMap<>())
					.merge(ReportRange.weekStart(day),
							java.time.Duration.between(appointment.start(), appointment.end()).toMinutes(), Long::sum);
			}
		}
		List<UtilisationRow> rows = new ArrayList<>();
		for (TherapistView therapist : therapists) {
			WorkingTime working = WorkingTime.of(zone, therapist.workingHours(), range.from(), range.to(), closed,
					away.getOrDefault(therapist.id(), List.of()));
			Map<LocalDate, Long> bookedByWeek = booked.getOrDefault(therapist.id().value(), Map.of());
			for (LocalDate week = ReportRange.weekStart(range.from()); !week.isAfter(range.to()); week = week
				.plusWeeks(1)) {
				LocalDate first = week.isBefore(range.from()) ? range.from() : week;
				LocalDate last = week.plusDays(6).isAfter(range.to()) ? range.to() : week.plusDays(6);
				long workingMinutes = working.minutes(first, last);
				long bookedMinutes = bookedByWeek.getOrDefault(week, 0L);
				if (workingMinutes == 0 && bookedMinutes == 0) {
					continue;
				}
				Integer percent = workingMinutes == 0 ? null
						: (int) Math.round(100.0 * bookedMinutes / workingMinutes);
				rows.add(new UtilisationRow(ReportRange.isoWeek(week), week, therapist.id().value(), therapist.name(),
						bookedMinutes, workingMinutes, percent));
			}
		}
		rows.sort(Comparator.comparing(UtilisationRow::weekStart).thenComparing(UtilisationRow::therapist));
		return rows;
	}

	/** One room's week: minutes booked in it against the minutes the clinic is open (any therapist at work). */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record RoomUtilisationRow(String week, LocalDate weekStart, long roomId, String room, long bookedMinutes,
			long openMinutes, Integer percent) {
	}

	/**
	 * Utilisation per room per ISO week, once the clinic has rooms: minutes of booked appointments in the room ÷
	 * minutes the clinic is open (at least one therapist at work). Empty while rooms are not in the schema.
	 */
	public Optional<List<RoomUtilisationRow>> roomUtilisation(ReportRange range) {
		return roomUtilisation(range, new AtWork(range));
	}

	private Optional<List<RoomUtilisationRow>> roomUtilisation(ReportRange range, AtWork atWork) {
		ZoneId zone = atWork.zone;
		return facts.inRooms(atWork.start, atWork.end).map(inRooms -> {
			Set<LocalDate> closed = atWork.closed;
			List<TherapistView> therapists = atWork.therapists;
			Map<TherapistId, List<TimeWindow>> away = atWork.away;
			WorkingTime open = WorkingTime.anyOf(therapists.stream()
				.map(therapist -> WorkingTime.of(zone, therapist.workingHours(), range.from(), range.to(), closed,
						away.getOrDefault(therapist.id(), List.of())))
				.toList());
			Map<Long, String> names = new TreeMap<>();
			Map<Long, Map<LocalDate, Long>> booked = new TreeMap<>();
			for (AppointmentFacts.InRoom inRoom : inRooms) {
				names.put(inRoom.roomId(), inRoom.room());
				booked.computeIfAbsent(inRoom.roomId(), id -> new TreeMap<>())
					.merge(weekOf(inRoom.start(), zone),
							java.time.Duration.between(inRoom.start(), inRoom.end()).toMinutes(), Long::sum);
			}
			List<RoomUtilisationRow> rows = new ArrayList<>();
			for (LocalDate week = ReportRange.weekStart(range.from()); !week.isAfter(range.to()); week = week
				.plusWeeks(1)) {
				LocalDate first = week.isBefore(range.from()) ? range.from() : week;
				LocalDate last = week.plusDays(6).isAfter(range.to()) ? range.to() : week.plusDays(6);
				long openMinutes = open.minutes(first, last);
				for (Map.Entry<Long, Map<LocalDate, Long>> room : booked.entrySet()) {
					long minutes = room.getValue().getOrDefault(week, 0L);
					rows.add(new RoomUtilisationRow(ReportRange.isoWeek(week), week, room.getKey(),
							names.get(room.getKey()), minutes, openMinutes,
							openMinutes == 0 ? null : (int) Math.round(100.0 * minutes / openMinutes)));
				}
			}
			return rows;
		});
	}

	// ---- attendance ----

	/**
	 * One week's appointments (every appointment starting that week, whatever became of it) and how many were
	 * cancelled; late cancellations and no-shows are empty while the clinic does not record them.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record AttendanceRow(String week, LocalDate weekStart, long appointments, long cancelled,
			Long lateCancelled, Long noShows) {
	}

	public List<AttendanceRow> attendance(ReportRange range) {
		ZoneId zone = catalog.zone();
		Instant start = range.start(zone);
		Instant end = range.end(zone);
		Map<LocalDate, long[]> weeks = new TreeMap<>();
		for (LocalDate week = ReportRange.weekStart(range.from()); !week.isAfter(range.to()); week = week.plusWeeks(1)) {
			weeks.put(week, new long[2]);
		}
		boolean recorded = facts.recordsAttendance();
		Map<LocalDate, long[]> late = new TreeMap<>();
		for (AppointmentFacts.Made made : facts.made(start, end)) {
			LocalDate week = weekOf(made.start(), zone);
			long[] counts = weeks.get(week);
			counts[0]++;
			if (made.cancelled()) {
				counts[1]++;
			}
			long[] recordedCounts = late.computeIfAbsent(week, w -> new long[2]);
			if (Boolean.TRUE.equals(made.late())) {
				recordedCounts[0]++;
			}
			if (Boolean.TRUE.equals(made.noShow())) {
				recordedCounts[1]++;
			}
		}
		Optional<Map<LocalDate, Long>> lateByWeek = recorded ? Optional.of(counted(late, 0)) : Optional.empty();
		Optional<Map<LocalDate, Long>> noShows = recorded ? Optional.of(counted(late, 1)) : Optional.empty();
		List<AttendanceRow> rows = new ArrayList<>();
		weeks.forEach((week, counts) -> rows.add(new AttendanceRow(ReportRange.isoWeek(week), week, counts[0],
				counts[1], lateByWeek.map(byWeek -> byWeek.getOrDefault(week, 0L)).orElse(null),
				noShows.map(byWeek -> byWeek.getOrDefault(week, 0L)).orElse(null))));
		return rows;
	}

	private static Map<LocalDate, Long> counted(Map<LocalDate, long[]> counts, int which) {
		Map<LocalDate, Long> byWeek = new TreeMap<>();
		counts.forEach((week, both) -> byWeek.put(week, both[which]));
		return byWeek;
	}

	/** Whether late cancellations and no-shows are recorded (the columns exist). */
	public boolean attendanceRecorded() {
		return facts.recordsAttendance();
	}

	private static LocalDate weekOf(Instant instant, ZoneId zone) {
		return ReportRange.weekStart(LocalDate.ofInstant(instant, zone));
	}

	// ---- revenue ----

	/** A service's (or a package's) revenue: how many and for how much, in the clinic's minor units. */
	public record RevenueRow(String kind, long id, String name, long count, long amountCents) {
	}

	/**
	 * Revenue by service: the appointments of the range that have already started and were not cancelled (nor, once
	 * attendance is recorded, missed), each at its service's price; then package sales, once packages are sold.
	 */
	public List<RevenueRow> revenue(ReportRange range) {
		ZoneId zone = catalog.zone();
		Instant start = range.start(zone);
		Instant now = clock.instant();
		Instant end = range.end(zone).isAfter(now) ? now : range.end(zone);
		List<RevenueRow> rows = new ArrayList<>();
		if (start.isBefore(end)) {
			Map<Long, Long> kept = facts.made(start, end)
				.stream()
				.filter(made -> !made.cancelled() && !Boolean.TRUE.equals(made.noShow()) && !made.paidByCredit())
				.collect(Collectors.groupingBy(AppointmentFacts.Made::serviceId, TreeMap::new, Collectors.counting()));
			Map<Long, MassageService> services = catalog.allServices()
				.stream()
				.collect(Collectors.toMap(service -> service.id().value(), service -> service));
			kept.forEach((serviceId, sold) -> {
				MassageService service = services.get(serviceId);
				if (service != null) {
					rows.add(new RevenueRow("SERVICE", serviceId, service.name(), sold,
							sold * service.price().minorUnits()));
				}
			});
		}
		rows.sort(Comparator.comparing(RevenueRow::amountCents).reversed().thenComparing(RevenueRow::name));
		for (PackageSales.Sold sold : packages.getIfAvailable(() -> PackageSales.NONE)
			.sold(range.start(zone), range.end(zone))) {
			rows.add(new RevenueRow("PACKAGE", sold.packageId(), sold.name(), sold.count(), sold.amountCents()));
		}
		return rows;
	}

	// ---- race-week demand ----

	/**
	 * A race day and what it asks of the clinic (in JSON, a withheld count is an explicit null). Counts of runners are {@code null} when fewer than
	 * {@link #SMALLEST_GROUP} runners are in the group (so are the minutes that would tell their number); free
	 * minutes are the clinic's (every active therapist's working time not booked) over the days before the race
	 * (three and two days before) and after it (one and two days after).
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record RaceDemandRow(LocalDate raceDate, int runnersRacing, Integer preRaceRunners,
			Integer preRaceToBook, Integer preRaceMinutesToBook, LocalDate preRaceFrom, LocalDate preRaceTo,
			long preRaceFreeMinutes, Integer postRaceRunners, Integer postRaceToBook, Integer postRaceMinutesToBook,
			LocalDate postRaceFrom, LocalDate postRaceTo, long postRaceFreeMinutes) {
	}

	/** The race days of a range that are shown, and how many were left out for having fewer than three runners. */
	public record RaceDemand(List<RaceDemandRow> days, int daysWithFewerRunners) {
	}

	/**
	 * For each day from..to (and not before today) with runners' A or B races: how many runners race, how many of
	 * them have a pre-race and a post-race massage in their plans, how many of those are not booked yet and how many
	 * minutes they need, against the clinic's free minutes in those windows. A day with fewer than three runners
	 * racing is not shown at all; any smaller group within a shown day shows as "fewer than 3 runners".
	 */
	public RaceDemand raceDemand(ReportRange range) {
		ZoneId zone = catalog.zone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate from = range.from().isBefore(today) ? today : range.from();
		if (from.isAfter(range.to())) {
			return new RaceDemand(List.of(), 0);
		}
		List<AppointmentFacts.RaceDay> raceDays = facts.raceDays(from, range.to());
		int hidden = (int) raceDays.stream().filter(day -> day.runners() < SMALLEST_GROUP).count();
		List<AppointmentFacts.RaceDay> shown = raceDays.stream().filter(day -> day.runners() >= SMALLEST_GROUP).toList();
		if (shown.isEmpty()) {
			return new RaceDemand(List.of(), hidden);
		}
		LocalDate windowFrom = shown.get(0).date().minusDays(PRE_RACE_FIRST);
		LocalDate windowTo = shown.get(shown.size() - 1).date().plusDays(POST_RACE_LAST);
		FreeTime free = freeTime(windowFrom, windowTo, zone);
		List<AppointmentFacts.Planned> planned = facts.plannedAroundRaces(from, range.to(), PRE_RACE_FIRST);
		List<RaceDemandRow> rows = new ArrayList<>();
		for (AppointmentFacts.RaceDay day : shown) {
			LocalDate preFrom = day.date().minusDays(PRE_RACE_FIRST);
			LocalDate preTo = day.date().minusDays(PRE_RACE_LAST);
			LocalDate postFrom = day.date().plusDays(POST_RACE_FIRST);
			LocalDate postTo = day.date().plusDays(POST_RACE_LAST);
			Group pre = group(planned, day.date(), true, preFrom, preTo);
			Group post = group(planned, day.date(), false, postFrom, postTo);
			rows.add(new RaceDemandRow(day.date(), day.runners(), pre.runners(), pre.toBook(), pre.minutesToBook(),
					preFrom, preTo, free.minutes(preFrom, preTo), post.runners(), post.toBook(), post.minutesToBook(),
					postFrom, postTo, free.minutes(postFrom, postTo)));
		}
		return new RaceDemand(rows, hidden);
	}

	/** A group of runners as it may be shown: counts below three withheld, with the minutes that would tell them. */
	private record Group(Integer runners, Integer toBook, Integer minutesToBook) {
	}

	private static Group group(List<AppointmentFacts.Planned> planned, LocalDate raceDate, boolean beforeRace,
			LocalDate from, LocalDate to) {
		Set<Long> runners = new HashSet<>();
		Set<Long> toBook = new HashSet<>();
		int minutes = 0;
		for (AppointmentFacts.Planned massage : planned) {
			if (massage.raceDate().equals(raceDate) && massage.beforeRace() == beforeRace
					&& !massage.date().isBefore(from) && !massage.date().isAfter(to)) {
				runners.add(massage.runnerId());
				if (!massage.booked()) {
					toBook.add(massage.runnerId());
					minutes += massage.minutes();
				}
			}
		}
		Integer toBookShown = shown(toBook.size());
		return new Group(shown(runners.size()), toBookShown, toBookShown == null ? null : minutes);
	}

	/** A count of runners as it may be shown: none, or three or more; one or two are withheld. */
	static Integer shown(int runners) {
		return runners == 0 || runners >= SMALLEST_GROUP ? runners : null;
	}

	/** The clinic's free minutes per day: every active therapist's working time less what is booked. */
	private record FreeTime(List<WorkingTime> therapists) {

		long minutes(LocalDate from, LocalDate to) {
			return therapists.stream().mapToLong(time -> time.minutes(from, to)).sum();
		}

	}

	private FreeTime freeTime(LocalDate from, LocalDate to, ZoneId zone) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<TherapistView> therapists = catalog.activeTherapists();
		Map<TherapistId, List<TimeWindow>> away = timeOff(therapists, start, end);
		Map<Long, List<TimeWindow>> booked = facts.booked(start, end)
			.stream()
			.collect(Collectors.groupingBy(AppointmentFacts.Booked::therapistId,
					Collectors.mapping(appointment -> new TimeWindow(appointment.blockStart(), appointment.blockEnd()),
							Collectors.toList())));
		Set<LocalDate> closed = closedDays(from, to);
		return new FreeTime(therapists.stream()
			.map(therapist -> WorkingTime
				.of(zone, therapist.workingHours(), from, to, closed, away.getOrDefault(therapist.id(), List.of()))
				.without(booked.getOrDefault(therapist.id().value(), List.of())))
			.toList());
	}

	private Set<LocalDate> closedDays(LocalDate from, LocalDate to) {
		return catalog.closures(from, to).stream().map(Closure::date).collect(Collectors.toSet());
	}

	private Map<TherapistId, List<TimeWindow>> timeOff(List<TherapistView> therapists, Instant from, Instant to) {
		if (therapists.isEmpty()) {
			return Map.of();
		}
		return catalog.timeOff(therapists.stream().map(TherapistView::id).toList(), from, to)
			.stream()
			.collect(Collectors.groupingBy(TimeOff::therapistId,
					Collectors.mapping(TimeOff::window, Collectors.toList())));
	}

}
