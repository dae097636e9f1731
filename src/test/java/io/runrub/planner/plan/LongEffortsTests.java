package io.runrub.planner.plan;

import java.time.LocalDate;
import java.util.List;

import io.runrub.planner.generation.PlanningInput.LongEffort;
import io.runrub.training.HardSignal;
import io.runrub.training.LoadMethod;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.SessionView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which completed sessions count as a marathon or an ultra: a marathon or more, or 3½ hours or more. */
class LongEffortsTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 1);

	static SessionView session(SessionType type, SessionStatus status, Integer minutes, Double meters) {
		return new SessionView(1, DAY, null, type, status, null, minutes, meters, null, null, null, null, 0,
				LoadMethod.RPE, true, HardSignal.LONG_RUN, null, null, "fit", null, null);
	}

	@Test
	void aMarathonOrMoreOrThreeAndAHalfHoursOrMoreCounts() {
		assertThat(PlanGeneration.longEfforts(List.of(
				session(SessionType.LONG, SessionStatus.COMPLETED, 200, 42_195.0),
				session(SessionType.LONG, SessionStatus.COMPLETED, 210, 30_000.0),
				session(SessionType.RACE, SessionStatus.COMPLETED, 725, null))))
			.extracting(LongEffort::what)
			.containsExactly("your 42 km run", "your 3 h 30 min session", "your 12 h 05 min race");
	}

	@Test
	void shorterSessionsAndPlannedOnesDoNotCount() {
		assertThat(PlanGeneration.longEfforts(List.of(
				session(SessionType.LONG, SessionStatus.COMPLETED, 209, 41_000.0),
				session(SessionType.LONG, SessionStatus.PLANNED, 300, 50_000.0),
				session(SessionType.EASY, SessionStatus.COMPLETED, null, null))))
			.isEmpty();
	}

}
