package io.runrub.care.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentView;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.Finding;
import io.runrub.care.notes.NoteContent;
import io.runrub.care.notes.TissueState;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import io.runrub.support.FixedClock;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, finding 2, end to end over HTTP: an admin creates a therapist login of their own, records a past
 * appointment between it and a runner through the history endpoint, and logs in as that therapist to read the runner's
 * clinical notes. Clinical access must follow care — an appointment the runner booked or confirmed — never an admin's
 * actions alone; and when access is granted, the log says who arranged it.
 */
@RunRubIntegrationTest
class ClinicalAccessAttackIntegrationTests {

	static final String MALLORY_EMAIL = "mallory-therapist@attacker.test";

	static final String MALLORY_PASSWORD = "velvet-otter-harbour-91";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	ClinicalRecords records;

	@Autowired
	JdbcClient jdbc;

	RunRubUser rosa;

	RunRubUser admin;

	MassageService sports;

	long johnsNote;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		rosa = clinic.runner("Rosa Runner");
		admin = clinic.admin();
		TherapistView john = clinic.therapist("John").offering(Modality.SPORTS).monToSat("06:00-22:00").create();
		sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
		// Rosa's real therapist: history the clinic recorded and Rosa confirmed, and the note John wrote
		AppointmentView treated = booking.recordPast(new AppointmentBooking.PastAppointment(
				RunnerId.of(rosa.accountId()), john.id(), sports.id(), FixedClock.NOW.minus(Duration.ofDays(7)),
				AccountId.of(admin.accountId())));
		booking.confirmHistory(treated.id(), rosa.actor());
		johnsNote = records.sign(treated.id(),
				new NoteContent(List.of(new Finding(BodyArea.CALVES, TissueState.TIGHT, 2)), List.of("Effleurage"),
						Pressure.FIRM, Pressure.FIRM, "Your calves were tight."),
				clinic.login(john).actor(), null)
			.note()
			.id();
	}

	@Test
	void anAdminCannotManufactureATreatingTherapistToReadARunnersNotes() throws Exception {
		long mallory = createMallory();
		long recorded = recordHistoryFor(mallory);

		mvc.perform(get("/api/v1/notes/{id}", johnsNote).with(httpBasic(MALLORY_EMAIL, MALLORY_PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/runners/{id}/insights", rosa.accountId())
			.with(httpBasic(MALLORY_EMAIL, MALLORY_PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/appointments/{id}/brief", recorded).with(httpBasic(MALLORY_EMAIL, MALLORY_PASSWORD)))
			.andExpect(status().isNotFound());

		assertThat(outcomesOf(johnsNote)).containsExactly("DENIED");
	}

	@Test
	void recordedHistoryOpensTheRecordOnceTheRunnerConfirmsItAndTheLogNamesWhoArrangedIt() throws Exception {
		long mallory = createMallory();
		long recorded = recordHistoryFor(mallory);

		// another runner cannot confirm it for Rosa, nor can the admin who recorded it
		RunRubUser sam = clinic.runner("Sam");
		mvc.perform(post("/api/v1/appointments/{id}/confirm", recorded).with(httpBasic(sam.email(), PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/appointments/{id}/confirm", recorded).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/notes/{id}", johnsNote).with(httpBasic(MALLORY_EMAIL, MALLORY_PASSWORD)))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/appointments/{id}/confirm", recorded).with(httpBasic(rosa.email(), PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/notes/{id}", johnsNote).with(httpBasic(MALLORY_EMAIL, MALLORY_PASSWORD)))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/admin/access-log").param("noteId", String.valueOf(johnsNote))
			.with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].outcome").value("READ"))
			.andExpect(jsonPath("$[0].grantAppointmentId").value(recorded))
			.andExpect(jsonPath("$[0].arrangedBy").value(admin.accountId()));
		clinic.awaitEvents();
		mvc.perform(get("/api/v1/admin/access-log/grants").param("runnerId", String.valueOf(rosa.accountId()))
			.with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].appointmentId").value(recorded))
			.andExpect(jsonPath("$[0].therapistId").value(mallory))
			.andExpect(jsonPath("$[0].kind").value("HISTORY_CONFIRMED"))
			.andExpect(jsonPath("$[0].arrangedBy").value(admin.accountId()))
			.andExpect(jsonPath("$[0].confirmedBy").value(rosa.accountId()));
	}

	@Test
	void aRunnersOwnBookingIsAGrantArrangedByTheRunner() throws Exception {
		TherapistView ann = clinic.therapist("Ann").offering(Modality.SPORTS).monToSat("06:00-22:00").create();
		Instant start = FixedClock.NOW.plus(Duration.ofDays(3));
		AppointmentView booked = booking.book(new AppointmentBooking.BookingRequest(RunnerId.of(rosa.accountId()),
				sports.id(), start, ann.id(), null));
		clinic.awaitEvents();
		mvc.perform(get("/api/v1/admin/access-log/grants").param("runnerId", String.valueOf(rosa.accountId()))
			.with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].appointmentId", hasItem((int) booked.id().value())))
			.andExpect(jsonPath("$[?(@.kind == 'BOOKED')].arrangedBy", hasItem((int) rosa.accountId())));
	}

	@Test
	void anAdminCannotCreateATherapistLoginWithTheirOwnEmail() throws Exception {
		mvc.perform(post("/api/v1/admin/therapists").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Ada as therapist", "email": "%s", "password": "%s", "modalities": ["SPORTS"]}"""
				.formatted(admin.email(), MALLORY_PASSWORD)))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from therapist").query(Long.class).single()).isEqualTo(1);
	}

	private long createMallory() throws Exception {
		String created = mvc.perform(post("/api/v1/admin/therapists").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Mallory", "email": "%s", "password": "%s", "modalities": ["SPORTS"]}"""
				.formatted(MALLORY_EMAIL, MALLORY_PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private long recordHistoryFor(long therapistId) throws Exception {
		String recorded = mvc.perform(post("/api/v1/admin/appointments").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"runnerEmail": "%s", "therapistId": %d, "serviceId": %d, "start": "%s"}"""
				.formatted(rosa.email(), therapistId, sports.id().value(), FixedClock.NOW.minus(Duration.ofDays(2)))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(recorded, "$.id")).longValue();
	}

	private List<String> outcomesOf(long noteId) {
		return jdbc.sql("select outcome from clinical_access_log where note_id = :note order by id")
			.param("note", noteId)
			.query(String.class)
			.list();
	}

}
