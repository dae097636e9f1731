package io.runrub.care.body;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The runner's body check-ins (CARE-BODY-CHECKIN) and the trend per area. */
@Component
public class BodyLog {

	/** How far back a check-in may be dated. */
	public static final int MAX_DAYS_BACK = 366;

	private final BodyCheckIns checkIns;

	private final ClinicCatalog catalog;

	private final Clock clock;

	BodyLog(BodyCheckIns checkIns, ClinicCatalog catalog, Clock clock) {
		this.checkIns = checkIns;
		this.catalog = catalog;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), catalog.zone());
	}

	/** A check-in for today or an earlier day (without a date: today). */
	@Transactional
	public BodyCheckIn record(RunnerId runnerId, LocalDate date, Map<BodyArea, Integer> scores) {
		return recordAt(runnerId, date, scores, clock.instant());
	}

	@Transactional
	public BodyCheckIn recordAt(RunnerId runnerId, LocalDate date, Map<BodyArea, Integer> scores, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, catalog.zone());
		LocalDate day = date == null ? today : date;
		if (day.isAfter(today)) {
			throw DomainException.refused("body-check-in-date-in-future");
		}
		if (day.isBefore(today.minusDays(MAX_DAYS_BACK))) {
			throw DomainException.refused("body-check-in-date-too-early");
		}
		return checkIns.save(new BodyCheckIn(null, runnerId.value(), day, scores, now));
	}

	@Transactional(readOnly = true)
	public List<BodyCheckIn> between(RunnerId runnerId, LocalDate from, LocalDate to) {
		return checkIns.findByRunnerIdAndCheckInDateBetweenOrderByCheckInDateAscCreatedAtAscIdAsc(runnerId.value(), from, to);
	}

	@Transactional(readOnly = true)
	public Optional<LocalDate> latestDate(RunnerId runnerId) {
		return checkIns.findFirstByRunnerIdOrderByCheckInDateDesc(runnerId.value()).map(BodyCheckIn::date);
	}

	/** A day's score for an area. */
	public record DayScore(LocalDate date, int score) {
	}

	/**
	 * The trend per area from..to: for each area ever marked, its score on each day it was marked (the day's latest
	 * check-in counts), oldest first. Areas in the order of {@link BodyArea}.
	 */
	public static Map<BodyArea, List<DayScore>> trend(List<BodyCheckIn> checkIns) {
		Map<BodyArea, TreeMap<LocalDate, Integer>> byArea = new EnumMap<>(BodyArea.class);
		for (BodyCheckIn checkIn : checkIns) {
			checkIn.scores()
				.forEach((area, score) -> byArea.computeIfAbsent(area, key -> new TreeMap<>()).put(checkIn.date(), score));
		}
		Map<BodyArea, List<DayScore>> trend = new EnumMap<>(BodyArea.class);
		byArea.forEach((area, days) -> {
			List<DayScore> scores = new ArrayList<>();
			days.forEach((day, score) -> scores.add(new DayScore(day, score)));
			trend.put(area, scores);
		});
		return trend;
	}

}
