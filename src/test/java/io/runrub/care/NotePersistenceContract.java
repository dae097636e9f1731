package io.runrub.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentView;
import io.runrub.care.CareFixture.Therapist;
import io.runrub.care.body.BodyCheckIn;
import io.runrub.care.body.BodyLog;
import io.runrub.care.notes.Amendment;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.Finding;
import io.runrub.care.notes.NoteChanges;
import io.runrub.care.notes.NoteContent;
import io.runrub.care.notes.TissueState;
import io.runrub.care.notes.TreatmentNote;
import io.runrub.care.notes.TreatmentNotes;
import io.runrub.clinic.MassageService;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;

import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How notes, amendments and the care tables persist, run against H2 and against a real PostgreSQL by the two
 * subclasses: what was signed reads back exactly and is never changed by an amendment, an amendment number is taken
 * once even when amendments race, and the schema itself refuses what the domain never writes.
 */
@RunRubIntegrationTest
@Import(CareFixture.class)
abstract class NotePersistenceContract {

	@Autowired
	TreatmentNotes notes;

	@Autowired
	ClinicalRecords records;

	@Autowired
	BodyLog bodyLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CareFixture fixture;

	RunRubUser runner;

	Therapist therapist;

	MassageService service;

	@BeforeEach
	void setUp() {
		runner = fixture.runner("Rosa");
		therapist = fixture.therapist("John");
		service = fixture.service();
	}

	@Test
	void aSignedNoteAndItsAmendmentsReadBackExactlyAndTheSignedRowsStayAsTheyWere() {
		NoteContent signed = new NoteContent(
				List.of(new Finding(BodyArea.CALVES, TissueState.TIGHT, 2), new Finding(BodyArea.IT_BAND, TissueState.SCAR_TISSUE, 1)),
				List.of("Effleurage", "Stripping"), Pressure.FIRM, Pressure.DEEP, "Tight calves; an old scar on the IT band.");
		long id = records.sign(appointment().id(), signed, therapist.user().actor(), null).note().id();
		Map<String, Object> row = jdbc.sql("select * from treatment_note where id = :id").param("id", id).query().singleRow();

		records.amend(io.runrub.care.NoteId.of(id), "Techniques were recorded by mistake.", new NoteChanges(null, List.of(), null, null, null),
				therapist.user().actor(), null);
		records.amend(io.runrub.care.NoteId.of(id), "Calves were tender too.",
				new NoteChanges(List.of(new Finding(BodyArea.CALVES, TissueState.TENDER, 3)), null, Pressure.MEDIUM, null,
						"Tight and tender calves."),
				therapist.user().actor(), null);

		TreatmentNote note = notes.findById(id).orElseThrow();
		assertThat(note.original()).isEqualTo(signed);
		assertThat(note.amendments()).extracting(Amendment::sequence).containsExactly(1, 2);
		assertThat(note.amendments().get(0).changes()).isEqualTo(new NoteChanges(null, List.of(), null, null, null));
		assertThat(note.amendments().get(1).changes().findings())
			.containsExactly(new Finding(BodyArea.CALVES, TissueState.TENDER, 3));
		assertThat(note.current()).isEqualTo(new NoteContent(
				List.of(new Finding(BodyArea.CALVES, TissueState.TENDER, 3), new Finding(BodyArea.IT_BAND, TissueState.SCAR_TISSUE, 1)),
				List.of(), Pressure.MEDIUM, Pressure.DEEP, "Tight and tender calves."));
		assertThat(jdbc.sql("select * from treatment_note where id = :id").param("id", id).query().singleRow())
			.isEqualTo(row);
	}

	@Test
	void anAmendmentNumberIsTakenOnce() {
		long id = records.sign(appointment().id(), content("Signed."), therapist.user().actor(), null).note().id();
		Amendment first = new Amendment(1, therapist.user().accountId(), fixture.now(), "first",
				new NoteChanges(null, null, Pressure.DEEP, null, null));

		notes.append(id, first);

		assertThatThrownBy(() -> notes.append(id, first)).isInstanceOf(DuplicateKeyException.class);
		assertThat(notes.findById(id).orElseThrow().amendments()).hasSize(1);
	}

	@Test
	void racingAmendmentsNeverShareANumberAndNoneIsLostSilently() throws Exception {
		long id = records.sign(appointment().id(), content("Signed."), therapist.user().actor(), null).note().id();
		int threads = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Boolean>> results = new ArrayList<>();
		try {
			for (int i = 0; i < threads; i++) {
				String feedback = "Version " + i;
				Callable<Boolean> amend = () -> {
					start.await();
					try {
						records.amend(io.runrub.care.NoteId.of(id), "racing", new NoteChanges(null, null, null, null, feedback), therapist.user().actor(),
								null);
						return true;
					}
					catch (DomainException.Conflict ex) {
						return false;
					}
				};
				results.add(pool.submit(amend));
			}
			start.countDown();
			int succeeded = 0;
			for (Future<Boolean> result : results) {
				if (result.get(60, TimeUnit.SECONDS)) {
					succeeded++;
				}
			}
			List<Amendment> amendments = notes.findById(id).orElseThrow().amendments();
			assertThat(succeeded).isPositive();
			assertThat(amendments).hasSize(succeeded);
			assertThat(amendments).extracting(Amendment::sequence)
				.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, succeeded).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theSchemaRefusesWhatTheDomainNeverWrites() {
		long id = records.sign(appointment().id(), content("Signed."), therapist.user().actor(), null).note().id();

		assertThatThrownBy(() -> jdbc.sql("insert into treatment_finding (note_id, area, state, severity) values (:id, 'SHINS', 'TIGHT', 4)")
			.param("id", id)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("insert into treatment_finding (note_id, area, state, severity) values (:id, 'ELBOWS', 'TIGHT', 1)")
			.param("id", id)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("insert into treatment_note (appointment_id, runner_id, therapist_id, author_account_id, "
				+ "techniques, pressure, tolerance, feedback_for_runner, signed_at) select appointment_id, runner_id, therapist_id, "
				+ "author_account_id, techniques, pressure, tolerance, feedback_for_runner, signed_at from treatment_note where id = :id")
			.param("id", id)
			.update()).as("one note per appointment").isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("insert into body_check_in_area (body_check_in, area, score) values (-1, 'CALVES', 11)")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void bodyCheckInsReadBackInOrderWithTheLatestDay() {
		LocalDate today = fixture.today();
		bodyLog.recordAt(io.runrub.accounts.RunnerId.of(runner.accountId()), today.minusDays(3), Map.of(BodyArea.CALVES, 6, BodyArea.FEET, 1),
				fixture.now().minusSeconds(120));
		bodyLog.recordAt(io.runrub.accounts.RunnerId.of(runner.accountId()), today.minusDays(1), Map.of(BodyArea.CALVES, 4),
				fixture.now().minusSeconds(60));

		List<BodyCheckIn> found = bodyLog.between(io.runrub.accounts.RunnerId.of(runner.accountId()), today.minusDays(7), today);

		assertThat(found).extracting(BodyCheckIn::date).containsExactly(today.minusDays(3), today.minusDays(1));
		assertThat(found.get(0).scores()).isEqualTo(Map.of(BodyArea.CALVES, 6, BodyArea.FEET, 1));
		assertThat(bodyLog.latestDate(io.runrub.accounts.RunnerId.of(runner.accountId()))).contains(today.minusDays(1));
		assertThat(bodyLog.latestDate(io.runrub.accounts.RunnerId.of(fixture.runner("Nobody").accountId()))).isEmpty();
	}

	private AppointmentView appointment() {
		return fixture.past(runner, therapist, service, 1);
	}

	private static NoteContent content(String feedback) {
		return new NoteContent(List.of(new Finding(BodyArea.CALVES, TissueState.TIGHT, 1)), List.of(), Pressure.FIRM,
				Pressure.FIRM, feedback);
	}

}
