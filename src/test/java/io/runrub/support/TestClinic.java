package io.runrub.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.runners.Answers;
import io.runrub.runners.IntakeScreening;
import io.runrub.shared.Modality;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the clinic a test talks about, through the application's own API: the clinic and its policies, therapists
 * and their hours and services through {@link ClinicAdministration}, runners through {@link AccountRegistration}.
 *
 * <pre>
 * clinic.open();
 * TherapistView alice = clinic.therapist("Alice").offering(SPORTS).weekdays("09:00-13:00", "14:00-18:00").create();
 * MassageService sports = clinic.service("Sports massage", SPORTS, 60).buffers(0, 15).create();
 * RunRubUser rosa = clinic.runner("Rosa");
 * </pre>
 */
public class TestClinic {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** The password of every account the tests create. */
	public static final String PASSWORD = "correct-horse-battery";

	/** The policies of {@link #open()}. */
	public static final int MIN_NOTICE_MINUTES = 120;

	public static final int MAX_DAYS_AHEAD = 60;

	public static final int CANCELLATION_CUTOFF_HOURS = 24;

	private final ClinicAdministration administration;

	private final AccountRegistration registration;

	private final JdbcClient jdbc;

	private final AtomicInteger sequence = new AtomicInteger();

	private final IntakeScreening screening;

	TestClinic(ClinicAdministration administration, AccountRegistration registration, JdbcClient jdbc,
			IntakeScreening screening) {
		this.administration = administration;
		this.registration = registration;
		this.jdbc = jdbc;
		this.screening = screening;
	}

	/** The instant of a wall-clock time in London, e.g. {@code london("2026-03-31T10:00")}. */
	public static Instant london(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
	}

	/** Empties every table the foundation writes, children first; the schema stays. */
	public void reset() {
		awaitEvents();
		jdbc.sql("delete from event_publication").update();
		for (String table : List.of("credit_use", "ledger_entry", "package_credit", "ledger_package")) { // ledger
			jdbc.sql("delete from " + table).update();
		}
		for (String table : List.of("waitlist_offer", "waitlist_entry", "clinical_access_log", "clinical_access_grant", "homework_check_in", "homework", "amendment_finding",
				"note_amendment", "treatment_finding", "treatment_note", "body_check_in_area", "body_check_in",
				"plan_suggestion", "runner_plan", "calendar_feed", "calendar_subscription", "race", "training_session",
				"appointment", "room", "time_off", "working_period", "therapist_modality", "therapist",
				"massage_service", "api_token", "login_failure", "outbox_message", "webhook_delivery", "webhook_endpoint", "password_reset", "account", "clinic_closure", "clinic")) {
			jdbc.sql("delete from " + table).update();
		}
		// the clinic's catalogue is cached with its version: rows deleted behind the application's back must bump it
		jdbc.sql("update catalog_version set version = version + 1 where id = 1").update();
	}

	/**
	 * Waits until every cross-module event published so far has been handled (completed or failed): listeners run
	 * asynchronously after the publishing transaction commits.
	 */
	public void awaitEvents() {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))""")
				.query(Long.class)
				.single() == 0);
	}

	/** A clinic in Europe/London: 2 hours' notice, up to 60 days ahead, changes until 24 hours before. */
	public void open() {
		open(MIN_NOTICE_MINUTES, MAX_DAYS_AHEAD, CANCELLATION_CUTOFF_HOURS);
	}

	public void open(int minNoticeMinutes, int maxDaysAhead, int cancellationCutoffHours) {
		administration.updateClinic(new ClinicAdministration.ClinicDetails("Stride Test Clinic",
				"1 Test Lane, London", LONDON.getId(), "GBP", minNoticeMinutes, maxDaysAhead,
				cancellationCutoffHours));
	}

	/** A runner who has answered the health questions with no to everything, so they may book. */
	public RunRubUser runner(String name) {
		RunRubUser runner = user(registration.signUpRunner(email(name), PASSWORD, name));
		screening.answer(RunnerId.of(runner.accountId()), Answers.allNo(), null);
		return runner;
	}

	public RunRubUser admin() {
		return user(registration.create(email("admin"), PASSWORD, "Ada Admin", Role.ADMIN));
	}

	/** The therapist's login, as the security layer would hand it to a controller. */
	public RunRubUser login(TherapistView therapist) {
		return new RunRubUser(therapist.accountId(), "", therapist.name(), Role.THERAPIST, null);
	}

	public TherapistBuilder therapist(String name) {
		return new TherapistBuilder(name);
	}

	public ServiceBuilder service(String name, Modality modality, int minutes) {
		return new ServiceBuilder(name, modality, minutes);
	}

	private String email(String name) {
		return name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + sequence.incrementAndGet()
				+ "@test.runrub.io";
	}

	private static RunRubUser user(AccountSummary account) {
		return new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
	}

	public final class TherapistBuilder {

		private final String name;

		private final Set<Modality> modalities = EnumSet.noneOf(Modality.class);

		private final List<WorkingPeriod> hours = new ArrayList<>();

		private boolean active = true;

		private TherapistBuilder(String name) {
			this.name = name;
		}

		public TherapistBuilder offering(Modality first, Modality... more) {
			modalities.add(first);
			modalities.addAll(List.of(more));
			return this;
		}

		/** Working periods on one day, e.g. {@code hours(MONDAY, "09:00-13:00", "14:00-18:00")}. */
		public TherapistBuilder hours(DayOfWeek day, String... periods) {
			for (String period : periods) {
				String[] times = period.split("-");
				hours.add(new WorkingPeriod(day, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
			}
			return this;
		}

		/** The same periods Monday to Saturday. */
		public TherapistBuilder monToSat(String... periods) {
			for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
				hours(day, periods);
			}
			return this;
		}

		public TherapistBuilder inactive() {
			active = false;
			return this;
		}

		public TherapistView create() {
			Set<Modality> offered = modalities.isEmpty() ? EnumSet.of(Modality.SPORTS) : modalities;
			TherapistView therapist = administration.createTherapist(name, email(name), PASSWORD,
					name + " treats runners.", offered);
			if (!active) {
				therapist = administration.updateTherapist(therapist.id(), therapist.name(), therapist.bio(),
						offered, false);
			}
			return hours.isEmpty() ? therapist : administration.setWorkingHours(therapist.id(), hours);
		}

	}

	/** A treatment room, active. */
	public io.runrub.clinic.Room room(String name) {
		return administration.createRoom(name);
	}

	public final class ServiceBuilder {

		private final String name;

		private final Modality modality;

		private final int minutes;

		private int bufferBefore;

		private int bufferAfter;

		private boolean active = true;

		private boolean roomRequired;

		private ServiceBuilder(String name, Modality modality, int minutes) {
			this.name = name;
			this.modality = modality;
			this.minutes = minutes;
		}

		public ServiceBuilder buffers(int beforeMinutes, int afterMinutes) {
			this.bufferBefore = beforeMinutes;
			this.bufferAfter = afterMinutes;
			return this;
		}

		public ServiceBuilder inactive() {
			active = false;
			return this;
		}

		/** A booking of it takes a free treatment room as well as a therapist. */
		public ServiceBuilder needsRoom() {
			roomRequired = true;
			return this;
		}

		public MassageService create() {
			return administration.createService(new ClinicAdministration.ServiceDetails(name, modality, minutes,
					minutes * 100, bufferBefore, bufferAfter, active, roomRequired));
		}

	}

}
