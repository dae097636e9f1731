package io.runrub.runners.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.DemoAccounts;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import io.runrub.support.RunRubJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** In demo mode the demo runner has a profile and health answers, seeded once and then left as the runner keeps them. */
@RunRubJourney
class DemoRunnerIntegrationTests {

	@Autowired
	private AccountDirectory accounts;

	@Autowired
	private ProfileKeeping profiles;

	@Autowired
	private IntakeScreening screening;

	@Autowired
	private ClinicCatalog catalog;

	@Autowired
	private DemoRunner demoRunner;

	@Autowired
	private Clock clock;

	@Test
	void theDemoRunnerTrainsFiveDaysAWeekWithTightCalvesAndMayBeMassaged() {
		RunnerId runnerId = RunnerId.of(accounts.findByEmail(DemoAccounts.RUNNER_EMAIL).orElseThrow().id().value());
		TherapistView john = catalog.activeTherapists()
			.stream()
			.filter(therapist -> therapist.name().equals("John"))
			.findFirst()
			.orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(catalog.zone()));

		RunnerProfile profile = profiles.find(runnerId).orElseThrow();
		// seeded when the application started, which may have been yesterday
		LocalDate since = profile.complaints().get(0).since();
		assertThat(since).isBetween(today.minusWeeks(3).minusDays(1), today.minusWeeks(3));
		assertThat(profile).isEqualTo(new RunnerProfile(5, Level.RECREATIONAL, Pressure.FIRM,
				EnumSet.of(Goal.MAINTENANCE, Goal.PROBLEM_AREA), Money.of(13_000, "GBP"), john.id(),
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, since, 4))));
		IntakeVerdict verdict = screening.verdict(runnerId);
		assertThat(verdict.answered()).isTrue();
		assertThat(verdict.stops()).isEmpty();
		assertThat(verdict.restrictions()).isEmpty();
		assertThat(screening.find(runnerId).orElseThrow().confirmedAt()).isNotNull();
	}

	@Test
	void aProfileTheRunnerChangedIsNotSeededAgain() throws Exception {
		RunnerId runnerId = RunnerId.of(accounts.findByEmail(DemoAccounts.RUNNER_EMAIL).orElseThrow().id().value());
		RunnerProfile changed = new RunnerProfile(2, Level.BEGINNER, Pressure.LIGHT, Set.of(Goal.RELAXATION),
				Money.of(4000, "GBP"), null, List.of());
		RunnerProfile before = profiles.find(runnerId).orElseThrow();
		try {
			profiles.save(runnerId, changed);

			demoRunner.run(new DefaultApplicationArguments());

			assertThat(profiles.find(runnerId)).contains(changed);
		}
		finally {
			profiles.save(runnerId, before);
		}
	}

}
