package io.runrub.care.notes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A treatment note is signed once and never changed: amendments are appended, the original stays as signed. */
class TreatmentNoteTests {

	static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

	static final long AUTHOR = 7;

	static final NoteContent SIGNED = new NoteContent(
			List.of(new Finding(BodyArea.HAMSTRINGS, TissueState.TIGHT, 1), new Finding(BodyArea.CALVES, TissueState.TIGHT, 2)),
			List.of("Effleurage", " Petrissage ", ""), Pressure.FIRM, Pressure.FIRM, "  Calves tight.  ");

	@Test
	void aNoteCanBeSignedFromTheAppointmentsStartButNotBefore() {
		assertThatThrownBy(() -> TreatmentNote.sign(1, 2, 3, AUTHOR, START, SIGNED, START.minusSeconds(1)))
			.isInstanceOf(DomainException.RuleViolation.class)
			.extracting("code").isEqualTo("note-before-appointment");

		TreatmentNote note = TreatmentNote.sign(1, 2, 3, AUTHOR, START, SIGNED, START);
		assertThat(note.signedAt()).isEqualTo(START);
		assertThat(note.amendments()).isEmpty();
		assertThat(note.current()).isEqualTo(note.original());
	}

	@Test
	void contentIsTidiedAndFindingsAreInTheOrderOfTheBodyAreas() {
		assertThat(SIGNED.findings()).extracting(Finding::area).containsExactly(BodyArea.CALVES, BodyArea.HAMSTRINGS);
		assertThat(SIGNED.techniques()).containsExactly("Effleurage", "Petrissage");
		assertThat(SIGNED.feedbackForRunner()).isEqualTo("Calves tight.");
	}

	@Test
	void anAmendmentKeepsTheOriginalAndChangesHowTheNoteReadsNow() {
		TreatmentNote note = signed();

		Amendment amendment = note.amend(AUTHOR, "Calves were tender, not only tight.",
				new NoteChanges(List.of(new Finding(BodyArea.CALVES, TissueState.TENDER, 2)), null, null, null,
						"Calves tight and tender."),
				START.plus(Duration.ofDays(1)));
		TreatmentNote amended = note.with(amendment);

		assertThat(amended.original()).isEqualTo(SIGNED);
		assertThat(amended.current().finding(BodyArea.CALVES)).contains(new Finding(BodyArea.CALVES, TissueState.TENDER, 2));
		assertThat(amended.current().finding(BodyArea.HAMSTRINGS))
			.contains(new Finding(BodyArea.HAMSTRINGS, TissueState.TIGHT, 1));
		assertThat(amended.current().feedbackForRunner()).isEqualTo("Calves tight and tender.");
		assertThat(amended.current().pressure()).isEqualTo(Pressure.FIRM);
		assertThat(amendment.sequence()).isEqualTo(1);
		assertThat(amendment.authorAccountId()).isEqualTo(AUTHOR);
		assertThat(amended.lastChangedAt()).isEqualTo(START.plus(Duration.ofDays(1)));
	}

	@Test
	void amendmentsApplyInOrderAndAreNumbered() {
		TreatmentNote note = signed();
		note = note.with(note.amend(AUTHOR, "tolerance", new NoteChanges(null, null, null, Pressure.MEDIUM, null), START));
		Amendment second = note.amend(AUTHOR, "tolerance again",
				new NoteChanges(null, null, null, Pressure.LIGHT, null), START);
		note = note.with(second);

		assertThat(second.sequence()).isEqualTo(2);
		assertThat(note.current().tolerance()).isEqualTo(Pressure.LIGHT);
		assertThat(note.original().tolerance()).isEqualTo(Pressure.FIRM);
	}

	@Test
	void onlyWhatReallyChangesIsRecorded() {
		TreatmentNote note = signed();

		Amendment amendment = note.amend(AUTHOR, "pressure",
				new NoteChanges(List.of(new Finding(BodyArea.CALVES, TissueState.TIGHT, 2)), List.of("Effleurage", "Petrissage"),
						Pressure.DEEP, Pressure.FIRM, "Calves tight."),
				START);

		assertThat(amendment.changes()).isEqualTo(new NoteChanges(null, null, Pressure.DEEP, null, null));
	}

	@Test
	void anAmendmentThatChangesNothingIsRefused() {
		assertThatThrownBy(() -> signed().amend(AUTHOR, "nothing",
				new NoteChanges(null, null, Pressure.FIRM, null, "Calves tight."), START))
			.isInstanceOf(DomainException.RuleViolation.class)
			.extracting("code").isEqualTo("amendment-changes-nothing");
	}

	@Test
	void anAmendmentNeedsAReason() {
		assertThatThrownBy(() -> signed().amend(AUTHOR, "  ", new NoteChanges(null, null, Pressure.DEEP, null, null), START))
			.isInstanceOf(DomainException.RuleViolation.class)
			.extracting("code").isEqualTo("amendment-no-reason");
	}

	@Test
	void onlyTheAuthorAmends() {
		assertThatThrownBy(
				() -> signed().amend(AUTHOR + 1, "mine now", new NoteChanges(null, null, Pressure.DEEP, null, null), START))
			.isInstanceOf(DomainException.Forbidden.class);
	}

	@Test
	void aFindingSaysOneThing() {
		assertThatThrownBy(() -> new Finding(BodyArea.CALVES, TissueState.NORMAL, 2))
			.isInstanceOf(DomainException.RuleViolation.class)
			.extracting("code").isEqualTo("finding-normal-severity");
		assertThatThrownBy(() -> new Finding(BodyArea.CALVES, TissueState.TIGHT, 0))
			.extracting("code").isEqualTo("finding-severity-missing");
		assertThatThrownBy(() -> new Finding(BodyArea.CALVES, TissueState.KNOTTED, 4))
			.extracting("code").isEqualTo("finding-severity-invalid");
	}

	@Test
	void aNoteHasFindingsOnePerAreaAndFeedback() {
		assertThatThrownBy(() -> new NoteContent(List.of(), List.of(), Pressure.FIRM, Pressure.FIRM, "x"))
			.extracting("code").isEqualTo("note-no-findings");
		assertThatThrownBy(() -> new NoteContent(
				List.of(new Finding(BodyArea.CALVES, TissueState.TIGHT, 1), new Finding(BodyArea.CALVES, TissueState.NORMAL, 0)),
				List.of(), Pressure.FIRM, Pressure.FIRM, "x"))
			.extracting("code").isEqualTo("finding-area-twice");
		assertThatThrownBy(() -> new NoteContent(List.of(new Finding(BodyArea.CALVES, TissueState.TIGHT, 1)), List.of(),
				Pressure.FIRM, Pressure.FIRM, " "))
			.extracting("code").isEqualTo("note-no-feedback");
		assertThatThrownBy(() -> new NoteContent(List.of(new Finding(BodyArea.CALVES, TissueState.TIGHT, 1)),
				List.of("two\nlines"), Pressure.FIRM, Pressure.FIRM, "x"))
			.extracting("code").isEqualTo("note-technique-invalid");
	}

	static TreatmentNote signed() {
		TreatmentNote note = TreatmentNote.sign(1, 2, 3, AUTHOR, START, SIGNED, START);
		return new TreatmentNote(10L, note.appointmentId(), note.runnerId(), note.therapistId(),
				note.authorAccountId(), note.signedAt(), note.original(), note.amendments());
	}

}
