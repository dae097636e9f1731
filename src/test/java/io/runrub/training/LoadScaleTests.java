package io.runrub.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.runrub.training.imports.FitReader;
import io.runrub.training.imports.ImportedSession;
import io.runrub.training.sessions.TrainingSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One load scale whatever the source: a real 12-hour ultra against a planned long run. */
class LoadScaleTests {

	static final Path ULTRA = Path.of("../shared/testdata/fit/roznet-large-12h-ultra.fit");

	@Test
	void aTwelveHourUltraFromItsFitFileScoresMoreThanAPlannedHundredMinuteLongRun() throws IOException {
		ImportedSession ultra = new FitReader().read(ULTRA.getFileName().toString(), Files.readAllBytes(ULTRA),
				ZoneId.of("Europe/London")).sessions().get(0);
		TrainingSession imported = TrainingImports.toSession(1, ultra, "FIT", Instant.EPOCH);
		TrainingSession longRun = TrainingSession.entered(null, 1,
				new TrainingLog.SessionInput(LocalDate.of(2026, 12, 1), null, SessionType.LONG, SessionStatus.PLANNED,
						null, 100, null, null, null, null, null),
				LocalDate.of(2026, 11, 1), null, "MANUAL", null, Instant.EPOCH);
		System.out.printf("ultra: %.1f (%s, %d min, avg HR %s); planned long run: %.1f (%s)%n", imported.load(),
				imported.loadMethod(), imported.durationSeconds() / 60, imported.avgHeartRate(), longRun.load(),
				longRun.loadMethod());
		assertThat(imported.loadMethod()).isEqualTo(LoadMethod.HEART_RATE);
		assertThat(imported.load()).isGreaterThan(longRun.load());
	}

}
