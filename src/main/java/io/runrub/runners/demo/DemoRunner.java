package io.runrub.runners.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.DemoAccounts;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistId;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the demo runner trains five days a week as a recreational runner, takes firm pressure, wants
 * maintenance and work on a problem area for about £130 a month, prefers John, and has had tight calves for three
 * weeks. Their health answers are all "no". Seeded once, after the demo clinic (so that John exists); a profile the
 * runner has changed is left as it is.
 */
@Component
@Order(25)
@ConditionalOnBooleanProperty("runrub.demo")
class DemoRunner implements ApplicationRunner {

	private final AccountDirectory accounts;

	private final ProfileKeeping profiles;

	private final IntakeScreening screening;

	private final ClinicCatalog catalog;

	private final Clock clock;

	DemoRunner(AccountDirectory accounts, ProfileKeeping profiles, IntakeScreening screening, ClinicCatalog catalog,
			Clock clock) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.screening = screening;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		accounts.findByEmail(DemoAccounts.RUNNER_EMAIL).ifPresent(account -> {
			RunnerId runner = RunnerId.of(account.id().value());
			if (profiles.find(runner).isPresent()) {
				return;
			}
			LocalDate today = LocalDate.ofInstant(clock.instant(), catalog.zone());
			TherapistId john = catalog.activeTherapists()
				.stream()
				.filter(therapist -> therapist.name().equals("John"))
				.map(therapist -> therapist.id())
				.findFirst()
				.orElse(null);
			profiles.save(runner, new RunnerProfile(5, Level.RECREATIONAL, Pressure.FIRM,
					EnumSet.of(Goal.MAINTENANCE, Goal.PROBLEM_AREA), new Money(13_000, catalog.clinic().currency()),
					john, List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, today.minusWeeks(3), 4))));
			if (screening.find(runner).isEmpty()) {
				Map<String, Boolean> allNo = new LinkedHashMap<>();
				IntakeQuestions.all().forEach(question -> allNo.put(question.id(), false));
				screening.answer(runner, allNo, null);
			}
		});
	}

}
