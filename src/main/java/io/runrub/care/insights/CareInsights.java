package io.runrub.care.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.runrub.care.body.BodyCheckIn;
import io.runrub.care.homework.HomeworkCheckIn;
import io.runrub.care.homework.CheckInStatus;
import io.runrub.care.homework.Homework;
import io.runrub.care.homework.MissedReason;
import io.runrub.care.notes.Finding;
import io.runrub.care.notes.TissueState;
import io.runrub.planner.rules.AdaptHomeworkThatDoesNotFit;
import io.runrub.planner.rules.CheckInWithYourBody;
import io.runrub.planner.rules.LookElsewhereWhenHomeworkFails;
import io.runrub.planner.rules.Reason;
import io.runrub.planner.rules.RecurringPainCallsForMovementAssessment;
import io.runrub.planner.rules.TherapistSharesFindings;
import io.runrub.planner.rules.TightCalvesPointToHills;
import io.runrub.planner.rules.WarmUpDynamicCoolDownStatic;
import io.runrub.planner.spi.CareSignals;
import io.runrub.shared.BodyArea;

/**
 * The insights of the care loop, as a pure function of hand-made facts: no Spring, no database, no clock. Each insight
 * comes from a rule of the catalogue ({@code planner.rules}) and carries its id and evidence grade.
 *
 * <ul>
 * <li>An area tight, tender or knotted in at least 3 of the last 4 notes: for the calves, CARE-CALF-HILLS, checked
 * against the runner's hill sessions and climb in the three weeks before the latest of those notes, compared with
 * their norm over the twelve weeks before that; for any other area, CARE-FEEDBACK.</li>
 * <li>Pain in the same area at least 3 times in the last 12 weeks, counting notes that found it tender and body
 * check-ins that scored it {@value #SORE} or more (one per day): TYPE-REFER-MOVEMENT.</li>
 * <li>For homework that is current or ended in the last 4 weeks: CARE-ELSEWHERE when done without improvement over
 * 3 check-ins, CARE-ADAPT when "too time-consuming" or "couldn't remember how it should feel" dominates.</li>
 * <li>CARE-BODY-CHECKIN when the last body check-in is a week old or there is none, and the CARE-WARMUP reminder.</li>
 * </ul>
 */
public final class CareInsights {

	/** Days of training before the latest note that count as "recent" for CARE-CALF-HILLS. */
	public static final int RECENT_DAYS = 21;

	/** The runner's norm: this many weeks before the recent ones, scaled to three weeks. */
	public static final int NORM_WEEKS = 12;

	/** A body check-in score from which an area counts as sore (painful), not just a little tight. */
	public static final int SORE = 5;

	/** How far back recurring pain is looked for. */
	public static final int PAIN_WINDOW_DAYS = 84;

	/** Homework that ended longer ago than this no longer gives insights. */
	public static final int HOMEWORK_WINDOW_DAYS = 28;

	private static final TightCalvesPointToHills CALF_HILLS = new TightCalvesPointToHills();

	private static final RecurringPainCallsForMovementAssessment MOVEMENT = new RecurringPainCallsForMovementAssessment();

	private static final LookElsewhereWhenHomeworkFails ELSEWHERE = new LookElsewhereWhenHomeworkFails();

	private static final AdaptHomeworkThatDoesNotFit ADAPT = new AdaptHomeworkThatDoesNotFit();

	private static final CheckInWithYourBody BODY = new CheckInWithYourBody();

	private static final WarmUpDynamicCoolDownStatic WARM_UP = new WarmUpDynamicCoolDownStatic();

	/** A note's findings as they read now, on the day of its appointment. */
	public record NoteFacts(LocalDate date, List<Finding> findings) {

		boolean tension(BodyArea area) {
			return findings.stream().anyMatch(finding -> finding.area() == area && finding.state().isTension());
		}

		boolean tender(BodyArea area) {
			return findings.stream().anyMatch(finding -> finding.area() == area && finding.state() == TissueState.TENDER);
		}

	}

	/** A completed run: whether it was a hill session, and the metres climbed (0 when not recorded). */
	public record RunFacts(LocalDate date, boolean hills, double climbMeters) {
	}

	/** A homework, its exercise's name, and its check-ins oldest first. */
	public record HomeworkFacts(String exercise, LocalDate endsOn, List<HomeworkCheckIn> checkIns) {
	}

	/** Everything the insights look at. */
	public record Facts(List<NoteFacts> notes, List<RunFacts> runs, List<HomeworkFacts> homework,
			List<BodyCheckIn> bodyCheckIns, LocalDate today) {
	}

	private CareInsights() {
	}

	public static List<Insight> of(Facts facts) {
		List<Insight> insights = new ArrayList<>();
		List<NoteFacts> notes = facts.notes().stream().sorted(Comparator.comparing(NoteFacts::date)).toList();
		List<NoteFacts> lastNotes = notes.subList(Math.max(0, notes.size() - TightCalvesPointToHills.OF_NOTES),
				notes.size());
		for (BodyArea area : BodyArea.values()) {
			int tense = (int) lastNotes.stream().filter(note -> note.tension(area)).count();
			if (tense < TightCalvesPointToHills.TIGHT_NOTES) {
				continue;
			}
			if (area == BodyArea.CALVES) {
				calvesAndHills(tense, lastNotes.size(), lastNotes.get(lastNotes.size() - 1).date(), facts.runs())
					.ifPresent(insights::add);
			}
			else {
				insights.add(Insight.of(TherapistSharesFindings.INFO.reason(String.format(Locale.UK,
						"%s: tight, tender or knotted in %d of your last %d treatment notes. Ask your therapist what "
								+ "may be behind it, and what it means for your training.",
						area.displayName(), tense, lastNotes.size()))));
			}
		}
		Set<BodyArea> pain = recurringPain(notes, facts.bodyCheckIns(), facts.today());
		MOVEMENT.choose(pain, false)
			.ifPresent(choice -> choice.reasons().forEach(reason -> insights.add(Insight.of(reason))));
		for (HomeworkFacts homework : recentHomework(facts)) {
			withoutImprovement(homework).map(Insight::of).ifPresent(insights::add);
			int missed = 0;
			int forgot = 0;
			int tooLong = 0;
			for (HomeworkCheckIn checkIn : homework.checkIns()) {
				if (checkIn.status() != CheckInStatus.DONE) {
					missed++;
					if (checkIn.reason() == MissedReason.FORGOT_HOW_IT_SHOULD_FEEL) {
						forgot++;
					}
					if (checkIn.reason() == MissedReason.TOO_TIME_CONSUMING) {
						tooLong++;
					}
				}
			}
			ADAPT.evaluate(homework.exercise(), missed, forgot, tooLong).map(Insight::of).ifPresent(insights::add);
		}
		LocalDate lastBodyCheckIn = facts.bodyCheckIns()
			.stream()
			.map(BodyCheckIn::date)
			.filter(date -> !date.isAfter(facts.today()))
			.max(Comparator.naturalOrder())
			.orElse(null);
		BODY.invite(lastBodyCheckIn, facts.today()).map(Insight::of).ifPresent(insights::add);
		insights.add(Insight.of(WARM_UP.reminder()));
		return insights;
	}

	/**
	 * What the planner asks of care ({@link CareSignals}), from the same facts and the same rules as the insights:
	 * the areas of TYPE-REFER-MOVEMENT, and whether CARE-ELSEWHERE fires for any recent homework.
	 */
	public static CareSignals.Signals signals(Facts facts) {
		List<NoteFacts> notes = facts.notes().stream().sorted(Comparator.comparing(NoteFacts::date)).toList();
		boolean withoutImprovement = recentHomework(facts).stream()
			.anyMatch(homework -> withoutImprovement(homework).isPresent());
		return new CareSignals.Signals(recurringPain(notes, facts.bodyCheckIns(), facts.today()), withoutImprovement);
	}

	/** Homework that is current or ended within {@link #HOMEWORK_WINDOW_DAYS}. */
	private static List<HomeworkFacts> recentHomework(Facts facts) {
		LocalDate from = facts.today().minusDays(HOMEWORK_WINDOW_DAYS);
		return facts.homework().stream().filter(homework -> !homework.endsOn().isBefore(from)).toList();
	}

	/** CARE-ELSEWHERE: done over the last check-ins without the area improving. */
	private static java.util.Optional<Reason> withoutImprovement(HomeworkFacts homework) {
		List<Integer> doneChanges = homework.checkIns()
			.stream()
			.filter(checkIn -> checkIn.status() == CheckInStatus.DONE && checkIn.change() != null)
			.map(HomeworkCheckIn::change)
			.toList();
		return ELSEWHERE.evaluate(homework.exercise(), doneChanges);
	}

	/**
	 * CARE-CALF-HILLS against the runs: the three weeks before the latest note, and the runner's norm over the twelve
	 * weeks before those, scaled to three weeks. It says what the data shows, including that there is none.
	 */
	static java.util.Optional<Insight> calvesAndHills(int tense, int notes, LocalDate latestNote, List<RunFacts> runs) {
		LocalDate recentFrom = latestNote.minusDays(RECENT_DAYS);
		LocalDate normFrom = recentFrom.minusWeeks(NORM_WEEKS);
		List<RunFacts> recent = runs.stream()
			.filter(run -> !run.date().isBefore(recentFrom) && run.date().isBefore(latestNote))
			.toList();
		List<RunFacts> norm = runs.stream()
			.filter(run -> !run.date().isBefore(normFrom) && run.date().isBefore(recentFrom))
			.toList();
		if (recent.isEmpty()) {
			return CALF_HILLS.evaluateWithoutTraining(tense, notes).map(Insight::of);
		}
		int recentHills = (int) recent.stream().filter(RunFacts::hills).count();
		double recentClimb = recent.stream().mapToDouble(RunFacts::climbMeters).sum();
		if (norm.isEmpty()) {
			return CALF_HILLS.evaluateWithoutNorm(tense, notes, recentHills, recentClimb).map(Insight::of);
		}
		double scale = RECENT_DAYS / (NORM_WEEKS * 7.0);
		double usualHills = norm.stream().filter(RunFacts::hills).count() * scale;
		double usualClimb = norm.stream().mapToDouble(RunFacts::climbMeters).sum() * scale;
		return CALF_HILLS.evaluate(tense, notes, recentHills, usualHills, recentClimb, usualClimb).map(Insight::of);
	}

	/**
	 * Areas where pain came back at least {@link RecurringPainCallsForMovementAssessment#RECURRING} times in the
	 * window: notes that found the area tender, and days whose latest body check-in scored it sore.
	 */
	static Set<BodyArea> recurringPain(List<NoteFacts> notes, List<BodyCheckIn> bodyCheckIns, LocalDate today) {
		LocalDate from = today.minusDays(PAIN_WINDOW_DAYS);
		Map<BodyArea, Integer> counts = new EnumMap<>(BodyArea.class);
		notes.stream()
			.filter(note -> !note.date().isBefore(from) && !note.date().isAfter(today))
			.forEach(note -> {
				for (BodyArea area : BodyArea.values()) {
					if (note.tender(area)) {
						counts.merge(area, 1, Integer::sum);
					}
				}
			});
		Map<LocalDate, BodyCheckIn> latestPerDay = new HashMap<>();
		bodyCheckIns.stream()
			.filter(checkIn -> !checkIn.date().isBefore(from) && !checkIn.date().isAfter(today))
			.forEach(checkIn -> latestPerDay.put(checkIn.date(), checkIn));
		latestPerDay.values()
			.forEach(checkIn -> checkIn.scores().forEach((area, score) -> {
				if (score >= SORE) {
					counts.merge(area, 1, Integer::sum);
				}
			}));
		Set<BodyArea> recurring = EnumSet.noneOf(BodyArea.class);
		counts.forEach((area, count) -> {
			if (count >= RecurringPainCallsForMovementAssessment.RECURRING) {
				recurring.add(area);
			}
		});
		return recurring;
	}

}
