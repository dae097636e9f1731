package io.runrub.booking;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.VisitPreferences;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.shared.VisitWish;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15: "any therapist" in booking follows TYPE-THERAPIST-FIT — what the runner wants from the visit before who is
 * least busy, and never a therapist the runner asked to avoid.
 */
@RunRubIntegrationTest
class AnyTherapistFitIntegrationTests {

	static final String TUESDAY = "2026-03-24T";

	@Autowired
	TestClinic clinic;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	ProfileKeeping profiles;

	@Autowired
	AppointmentCalendar calendar;

	TherapistView john;

	TherapistView mike;

	MassageService sports;

	RunRubUser rosa;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		john = clinic.therapist("John").offering(Modality.SPORTS).monToSat("09:00-18:00").create();
		administration.setOffers(john.id(), EnumSet.of(VisitWish.TALK_RUNNING));
		mike = clinic.therapist("Mike").offering(Modality.SPORTS).monToSat("09:00-18:00").create();
		administration.setOffers(mike.id(), EnumSet.of(VisitWish.TRAINING_PROGRAMME, VisitWish.TECHNIQUE));
		sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
		rosa = clinic.runner("Rosa");
	}

	private void rosaWants(Set<VisitWish> wants, Set<TherapistId> avoid) {
		profiles.save(RunnerId.of(rosa.accountId()),
				new RunnerProfile(4, Level.RECREATIONAL, Pressure.FIRM, Set.of(Goal.MAINTENANCE),
						Money.of(13000, "GBP"), null, List.of())
					.withVisit(new VisitPreferences(wants, Set.of(), null, avoid)));
	}

	private AppointmentView book(RunRubUser runner, String time, TherapistId therapist) {
		Instant start = london(TUESDAY + time);
		return booking.book(new BookingRequest(RunnerId.of(runner.accountId()), sports.id(), start, therapist, null));
	}

	@Test
	void aRunnerWhoAvoidsATherapistNeverGetsThemEvenThroughAnyTherapist() {
		// John has less booked that day, so "any therapist" would choose him
		book(clinic.runner("Sam"), "14:00", mike.id());
		rosaWants(Set.of(), Set.of(john.id()));

		AppointmentView any = book(rosa, "10:00", null);

		assertThat(any.therapistId()).isEqualTo(mike.id());
	}

	@Test
	void whenOnlyTheAvoidedTherapistIsFreeAnyTherapistIsRefusedAndBooksNothing() {
		administration.addTimeOff(mike.id(), london(TUESDAY + "00:00"), london("2026-03-25T00:00"), "Holiday");
		rosaWants(Set.of(), Set.of(john.id()));

		assertThatThrownBy(() -> book(rosa, "10:00", null)).isInstanceOf(DomainException.Conflict.class)
			.hasMessageStartingWith("only-avoided-therapists-free");
		assertThat(calendar.forRunner(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void wantingToTalkRunningWhilstHavingAMassageBooksInWithJohnEvenWhenMikeIsLessBusy() {
		book(clinic.runner("Sam"), "14:00", john.id());
		rosaWants(Set.of(VisitWish.TALK_RUNNING), Set.of());

		assertThat(book(rosa, "10:00", null).therapistId()).isEqualTo(john.id());
	}

	@Test
	void wantingHelpWithYourTrainingProgrammeBooksInWithMikeEvenWhenJohnIsLessBusy() {
		book(clinic.runner("Sam"), "14:00", mike.id());
		rosaWants(Set.of(VisitWish.TRAINING_PROGRAMME), Set.of());

		assertThat(book(rosa, "10:00", null).therapistId()).isEqualTo(mike.id());
	}

}
