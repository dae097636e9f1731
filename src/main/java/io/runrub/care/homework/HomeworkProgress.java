package io.runrub.care.homework;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a runner stands with one homework: this week's goes and whether one is due today, and for the therapist the
 * adherence since it was assigned and the reasons given for goes missed.
 * @param expected goes that should surely be done by now, spread evenly over each week
 * @param adherencePercent done counts fully and partly done half, against what was expected (null before anything was
 * expected), at most 100
 * @param reasons why goes were missed or partly done, most frequent first
 * @param recent the latest check-ins, newest first
 */
public record HomeworkProgress(int attemptsThisWeek, boolean dueToday, boolean checkedInToday, int expected, int done,
		int partly, int notDone, Integer adherencePercent, Map<MissedReason, Integer> reasons, Integer averageMinutes,
		Integer latestChange, List<HomeworkCheckIn> recent) {

	public static final int RECENT = 5;

	public static HomeworkProgress of(Homework homework, List<HomeworkCheckIn> checkIns, LocalDate today) {
		List<HomeworkCheckIn> upToToday = checkIns.stream().filter(checkIn -> !checkIn.date().isAfter(today)).toList();
		LocalDate weekStart = homework.weekStartOf(today);
		int attemptsThisWeek = (int) upToToday.stream()
			.filter(checkIn -> !checkIn.date().isBefore(weekStart) && checkIn.attempted())
			.count();
		long checkInsToday = upToToday.stream().filter(checkIn -> checkIn.date().equals(today)).count();
		boolean dueToday = homework.isActiveOn(today) && attemptsThisWeek < homework.dueByEndOf(today)
				&& checkInsToday < homework.perDay();
		int done = count(upToToday, CheckInStatus.DONE);
		int partly = count(upToToday, CheckInStatus.PARTLY);
		int notDone = count(upToToday, CheckInStatus.NOT_DONE);
		int expected = homework.expectedBy(today);
		Integer adherence = expected == 0 ? null
				: (int) Math.min(100, Math.round(100.0 * (done + 0.5 * partly) / expected));
		Map<MissedReason, Integer> reasons = new EnumMap<>(MissedReason.class);
		upToToday.stream()
			.filter(checkIn -> checkIn.reason() != null)
			.forEach(checkIn -> reasons.merge(checkIn.reason(), 1, Integer::sum));
		Map<MissedReason, Integer> sortedReasons = new java.util.LinkedHashMap<>();
		reasons.entrySet()
			.stream()
			.sorted(Map.Entry.<MissedReason, Integer>comparingByValue().reversed())
			.forEach(entry -> sortedReasons.put(entry.getKey(), entry.getValue()));
		List<HomeworkCheckIn> newestFirst = upToToday.stream()
			.sorted(Comparator.comparing(HomeworkCheckIn::date)
				.thenComparing(HomeworkCheckIn::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
				.reversed())
			.toList();
		Integer averageMinutes = upToToday.stream()
			.filter(checkIn -> checkIn.attempted() && checkIn.minutes() != null)
			.mapToInt(HomeworkCheckIn::minutes)
			.average()
			.stream()
			.mapToObj(average -> (int) Math.round(average))
			.findFirst()
			.orElse(null);
		Integer latestChange = newestFirst.stream()
			.filter(checkIn -> checkIn.change() != null)
			.map(HomeworkCheckIn::change)
			.findFirst()
			.orElse(null);
		return new HomeworkProgress(attemptsThisWeek, dueToday, checkInsToday > 0, expected, done, partly, notDone,
				adherence, sortedReasons, averageMinutes, latestChange,
				newestFirst.subList(0, Math.min(RECENT, newestFirst.size())));
	}

	private static int count(List<HomeworkCheckIn> checkIns, CheckInStatus status) {
		return (int) checkIns.stream().filter(checkIn -> checkIn.status() == status).count();
	}

	public int checkIns() {
		return done + partly + notDone;
	}

}
