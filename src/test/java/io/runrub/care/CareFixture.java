package io.runrub.care;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import org.springframework.boot.test.context.TestComponent;
import io.runrub.runners.Answers;
import io.runrub.runners.IntakeScreening;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.Finding;
import io.runrub.care.notes.NoteContent;
import io.runrub.care.notes.NoteView;
import io.runrub.care.notes.TissueState;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.runners.Answers;
import io.runrub.runners.IntakeScreening;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

import org.springframework.boot.test.context.TestComponent;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Builds what the care tests need through the application's own services: runners, therapists who work every day,
 * a service, appointments in the past (recorded as history) and in the future (booked), and signed notes. Every name
 * is unique, so tests sharing one database never see each other's people.
 */
@TestComponent
class CareFixture {

	static final String PASSWORD = "correct-horse-7";

	private final AccountRegistration registration;

	private final ClinicAdministration administration;

	private final ClinicCatalog catalog;

	private final AppointmentBooking booking;

	private final Availability availability;

	private final ClinicalRecords records;

	private final Clock clock;

	private final IntakeScreening screening;

	private final AppointmentCalendar calendar;

	CareFixture(AccountRegistration registration, ClinicAdministration administration, ClinicCatalog catalog,
			AppointmentBooking booking, Availability availability, ClinicalRecords records, Clock clock,
			IntakeScreening screening, AppointmentCalendar calendar) {
		this.screening = screening;
		this.calendar = calendar;
		this.registration = registration;
		this.administration = administration;
		this.catalog = catalog;
		this.booking = booking;
		this.availability = availability;
		this.records = records;
		this.clock = clock;
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	RunRubUser runner(String name) {
		AccountSummary account = registration.create(unique(name.toLowerCase()) + "@example.test", PASSWORD, name,
				Role.RUNNER);
		// like every runner, they answer the health questions before they can book
		screening.answer(RunnerId.of(account.id().value()), Answers.allNo(), null);
		return user(account);
	}

	RunRubUser admin() {
		return user(registration.create(unique("admin") + "@example.test", PASSWORD, "Ada Admin", Role.ADMIN));
	}

	/** A therapist who works every day from 06:00 to 22:00 and offers sports massage. */
	Therapist therapist(String name) {
		TherapistView view = administration.createTherapist(name, unique(name.toLowerCase()) + "@example.test",
				PASSWORD, "", EnumSet.of(Modality.SPORTS));
		List<WorkingPeriod> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.add(new WorkingPeriod(day, LocalTime.of(6, 0), LocalTime.of(22, 0)));
		}
		administration.setWorkingHours(view.id(), hours);
		AccountSummary account = new AccountSummary(view.accountId(), "", name, Role.THERAPIST);
		return new Therapist(view.id().value(), user(account));
	}

	record Therapist(long id, RunRubUser user) {
	}

	MassageService service() {
		return administration.createService(new ClinicAdministration.ServiceDetails(unique("Sports massage"),
				Modality.SPORTS, 60, 6000, 0, 15, true));
	}

	/** An appointment that took place the given number of days ago, at 10:00 in the clinic's zone. */
	AppointmentView past(RunRubUser runner, Therapist therapist, MassageService service, int daysAgo) {
		LocalDate day = LocalDate.ofInstant(clock.instant(), catalog.zone()).minusDays(daysAgo);
		Instant start = day.atTime(LocalTime.of(10, 0)).atZone(catalog.zone()).toInstant();
		AppointmentView recorded = booking.recordPast(new AppointmentBooking.PastAppointment(
				io.runrub.accounts.RunnerId.of(runner.accountId()), TherapistId.of(therapist.id()), service.id(), start,
				recorder()));
		// the runner confirms it, which is what lets the therapist into their clinical record
		return booking.confirmHistory(recorded.id(), runner.actor());
	}

	/** An appointment recorded as history by an admin that its runner has not confirmed (yet). */
	AppointmentView unconfirmedPast(RunRubUser runner, Therapist therapist, MassageService service, int daysAgo) {
		LocalDate day = LocalDate.ofInstant(clock.instant(), catalog.zone()).minusDays(daysAgo);
		Instant start = day.atTime(LocalTime.of(10, 0)).atZone(catalog.zone()).toInstant();
		return booking.recordPast(new AppointmentBooking.PastAppointment(
				io.runrub.accounts.RunnerId.of(runner.accountId()), TherapistId.of(therapist.id()), service.id(), start,
				recorder()));
	}

	/** An admin of the clinic, to record history: a new one each time, as tests empty the database in between. */
	private io.runrub.accounts.AccountId recorder() {
		return io.runrub.accounts.AccountId.of(admin().accountId());
	}

	/** The therapist's first free slot from tomorrow on that the runner is free for too, booked by the runner. */
	AppointmentView future(RunRubUser runner, Therapist therapist, MassageService service) {
		LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), catalog.zone()).plusDays(1);
		List<AppointmentView> runners = calendar.forRunner(io.runrub.accounts.RunnerId.of(runner.accountId()))
			.stream()
			.filter(AppointmentView::isBooked)
			.toList();
		Slot slot = availability.slots(service.id(), tomorrow, tomorrow.plusDays(3), TherapistId.of(therapist.id()))
			.stream()
			.filter(candidate -> runners.stream()
				.noneMatch(taken -> candidate.start().isBefore(taken.end().toInstant())
						&& taken.start().toInstant().isBefore(candidate.end())))
			.findFirst()
			.orElseThrow();
		return booking.book(new AppointmentBooking.BookingRequest(io.runrub.accounts.RunnerId.of(runner.accountId()), service.id(), slot.start(),
				TherapistId.of(therapist.id()), null));
	}

	NoteView note(AppointmentView appointment, Therapist therapist, TissueState calves, String feedback) {
		return records.sign(appointment.id(),
				new NoteContent(List.of(new Finding(BodyArea.CALVES, calves, calves == TissueState.NORMAL ? 0 : 2)),
						List.of("Effleurage"), Pressure.FIRM, Pressure.FIRM, feedback),
				therapist.user().actor(), null);
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), catalog.zone());
	}

	static RequestPostProcessor as(RunRubUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	private static RunRubUser user(AccountSummary account) {
		return new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
	}

}
