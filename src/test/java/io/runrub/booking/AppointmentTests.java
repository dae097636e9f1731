package io.runrub.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicPolicies;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The appointment's own rules: who may change it and until when, and the therapist's time it blocks. No Spring. */
class AppointmentTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Instant START = Instant.parse("2026-03-31T09:00:00Z");

	/** 2 hours' notice, 60 days ahead, changes up to 24 hours before. */
	private static final ClinicPolicies POLICIES = new ClinicPolicies(Duration.ofHours(2), 60, Duration.ofHours(24));

	private static final ServiceFootprint HOUR_WITH_BUFFERS = new ServiceFootprint(Duration.ofMinutes(60),
			Duration.ofMinutes(10), Duration.ofMinutes(15));

	private static final Actor ROSA = Actor.of(7, Role.RUNNER);

	private static final Actor SAM = Actor.of(8, Role.RUNNER);

	private static final Actor ALICE = Actor.of(3, Role.THERAPIST);

	private static final Actor ADMIN = Actor.of(1, Role.ADMIN);

	private final Appointment booked = Appointment
		.book(RunnerId.of(7), TherapistId.of(3), ServiceId.of(5), START, HOUR_WITH_BUFFERS, null, START.minus(
				Duration.ofDays(10)))
		.withId(AppointmentId.of(42));

	@Test
	void blocksTheTherapistForItsLengthAndBothBuffers() {
		assertThat(booked.end()).isEqualTo(START.plus(Duration.ofMinutes(60)));
		assertThat(booked.block()).isEqualTo(new TimeWindow(Instant.parse("2026-03-31T08:50:00Z"),
				Instant.parse("2026-03-31T10:15:00Z")));
		assertThat(booked.sequence()).isZero();
	}

	@Test
	void itsRunnerMayCancelInTimeUntilTheCutoffThenLateUntilItStartsAndNotAfter() {
		Instant dayBefore = START.minus(Duration.ofHours(24));

		Appointment cancelled = booked.cancelBy(ROSA, dayBefore, POLICIES);

		assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(cancelled.cancelledAt()).isEqualTo(dayBefore);
		assertThat(cancelled.sequence()).as("calendar apps replace their copy").isEqualTo(1);
		assertThat(booked.isLateCancellationBy(ROSA, dayBefore, POLICIES)).isFalse();
		assertThat(booked.isLateCancellationBy(ROSA, dayBefore.plusSeconds(1), POLICIES)).isTrue();
		assertThat(booked.isLateCancellationBy(ADMIN, dayBefore.plusSeconds(1), POLICIES))
			.as("the clinic cancelling is never the runner's late cancellation").isFalse();
		assertThat(booked.cancelBy(ROSA, START.minusSeconds(1), POLICIES).isBooked()).isFalse();
		assertThatThrownBy(() -> booked.cancelBy(ROSA, START, POLICIES))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("appointment-started"));
		assertThatThrownBy(() -> booked.moveBy(ROSA, START.plus(Duration.ofDays(1)), HOUR_WITH_BUFFERS,
				dayBefore.plusSeconds(1), POLICIES))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("too-late-to-change");
				assertThat(ex.args()).containsExactly(24L);
			});
	}

	@Test
	void anAdminMayChangeItAtAnyTime() {
		Instant started = START.plusSeconds(60);

		assertThat(booked.cancelBy(ADMIN, started, POLICIES).isBooked()).isFalse();
		assertThat(booked.moveBy(ADMIN, START.plus(Duration.ofDays(1)), HOUR_WITH_BUFFERS, started, POLICIES).start())
			.isEqualTo(START.plus(Duration.ofDays(1)));
	}

	@Test
	void anotherRunnerOrTheTherapistMayNotChangeIt() {
		Instant early = START.minus(Duration.ofDays(5));

		assertThatThrownBy(() -> booked.cancelBy(SAM, early, POLICIES))
			.isInstanceOfSatisfying(DomainException.Forbidden.class,
					ex -> assertThat(ex.code()).isEqualTo("appointment-not-yours"));
		assertThatThrownBy(() -> booked.moveBy(ALICE, START.plus(Duration.ofHours(2)), HOUR_WITH_BUFFERS, early,
				POLICIES))
			.isInstanceOfSatisfying(DomainException.Forbidden.class,
					ex -> assertThat(ex.code()).isEqualTo("appointment-not-yours"));
	}

	@Test
	void cancellingACancelledAppointmentChangesNothing() {
		Instant early = START.minus(Duration.ofDays(5));
		Appointment cancelled = booked.cancelBy(ROSA, early, POLICIES);

		assertThat(cancelled.cancelBy(ROSA, early.plusSeconds(60), POLICIES)).isSameAs(cancelled);
	}

	@Test
	void aCancelledAppointmentCannotBeMoved() {
		Instant early = START.minus(Duration.ofDays(5));
		Appointment cancelled = booked.cancelBy(ROSA, early, POLICIES);

		assertThatThrownBy(() -> cancelled.moveBy(ROSA, START.plus(Duration.ofDays(1)), HOUR_WITH_BUFFERS, early,
				POLICIES))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("appointment-cancelled"));
	}

	@Test
	void aMoveKeepsTheBookedLengthWithTheServicesCurrentBuffers() {
		// the service has since become 90 minutes long with 5 minutes after: the appointment stays 60 minutes
		ServiceFootprint changed = new ServiceFootprint(Duration.ofMinutes(90), Duration.ofMinutes(10),
				Duration.ofMinutes(5));
		Instant newStart = Instant.parse("2026-04-01T13:00:00Z");

		Appointment moved = booked.moveBy(ROSA, newStart, changed, START.minus(Duration.ofDays(5)), POLICIES);

		assertThat(moved.id()).isEqualTo(booked.id());
		assertThat(moved.length()).isEqualTo(Duration.ofMinutes(60));
		assertThat(moved.block()).isEqualTo(
				new TimeWindow(Instant.parse("2026-04-01T12:50:00Z"), Instant.parse("2026-04-01T14:05:00Z")));
		assertThat(moved.sequence()).isEqualTo(1);
	}

	@Test
	void aRunnerBooksWithTheClinicsNoticeAndNoFurtherAheadThanItsLastDay() {
		Instant now = Instant.parse("2026-03-20T10:00:00Z");

		Appointment.checkBookable(now.plus(Duration.ofHours(2)), now, POLICIES, LONDON);
		assertThatThrownBy(() -> Appointment.checkBookable(now.plus(Duration.ofMinutes(119)), now, POLICIES, LONDON))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("too-short-notice");
				assertThat(ex.args()).containsExactly(2L);
			});
		assertThatThrownBy(() -> Appointment.checkBookable(Instant.parse("2026-05-20T09:00:00Z"), now, POLICIES,
				LONDON))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("too-far-ahead"));
	}

}
