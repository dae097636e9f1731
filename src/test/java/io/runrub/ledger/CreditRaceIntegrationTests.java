package io.runrub.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.ledger.statement.ClinicPackage;
import io.runrub.ledger.statement.PackageSales;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One runner books {@value #THREADS} different times at the same moment (released together by a barrier) with
 * fewer credits left than bookings: every booking is made, and exactly as many use a credit as there were credits,
 * never one credit twice (the conditional update in the booking's own transaction). On PostgreSQL, where the
 * bookings of different slots run truly in parallel, and on H2.
 */
class CreditRaceIntegrationTests {

	static final int THREADS = 8;

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
		AppointmentBooking booking;

		@Autowired
		PackageSales sales;

		@Autowired
		JdbcClient jdbc;

		RunRubUser rosa;

		MassageService sports;

		List<TherapistView> therapists = new ArrayList<>();

		@BeforeEach
		void setUp() {
			clinic.reset();
			clinic.open();
			therapists.clear();
			for (String name : List.of("Alice", "Bea", "Cat", "Dee")) {
				therapists.add(clinic.therapist(name).offering(SPORTS).monToSat("08:00-20:00").create());
			}
			sports = clinic.service("Sports massage", SPORTS, 60).create();
			rosa = clinic.runner("Rosa");
		}

		@Test
		void withOneCreditLeftExactlyOneOfManyConcurrentBookingsUsesIt() throws Exception {
			race(1);
		}

		@Test
		void withTwoCreditsLeftExactlyTwoAreUsed() throws Exception {
			race(2);
		}

		private void race(int credits) throws Exception {
			ClinicPackage offer = sales
				.define(new ClinicPackage(null, credits + " sports massages", sports.id(), credits, 6000L * credits, 6));
			sales.buy(RunnerId.of(rosa.accountId()), offer.id());
			CyclicBarrier start = new CyclicBarrier(THREADS);
			ExecutorService pool = Executors.newFixedThreadPool(THREADS);
			try {
				List<Callable<AppointmentView>> bookings = new ArrayList<>();
				for (int i = 0; i < THREADS; i++) {
					// different hours with different therapists: no two bookings contend for a slot, only for credits
					String at = "2026-03-23T%02d:00".formatted(9 + i);
					TherapistView therapist = therapists.get(i % therapists.size());
					bookings.add(() -> {
						start.await(10, TimeUnit.SECONDS);
						return booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london(at),
								therapist.id(), null));
					});
				}
				for (Future<AppointmentView> made : pool.invokeAll(bookings)) {
					assertThat(made.get().isBooked()).isTrue();
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(jdbc.sql("select count(*) from credit_use").query(Integer.class).single()).isEqualTo(credits);
			assertThat(jdbc.sql("select count(distinct appointment_id) from credit_use").query(Integer.class).single())
				.isEqualTo(credits);
			assertThat(jdbc.sql("select sessions_left from package_credit").query(Integer.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from appointment where status = 'BOOKED'").query(Integer.class).single())
				.isEqualTo(THREADS);
		}

	}

}
