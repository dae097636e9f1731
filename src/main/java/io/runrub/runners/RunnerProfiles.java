package io.runrub.runners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import io.runrub.clinic.TherapistId;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.Role;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves runner profiles. A saved profile always keeps the rules of {@link ProfileCheck}. */
@Component
@Transactional
public class RunnerProfiles {

	private final Profiles profiles;

	private final ClinicCatalog catalog;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RunnerProfiles(Profiles profiles, ClinicCatalog catalog, AccountDirectory accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.profiles = profiles;
		this.catalog = catalog;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The runner's profile, or empty if they have not filled it in. */
	@Transactional(readOnly = true)
	public Optional<RunnerProfile> find(long runnerId) {
		return profiles.find(runnerId);
	}

	/**
	 * Saves the runner's whole profile, replacing what was there.
	 * @throws DomainException.RuleViolation if a value breaks a rule (the message says which and how to fix it)
	 * @throws DomainException.NotFound if there is no runner with this id
	 */
	public RunnerProfile save(long runnerId, RunnerProfile profile) {
		accounts.find(AccountId.of(runnerId))
			.filter(account -> account.role() == Role.RUNNER)
			.orElseThrow(() -> new DomainException.NotFound("There is no runner with id " + runnerId + "."));
		ClinicInfo clinic = catalog.clinic();
		LocalDate today = LocalDate.ofInstant(clock.instant(), clinic.zone());
		ProfileCheck.check(profile, today, clinic.currency().getSymbol(Locale.UK));
		if (profile.preferredTherapistId() != null) {
			checkTherapist(profile.preferredTherapistId());
		}
		try {
			profiles.save(runnerId, profile, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException.Conflict("Saved twice at once",
					"Your profile was being saved twice at the same time. Please check it and save again.");
		}
		events.publishEvent(new RunnerProfileChanged(runnerId));
		return profiles.find(runnerId).orElseThrow();
	}

	private void checkTherapist(long therapistId) {
		TherapistView therapist;
		try {
			therapist = catalog.therapist(TherapistId.of(therapistId));
		}
		catch (DomainException.NotFound ex) {
			throw new DomainException.RuleViolation("Invalid profile", "There is no therapist with id " + therapistId
					+ ". Choose one of the clinic's therapists, or no preference.");
		}
		if (!therapist.active()) {
			throw new DomainException.RuleViolation("Invalid profile", therapist.name()
					+ " is not taking bookings at the moment. Choose another therapist, or no preference.");
		}
	}

}
