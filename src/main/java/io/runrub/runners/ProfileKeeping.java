package io.runrub.runners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.profile.Profile;
import io.runrub.runners.profile.Profiles;
import io.runrub.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps runners' profiles: reads them, and saves a whole profile in place of the last one. The profile keeps its own
 * rules ({@link RunnerProfile}); whether the preferred therapist is taking bookings is asked of the clinic here.
 */
@Component
@Transactional
public class ProfileKeeping {

	private final Profiles profiles;

	private final ClinicCatalog catalog;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ProfileKeeping(Profiles profiles, ClinicCatalog catalog, AccountDirectory accounts,
			ApplicationEventPublisher events, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.catalog = catalog;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** What the runner asks of a therapist, in one statement; empty without a profile. */
	@Transactional(readOnly = true)
	public Optional<TherapistWishes> therapistWishes(RunnerId runnerId) {
		java.util.List<Object[]> rows = jdbc.sql("select p.preferred_therapist_id, p.wants, a.therapist_id "
				+ "from profile p left join profile_avoided_therapist a on a.profile = p.runner_id where p.runner_id = ?")
			.param(runnerId.value())
			.query((rs, row) -> new Object[] { rs.getObject(1, Long.class), rs.getString(2), rs.getObject(3, Long.class) })
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		java.util.Set<io.runrub.shared.VisitWish> wants = java.util.EnumSet.noneOf(io.runrub.shared.VisitWish.class);
		for (String part : String.valueOf(rows.get(0)[1]).split(",")) {
			for (io.runrub.shared.VisitWish wish : io.runrub.shared.VisitWish.values()) {
				if (wish.name().equals(part.strip())) {
					wants.add(wish);
				}
			}
		}
		java.util.Set<TherapistId> avoided = new java.util.HashSet<>();
		rows.stream().filter(row -> row[2] != null).forEach(row -> avoided.add(TherapistId.of((Long) row[2])));
		Long preferred = (Long) rows.get(0)[0];
		return Optional.of(new TherapistWishes(preferred == null ? null : TherapistId.of(preferred), wants, avoided));
	}

	/** The runner's profile, or empty if they have not filled it in. */
	@Transactional(readOnly = true)
	public Optional<RunnerProfile> find(RunnerId runnerId) {
		return profiles.findById(runnerId.value()).map(found -> found.profile(catalog.clinic().currency()));
	}

	/**
	 * Saves the runner's whole profile, replacing what was there.
	 * @throws DomainException.RuleViolation if a value breaks a rule (its code says which)
	 * @throws DomainException.NotFound if there is no runner with this id
	 */
	public RunnerProfile save(RunnerId runnerId, RunnerProfile profile) {
		accounts.find(AccountId.of(runnerId.value()))
			.filter(account -> account.role() == Role.RUNNER)
			.orElseThrow(() -> DomainException.notFound("runner-not-found", runnerId.value()));
		ClinicInfo clinic = catalog.clinic();
		profile.checkedOn(LocalDate.ofInstant(clock.instant(), clinic.zone()));
		if (profile.preferredTherapistId() != null) {
			checkTherapist(profile.preferredTherapistId());
		}
		for (TherapistId avoided : profile.visit().avoidTherapistIds()) {
			try {
				catalog.therapist(avoided);
			}
			catch (DomainException.NotFound ex) {
				throw DomainException.refused("avoided-therapist-unknown", avoided.value());
			}
		}
		Profile before = profiles.findById(runnerId.value()).orElse(null);
		try {
			profiles.save(Profile.of(runnerId.value(), profile, before, clock.instant()));
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException ex) {
			throw DomainException.conflict("profile-saved-twice");
		}
		events.publishEvent(new RunnerProfileChanged(runnerId));
		return find(runnerId).orElseThrow();
	}

	private void checkTherapist(TherapistId therapistId) {
		TherapistView therapist;
		try {
			therapist = catalog.therapist(therapistId);
		}
		catch (DomainException.NotFound ex) {
			throw DomainException.refused("therapist-unknown", therapistId.value());
		}
		if (!therapist.active()) {
			throw DomainException.refused("therapist-not-taking-bookings", therapist.name());
		}
	}

}
