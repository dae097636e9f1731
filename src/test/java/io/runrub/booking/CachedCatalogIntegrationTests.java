package io.runrub.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicAdministration.ServiceDetails;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.DomainException;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clinic's catalogue is cached, and the cache never offers or books what the clinic no longer offers: an admin's
 * change is followed at once, and so is a change another instance made (its rows and the version it bumped, written
 * here behind this instance's back).
 */
class CachedCatalogIntegrationTests {

	static final LocalDate DAY = LocalDate.parse("2026-03-31");

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

	}

	abstract static class Contract {

		@Autowired
		TestClinic clinic;

		@Autowired
		ClinicAdministration administration;

		@Autowired
		Availability availability;

		@Autowired
		AppointmentBooking booking;

		@Autowired
		JdbcClient jdbc;

		TherapistView alice;

		MassageService sports;

		RunRubUser rosa;

		@BeforeEach
		void openTheClinic() {
			clinic.reset();
			clinic.open();
			alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
			sports = clinic.service("Sports massage", SPORTS, 60).create();
			rosa = clinic.runner("Rosa");
			assertThat(firstSlot()).as("read and cached").isEqualTo(london("2026-03-31T09:00"));
		}

		@Test
		void changedHoursAreFollowedAtOnceByAvailabilityAndBooking() {
			administration.setWorkingHours(alice.id(), List.of(period("14:00", "18:00")));

			assertThat(firstSlot()).isEqualTo(london("2026-03-31T14:00"));
			assertThatThrownBy(() -> book("2026-03-31T09:00"))
				.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("outside-working-hours"));
		}

		@Test
		void aWithdrawnServiceOrAnInactiveTherapistIsFollowedAtOnce() {
			administration.updateTherapist(alice.id(), alice.name(), alice.bio(), alice.modalities(), false);
			assertThatThrownBy(() -> book("2026-03-31T09:00")).isInstanceOf(DomainException.class);

			administration.updateTherapist(alice.id(), alice.name(), alice.bio(), alice.modalities(), true);
			administration.updateService(sports.id(),
					new ServiceDetails(sports.name(), SPORTS, 60, 6000, 0, 0, false));
			assertThatThrownBy(() -> book("2026-03-31T09:00"))
				.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("service-withdrawn"));
		}

		@Test
		void aChangeAnotherInstanceCommittedIsFollowedByTheNextRequest() {
			// what another instance's ClinicAdministration writes: the rows and, in the same transaction, the version
			jdbc.sql("delete from working_period where therapist = :id").param("id", alice.id().value()).update();
			jdbc.sql("insert into working_period (therapist, day_of_week, start_time, end_time) values (:id, 'TUESDAY', :start, :end)")
				.param("id", alice.id().value())
				.param("start", LocalTime.parse("15:00"))
				.param("end", LocalTime.parse("18:00"))
				.update();
			jdbc.sql("update catalog_version set version = version + 1 where id = 1").update();
			// the next request: the test's mock request (which remembers the catalogue's check) ends here
			RequestContextHolder.resetRequestAttributes();

			assertThat(firstSlot()).isEqualTo(london("2026-03-31T15:00"));
			assertThatThrownBy(() -> book("2026-03-31T10:00"))
				.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("outside-working-hours"));
		}

		private java.time.Instant firstSlot() {
			return availability.slots(sports.id(), DAY, DAY, null).get(0).start();
		}

		private AppointmentView book(String localStart) {
			return booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london(localStart),
					alice.id(), null));
		}

		private static WorkingPeriod period(String start, String end) {
			return new WorkingPeriod(TUESDAY, LocalTime.parse(start), LocalTime.parse(end));
		}

	}

}
