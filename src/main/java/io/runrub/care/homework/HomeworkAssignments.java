package io.runrub.care.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.care.NoteId;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.TreatmentNote;
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

	private final ClinicalRecords records;

	private final ExerciseLibrary library;

	private final AccountDirectory accounts;

	private final ClinicCatalog catalog;

	private final Clock clock;

	HomeworkAssignments(Homeworks homeworks, ClinicalRecords records, ExerciseLibrary library,
			AccountDirectory accounts, ClinicCatalog catalog, Clock clock) {
		this.homeworks = homeworks;
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
	public HomeworkView assign(NoteId noteId, long exerciseId, int timesPerWeek, int weeks, Actor actor, String via) {
		return assignAt(noteId, exerciseId, timesPerWeek, weeks, actor, via, today(), clock.instant());
	}

	@Transactional
	public HomeworkView assignAt(NoteId noteId, long exerciseId, int timesPerWeek, int weeks, Actor actor, String via,
			LocalDate startsOn, Instant now) {
		TreatmentNote note = records.visible(noteId, actor, via, now);
		if (!AccountId.of(note.authorAccountId()).equals(actor.accountId())) {
			throw DomainException.forbidden("homework-not-note-author");
		}
		Exercise exercise = library.exercise(exerciseId);
		Homework homework = homeworks.save(Homework.assign(noteId.value(), note.runnerId(), exercise.id(), actor.accountId().value(),
				timesPerWeek, weeks, startsOn, now));
		return view(homework, exercise, List.of(), startsOn);
	}

	/** What the runner is doing now: homework active today, what is due today first. */
	@Transactional(readOnly = true)
	public List<HomeworkView> current(RunnerId runnerId) {
		LocalDate today = today();
		return of(runnerId, today).stream()
			.filter(view -> view.homework().isActiveOn(today))
			.sorted(Comparator.comparing((HomeworkView view) -> !view.progress().dueToday())
				.thenComparing(view -> view.homework().startsOn(), Comparator.reverseOrder()))
			.toList();
	}

	/** All of the runner's homework, newest first, with progress as of the day. */
	@Transactional(readOnly = true)
	public List<HomeworkView> of(RunnerId runnerId, LocalDate asOf) {
		return views(homeworks.findByRunnerIdOrderByStartsOnDescIdDesc(runnerId.value()), asOf);
	}

	/** The homework assigned from a note (the caller has been allowed to see the note). */
	@Transactional(readOnly = true)
	public List<HomeworkView> ofNote(NoteId noteId) {
		return views(homeworks.findByNoteIdOrderById(noteId.value()), today());
	}

	/** How the runner reports a go at their homework. Without a date, it is today. */
	public record CheckInInput(LocalDate date, CheckInStatus status, MissedReason reason, Integer minutes,
			Integer change, String text) {
	}

	/** The runner checks in on their own homework, for today or an earlier day of it. */
	@Transactional
	public HomeworkCheckIn checkIn(long homeworkId, RunnerId runnerId, CheckInInput input) {
		return checkInAt(homeworkId, runnerId, input, clock.instant());
	}

	@Transactional
	public HomeworkCheckIn checkInAt(long homeworkId, RunnerId runnerId, CheckInInput input, Instant now) {
		Homework homework = homeworks.findById(homeworkId)
			.filter(found -> found.runnerId() == runnerId.value())
			.orElseThrow(() -> DomainException.notFound("homework-not-found", homeworkId));
		Homework checkedIn = homeworks.save(homework.checkIn(runnerId.value(), input.date(), input.status(), input.reason(),
				input.minutes(), input.change(), input.text(), LocalDate.ofInstant(now, catalog.zone()), now));
		Set<Long> before = homework.checkIns().stream().map(HomeworkCheckIn::id).collect(Collectors.toSet());
		return checkedIn.checkIns().stream().filter(made -> !before.contains(made.id())).findFirst().orElseThrow();
	}

	private List<HomeworkView> views(List<Homework> list, LocalDate asOf) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Exercise> exercises = library.byIds(list.stream().map(Homework::exerciseId).collect(Collectors.toSet()));
		Set<Long> therapists = list.stream().map(Homework::assignedBy).collect(Collectors.toSet());
		Map<Long, String> names = accounts
			.findAll(therapists.stream().map(AccountId::of).collect(Collectors.toSet()))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getKey().value(), entry -> entry.getValue().name()));
		return list.stream()
			.map(homework -> new HomeworkView(homework, exercises.get(homework.exerciseId()),
					names.getOrDefault(homework.assignedBy(), ""),
					HomeworkProgress.of(homework, homework.checkInsInOrder(), asOf)))
			.toList();
	}

	private HomeworkView view(Homework homework, Exercise exercise, List<HomeworkCheckIn> checkIns, LocalDate asOf) {
		String name = accounts.find(AccountId.of(homework.assignedBy())).map(account -> account.name()).orElse("");
		return new HomeworkView(homework, exercise, name, HomeworkProgress.of(homework, checkIns, asOf));
	}

}
