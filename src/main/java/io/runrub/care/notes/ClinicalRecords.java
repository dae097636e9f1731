package io.runrub.care.notes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentView;
import io.runrub.care.NoteId;
import io.runrub.care.access.AccessLog;
import io.runrub.care.access.CareAccess;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Treatment notes: signed by the appointment's therapist, amended only by appending, read only by therapists who
 * treat the runner — and every read logged (see {@link AccessLog}). Anyone else asking for a note by id is told it is
 * not found, and the attempt is logged.
 */
@Component
public class ClinicalRecords {

	private final TreatmentNotes notes;

	private final AppointmentCalendar calendar;

	private final CareAccess access;

	private final AccessLog log;

	private final AccountDirectory accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClinicalRecords(TreatmentNotes notes, AppointmentCalendar calendar, CareAccess access, AccessLog log,
			AccountDirectory accounts, TransactionTemplate transactions, Clock clock) {
		this.notes = notes;
		this.calendar = calendar;
		this.access = access;
		this.log = log;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The appointment's therapist signs its note, from the appointment's start on. One note per appointment; later
	 * changes are amendments.
	 * @param via the path the note is shown through, for the access log
	 */
	public NoteView sign(AppointmentId appointmentId, NoteContent content, Actor actor, String via) {
		return signAt(appointmentId, content, actor, via, clock.instant());
	}

	/** As {@link #sign}; without a path (demo data only) the response is not logged as a read, as nobody reads it. */
	public NoteView signAt(AppointmentId appointmentId, NoteContent content, Actor actor, String via, Instant now) {
		TherapistView therapist = access.requireTherapist(actor);
		AppointmentView appointment = calendar.find(appointmentId, actor);
		if (!appointment.therapistId().equals(therapist.id())) {
			throw DomainException.notFound("appointment-not-in-calendar", appointmentId.value());
		}
		if (!appointment.isBooked()) {
			throw DomainException.refused("note-appointment-cancelled");
		}
		TreatmentNote note = TreatmentNote.sign(appointment.id().value(), appointment.runnerId().value(), therapist.id().value(),
				actor.accountId().value(), appointment.start().toInstant(), content, now);
		TreatmentNote signed;
		try {
			signed = transactions.execute(status -> {
				if (notes.findByAppointment(appointmentId.value()).isPresent()) {
					throw alreadySigned();
				}
				return notes.insert(note);
			});
		}
		catch (DuplicateKeyException ex) {
			throw alreadySigned();
		}
		if (via != null) {
			logRead(actor, RunnerId.of(signed.runnerId()), signed.id(), via, now);
		}
		return view(signed, appointment);
	}

	/** The note's author appends an amendment; the original and earlier amendments stay as they were. */
	public NoteView amend(NoteId noteId, String reason, NoteChanges changes, Actor actor, String via) {
		return amendAt(noteId, reason, changes, actor, via, clock.instant());
	}

	public NoteView amendAt(NoteId noteId, String reason, NoteChanges changes, Actor actor, String via, Instant now) {
		TreatmentNote note = visible(noteId, actor, via, now);
		Amendment amendment = note.amend(actor.accountId().value(), reason, changes, now);
		try {
			transactions.executeWithoutResult(status -> notes.append(noteId.value(), amendment));
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("amendment-race");
		}
		TreatmentNote amended = notes.findById(noteId.value()).orElseThrow();
		if (via != null) {
			logRead(actor, RunnerId.of(amended.runnerId()), noteId.value(), via, now);
		}
		return view(amended, appointmentOf(amended));
	}

	/** A note with its amendment history, for a therapist who may see the runner's record. */
	public NoteView read(NoteId noteId, Actor actor, String via) {
		Instant now = clock.instant();
		TreatmentNote note = visible(noteId, actor, via, now);
		logRead(actor, RunnerId.of(note.runnerId()), noteId.value(), via, now);
		return view(note, appointmentOf(note));
	}

	/** The runner's latest notes (by appointment), newest first, each read logged. */
	public List<NoteView> latest(RunnerId runnerId, int count, Actor actor, String via) {
		if (!access.mayReadRecordOf(actor, runnerId)) {
			throw DomainException.notFound("runner-not-your-client", runnerId.value());
		}
		Instant now = clock.instant();
		List<DatedNote> all = notesOf(runnerId);
		List<NoteView> latest = new ArrayList<>();
		for (int i = all.size() - 1; i >= 0 && latest.size() < count; i--) {
			DatedNote dated = all.get(i);
			logRead(actor, runnerId, dated.note().id(), via, now);
			latest.add(view(dated.note(), dated.appointment()));
		}
		return latest;
	}

	/** Which of these appointments have a note, and its id: no content, for lists and links. */
	public Map<AppointmentId, NoteId> noteIds(Collection<AppointmentId> appointmentIds) {
		return notes.findByAppointments(appointmentIds.stream().map(AppointmentId::value).toList())
			.stream()
			.collect(Collectors.toMap(note -> AppointmentId.of(note.appointmentId()), note -> NoteId.of(note.id())));
	}

	/** The runner-facing feedback of the runner's notes, newest appointment first. */
	public List<RunnerFeedback> feedbackFor(RunnerId runnerId) {
		List<DatedNote> all = new ArrayList<>(notesOf(runnerId));
		java.util.Collections.reverse(all);
		return all.stream().map(dated -> {
			TreatmentNote note = dated.note();
			List<String> wordings = new ArrayList<>();
			wordings.add(note.original().feedbackForRunner());
			Instant updatedAt = null;
			for (Amendment amendment : note.amendments()) {
				if (amendment.changes().feedbackForRunner() != null) {
					wordings.add(amendment.changes().feedbackForRunner());
					updatedAt = amendment.amendedAt();
				}
			}
			String current = wordings.remove(wordings.size() - 1);
			java.util.Collections.reverse(wordings);
			return new RunnerFeedback(note.id(), note.appointmentId(), dated.appointment().start(),
					dated.appointment().therapistName(), dated.appointment().serviceName(), current, note.signedAt(),
					updatedAt, wordings);
		}).toList();
	}

	/** A note and its appointment. */
	public record DatedNote(TreatmentNote note, AppointmentView appointment) {
	}

	/** The runner's notes in the order of their appointments, oldest first. Not logged: for insights and checks. */
	public List<DatedNote> notesOf(RunnerId runnerId) {
		Map<Long, AppointmentView> appointments = calendar.forRunner(runnerId)
			.stream()
			.collect(Collectors.toMap(appointment -> appointment.id().value(), Function.identity()));
		return notes.findByRunner(runnerId.value())
			.stream()
			.filter(note -> appointments.containsKey(note.appointmentId()))
			.map(note -> new DatedNote(note, appointments.get(note.appointmentId())))
			.sorted(Comparator.comparing((DatedNote dated) -> dated.appointment().start().toInstant())
				.thenComparing(dated -> dated.note().id()))
			.toList();
	}

	/** The note, if the user may see it; otherwise the attempt is logged and the note is "not found". */
	public TreatmentNote visible(NoteId noteId, Actor actor, String via, Instant now) {
		Optional<TreatmentNote> found = notes.findById(noteId.value());
		if (found.isEmpty()) {
			log.record(actor.accountId().value(), noteId.value(), via, AccessLog.Outcome.MISSING, now);
			throw notFound(noteId.value());
		}
		if (!access.mayReadRecordOf(actor, RunnerId.of(found.get().runnerId()))) {
			log.record(actor.accountId().value(), noteId.value(), via, AccessLog.Outcome.DENIED, now);
			throw notFound(noteId.value());
		}
		return found.get();
	}

	/** A read, logged with what let the reader in and who arranged it. */
	private void logRead(Actor actor, RunnerId runnerId, long noteId, String via, Instant now) {
		log.record(actor.accountId().value(), noteId, via, AccessLog.Outcome.READ, now,
				access.grantFor(actor, runnerId).orElse(null));
	}

	private AppointmentView appointmentOf(TreatmentNote note) {
		return calendar.forRunner(RunnerId.of(note.runnerId()))
			.stream()
			.filter(appointment -> appointment.id().value() == note.appointmentId())
			.findFirst()
			.orElseThrow(() -> notFound(note.id()));
	}

	private NoteView view(TreatmentNote note, AppointmentView appointment) {
		Set<Long> ids = new HashSet<>();
		ids.add(note.authorAccountId());
		note.amendments().forEach(amendment -> ids.add(amendment.authorAccountId()));
		Map<Long, String> people = new HashMap<>();
		accounts.findAll(ids.stream().map(AccountId::of).toList())
			.forEach((id, account) -> people.put(id.value(), account.name()));
		return new NoteView(note, appointment, people);
	}

	private static DomainException.NotFound notFound(long noteId) {
		return DomainException.notFound("note-not-found", noteId);
	}

	private static DomainException.Conflict alreadySigned() {
		return DomainException.conflict("note-already-signed");
	}

}
