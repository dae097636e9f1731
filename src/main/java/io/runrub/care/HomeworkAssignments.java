package io.runrub.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework from a note, and the runner's check-ins on it. The note's author assigns it; the runner sees what is due
 * today and says honestly how it went; the therapist sees adherence and the reasons.
 */
@Component
public class HomeworkAssignments {

	private final Homeworks homeworks;

	private final TreatmentNotes notes;

	private final ClinicalRecords records;

	private final ExerciseLibrary library;

	private final AccountDirectory accounts;

	private final ClinicCatalog catalog;

	private final Clock clock;

	HomeworkAssignments(Homeworks homeworks, TreatmentNotes notes, ClinicalRecords records, ExerciseLibrary library,
			AccountDirectory accounts, ClinicCatalog catalog, Clock clock) {
		this.homeworks = homeworks;
		this.notes = notes;
		this.records = records;
		this.library = library;
		this.accounts = accounts;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Today in the clinic's zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), catalog.zone());
	}

	/**
	 * The note's author assigns an exercise from it, starting today.
	 * @param via the path, for the access log when the note may not be seen
	 */
	@Transactional
	public HomeworkView assign(long noteId, long exerciseId, int timesPerWeek, int weeks, RunRubUser user,
			String via) {
		return assignAt(noteId, exerciseId, timesPerWeek, weeks, user, via, today(), clock.instant());
	}

	@Transactional
	HomeworkView assignAt(long noteId, long exerciseId, int timesPerWeek, int weeks, RunRubUser user, String via,
			LocalDate startsOn, Instant now) {
		TreatmentNote note = records.visible(noteId, user, via, now);
		if (note.authorAccountId() != user.accountId()) {
			throw new DomainException.Forbidden("Only the therapist who signed this note can assign homework from it.");
		}
		Exercise exercise = library.exercise(exerciseId);
		Homework homework = homeworks.insert(Homework.assign(noteId, note.runnerId(), exercise.id(), user.accountId(),
				timesPerWeek, weeks, startsOn, now));
		return view(homework, exercise, List.of(), startsOn);
	}

	/** What the runner is doing now: homework active today, what is due today first. */
	@Transactional(readOnly = true)
	public List<HomeworkView> current(long runnerId) {
		LocalDate today = today();
		return of(runnerId, today).stream()
			.filter(view -> view.homework().isActiveOn(today))
			.sorted(Comparator.comparing((HomeworkView view) -> !view.progress().dueToday())
				.thenComparing(view -> view.homework().startsOn(), Comparator.reverseOrder()))
			.toList();
	}

	/** All of the runner's homework, newest first, with progress as of the day. */
	@Transactional(readOnly = true)
	public List<HomeworkView> of(long runnerId, LocalDate asOf) {
		return views(homeworks.findByRunner(runnerId), asOf);
	}

	/** The homework assigned from a note (the caller has been allowed to see the note). */
	@Transactional(readOnly = true)
	public List<HomeworkView> ofNote(long noteId) {
		return views(homeworks.findByNote(noteId), today());
	}

	/** How the runner reports a go at their homework. Without a date, it is today. */
	public record CheckInInput(LocalDate date, CheckInStatus status, MissedReason reason, Integer minutes,
			Integer change, String text) {
	}

	/** The runner checks in on their own homework, for today or an earlier day of it. */
	@Transactional
	public CheckIn checkIn(long homeworkId, long runnerId, CheckInInput input) {
		return checkInAt(homeworkId, runnerId, input, clock.instant());
	}

	@Transactional
	CheckIn checkInAt(long homeworkId, long runnerId, CheckInInput input, Instant now) {
		Homework homework = homeworks.findById(homeworkId)
			.filter(found -> found.runnerId() == runnerId)
			.orElseThrow(() -> new DomainException.NotFound("There is no homework " + homeworkId + " of yours."));
		LocalDate today = LocalDate.ofInstant(now, catalog.zone());
		LocalDate date = input.date() == null ? today : input.date();
		if (date.isAfter(today)) {
			throw new DomainException.RuleViolation("Date in the future", "You can check in for today or earlier days.");
		}
		if (!homework.isActiveOn(date)) {
			throw new DomainException.RuleViolation("Outside the homework", "This homework runs from %s to %s."
				.formatted(homework.startsOn(), homework.endsOn()));
		}
		return homeworks.insert(new CheckIn(null, homeworkId, runnerId, date, input.status(), input.reason(),
				input.minutes(), input.change(), input.text(), now));
	}

	private List<HomeworkView> views(List<Homework> list, LocalDate asOf) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Exercise> exercises = library.byIds(list.stream().map(Homework::exerciseId).collect(Collectors.toSet()));
		Map<Long, List<CheckIn>> checkIns = homeworks.checkIns(list.stream().map(Homework::id).toList())
			.stream()
			.collect(Collectors.groupingBy(CheckIn::homeworkId));
		Set<Long> therapists = list.stream().map(Homework::assignedBy).collect(Collectors.toSet());
		Map<Long, String> names = accounts.findAll(therapists.stream().map(AccountId::of).toList())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getKey().value(), entry -> entry.getValue().name()));
		return list.stream()
			.map(homework -> new HomeworkView(homework, exercises.get(homework.exerciseId()),
					names.getOrDefault(homework.assignedBy(), ""),
					HomeworkProgress.of(homework, checkIns.getOrDefault(homework.id(), List.of()), asOf)))
			.toList();
	}

	private HomeworkView view(Homework homework, Exercise exercise, List<CheckIn> checkIns, LocalDate asOf) {
		String name = accounts.find(AccountId.of(homework.assignedBy())).map(account -> account.name()).orElse("");
		return new HomeworkView(homework, exercise, name, HomeworkProgress.of(homework, checkIns, asOf));
	}

	/** Check-ins of the runner's homework, oldest first, for the insights. */
	@Transactional(readOnly = true)
	List<CheckIn> checkInsOf(List<Homework> list) {
		return homeworks.checkIns(list.stream().map(Homework::id).toList());
	}

}
