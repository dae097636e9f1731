package io.runrub.planner.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentRescheduled;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.generation.Suggestion;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import io.runrub.support.CheapPasswordHashing;
import io.runrub.support.FixedClock;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner as a module, started with only the modules it depends on (not care): what it does when booking says an
 * appointment moved. Modulith's {@link Scenario} publishes the event the way booking would and waits for the
 * planner's listener to change the stored plan — no sleeping, no full application.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({ FixedClock.class, CheapPasswordHashing.class, TestClinic.class })
class ReplanningModuleTests {

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	PlannedMassages planned;

	@Autowired
	Clock clock;

	@Test
	void anAppointmentMovedToAnotherDayTakesItsSuggestionWithIt(Scenario scenario) {
		clinic.reset();
		clinic.open();
		TherapistView alice = clinic.therapist("Alice").offering(Modality.SPORTS).monToSat("09:00-18:00").create();
		MassageService sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
		RunRubUser rosa = clinic.runner("Rosa");
		RunnerId runner = RunnerId.of(rosa.accountId());
		AppointmentView tuesday = booking.book(new AppointmentBooking.BookingRequest(runner, sports.id(),
				london("2026-03-31T10:00"), alice.id(), null));
		PlannedMassage suggestion = planned.save(new PlannedMassage(null, runner, LocalDate.of(2026, 3, 31),
				Suggestion.Kind.REGULAR, Modality.SPORTS, Pressure.MEDIUM, 60, sports.id(), sports.price(),
				List.of(BodyArea.CALVES), alice.id(), List.of(), List.of(), tuesday.id(), null, null, null, null, null),
				clock.instant());
		Instant thursday = london("2026-04-02T10:00");

		scenario
			.publish(new AppointmentRescheduled(tuesday.id(), runner, alice.id(), tuesday.start().toInstant(), thursday,
					io.runrub.accounts.Role.RUNNER, 1))
			.andWaitForStateChange(() -> planned.find(runner, suggestion.id()).orElseThrow(),
					massage -> !massage.date().equals(suggestion.date()))
			.andVerify(massage -> {
				assertThat(massage.date()).isEqualTo(LocalDate.of(2026, 4, 2));
				assertThat(massage.appointmentId()).isEqualTo(tuesday.id());
				assertThat(massage.isFlagged()).isFalse();
			});
	}

}
