package io.runrub.training.sessions;

import java.time.Instant;
import java.time.LocalDate;

import io.runrub.shared.DomainException;
import io.runrub.training.LoadMethod;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingLog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A session entered by hand refuses what cannot be true, and works out its own load. */
class TrainingSessionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

	static TrainingLog.SessionInput input(LocalDate date, SessionStatus status, Integer minutes, Double meters,
			Double climb, Integer heartRate, Integer rpe) {
		return new TrainingLog.SessionInput(date, null, SessionType.EASY, status, "  Easy  ", minutes, meters, climb,
				heartRate, rpe, " ");
	}

	static TrainingSession entered(TrainingLog.SessionInput input) {
		return TrainingSession.entered(null, 7, input, TODAY, null, "MANUAL", null, NOW);
	}

	static void refused(TrainingLog.SessionInput input, String code) {
		assertThatThrownBy(() -> entered(input)).isInstanceOfSatisfying(DomainException.RuleViolation.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

	@Test
	void aCompletedSessionWithAnEffortGetsItsLoadFromRpeTimesMinutes() {
		TrainingSession session = entered(input(TODAY, SessionStatus.COMPLETED, 50, 10_000.0, 80.0, 150, 7));
		// 7 × 50 = 350 on the effort scale, / 4.2 so that an hour at threshold (RPE 7 × 60) is 100
		assertThat(session.load()).isCloseTo(83.333, within(0.001));
		assertThat(session.loadMethod()).isEqualTo(LoadMethod.RPE);
		assertThat(session.durationSeconds()).isEqualTo(3000);
		assertThat(session.title()).isEqualTo("Easy");
		assertThat(session.notes()).isNull();
	}

	@Test
	void withoutDurationTheMinutesAreEstimatedFromTheDistance() {
		TrainingSession session = entered(input(TODAY, SessionStatus.COMPLETED, null, 10_000.0, null, null, 5));
		// 10 km at an easy 6 min/km: 60 minutes × RPE 5 = 300 / 4.2 = 71.429
		assertThat(session.load()).isCloseTo(71.429, within(0.001));
	}

	@Test
	void aCompletedSessionCannotLieInTheFuture() {
		refused(input(TODAY.plusDays(1), SessionStatus.COMPLETED, 30, null, null, null, null),
				"session-completed-in-future");
		assertThat(entered(input(TODAY.plusDays(1), SessionStatus.PLANNED, 30, null, null, null, null)).status())
			.isEqualTo(SessionStatus.PLANNED);
	}

	@Test
	void theDayLiesWithinTwentyYearsBackAndThreeAhead() {
		refused(input(TODAY.minusYears(20).minusDays(1), SessionStatus.COMPLETED, 30, null, null, null, null),
				"session-date-out-of-range");
		refused(input(TODAY.plusYears(3).plusDays(1), SessionStatus.PLANNED, 30, null, null, null, null),
				"session-date-out-of-range");
		entered(input(TODAY.minusYears(20), SessionStatus.COMPLETED, 30, null, null, null, null));
		entered(input(TODAY.plusYears(3), SessionStatus.PLANNED, 30, null, null, null, null));
	}

	@Test
	void durationsDistancesAndClimbAreNotNegativeNorAbsurd() {
		refused(input(TODAY, SessionStatus.COMPLETED, -1, null, null, null, null), "session-duration-out-of-range");
		refused(input(TODAY, SessionStatus.COMPLETED, 2881, null, null, null, null), "session-duration-out-of-range");
		refused(input(TODAY, SessionStatus.COMPLETED, 30, -0.5, null, null, null), "session-distance-out-of-range");
		refused(input(TODAY, SessionStatus.COMPLETED, 30, Double.NaN, null, null, null),
				"session-distance-out-of-range");
		refused(input(TODAY, SessionStatus.COMPLETED, 30, null, -1.0, null, null), "session-elevation-out-of-range");
		entered(input(TODAY, SessionStatus.COMPLETED, 0, 0.0, 0.0, null, null));
		entered(input(TODAY, SessionStatus.COMPLETED, 2880, 1_000_000.0, 20_000.0, null, null));
	}

	@Test
	void heartRateIsFromTwentyToTwoHundredFifty() {
		refused(input(TODAY, SessionStatus.COMPLETED, 30, null, null, 19, null), "session-heart-rate-out-of-range");
		refused(input(TODAY, SessionStatus.COMPLETED, 30, null, null, 251, null), "session-heart-rate-out-of-range");
		entered(input(TODAY, SessionStatus.COMPLETED, 30, null, null, 20, null));
		entered(input(TODAY, SessionStatus.COMPLETED, 30, null, null, 250, null));
	}

	@Test
	void effortIsOnTheZeroToTenScale() {
		refused(input(TODAY, SessionStatus.COMPLETED, 30, null, null, null, -1), "session-rpe-out-of-range");
		refused(input(TODAY, SessionStatus.COMPLETED, 30, null, null, null, 11), "session-rpe-out-of-range");
		assertThat(entered(input(TODAY, SessionStatus.COMPLETED, 30, null, null, null, 0)).load()).isZero();
		entered(input(TODAY, SessionStatus.COMPLETED, 30, null, null, null, 10));
	}

	@Test
	void aSessionNeedsItsDateTypeAndStatus() {
		refused(new TrainingLog.SessionInput(TODAY, null, null, SessionStatus.PLANNED, null, null, null, null, null,
				null, null), "session-incomplete");
	}

}
