package io.runrub.training.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import io.runrub.training.LoadMethod;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar's hand-written mapping of a session's row reads what Spring Data JDBC's own mapping reads. */
class TrainingSessionRowsIntegrationTests {

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
		TrainingSessions sessions;

		@Test
		void readsEveryColumnAsTheRepositorysOwnMappingDoes() {
			clinic.reset();
			long runner = clinic.runner("Rita").accountId();
			LocalDate day = LocalDate.of(2026, 3, 10);
			List<TrainingSession> saved = sessions.saveAll(List.of(
					new TrainingSession(null, runner, day, LocalTime.of(7, 15), SessionType.INTERVALS, true,
							SessionStatus.COMPLETED, "6 × 800 m", 3_600, 12_345.5, 88.25, 151, 8, "windy", 92.75,
							LoadMethod.HEART_RATE, 31.5, Boolean.FALSE, "FIT", "fit:abc",
							Instant.parse("2026-03-10T08:20:30.123456Z")),
					new TrainingSession(null, runner, day.plusDays(1), null, SessionType.EASY, false,
							SessionStatus.PLANNED, null, null, null, null, null, null, null, 0, LoadMethod.RPE, null,
							null, "MANUAL", null, Instant.parse("2026-03-09T18:00:00Z"))));

			List<TrainingSession> byHand = sessions.findByRunnerIdAndSessionDateBetweenOrderBySessionDateAscStartTimeAsc(
					runner, day, day.plusDays(1));

			assertThat(byHand).containsExactlyElementsOf(
					sessions.findAllById(saved.stream().map(TrainingSession::id).toList())
						.stream()
						.sorted(java.util.Comparator.comparing(TrainingSession::sessionDate))
						.toList());
			assertThat(byHand).extracting(TrainingSession::title).containsExactly("6 × 800 m", null);
		}

	}

}
