package io.runrub.clinic;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What an admin changes: the clinic and its policies, therapists, their hours and time off, and services. */
@Component
@Transactional
public class ClinicAdministration {

	private final JdbcClient jdbc;

	private final Therapists therapists;

	private final MassageServices services;

	private final AccountRegistration registration;

	ClinicAdministration(JdbcClient jdbc, Therapists therapists, MassageServices services,
			AccountRegistration registration) {
		this.jdbc = jdbc;
		this.therapists = therapists;
		this.services = services;
		this.registration = registration;
	}

	public record ClinicDetails(String name, String address, String timeZone, String currency, int minNoticeMinutes,
			int maxDaysAhead, int cancellationCutoffHours) {
	}

	public void updateClinic(ClinicDetails details) {
		ZoneId zone;
		try {
			zone = ZoneId.of(details.timeZone());
		}
		catch (RuntimeException ex) {
			throw new DomainException.RuleViolation("Unknown time zone",
					"'%s' is not a time zone. Use an IANA name such as Europe/London.".formatted(details.timeZone()));
		}
		Currency currency;
		try {
			currency = Currency.getInstance(details.currency().strip().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw new DomainException.RuleViolation("Unknown currency",
					"'%s' is not a currency. Use an ISO 4217 code such as GBP or EUR.".formatted(details.currency()));
		}
		if (details.minNoticeMinutes() < 0 || details.maxDaysAhead() < 1 || details.cancellationCutoffHours() < 0) {
			throw new DomainException.RuleViolation("Invalid policies",
					"Notice and cancellation cutoff cannot be negative, and runners must be able to book at least one day ahead.");
		}
		int updated = jdbc.sql("""
				update clinic set name = :name, address = :address, time_zone = :zone, currency = :currency,
				  min_notice_minutes = :notice, max_days_ahead = :ahead, cancellation_cutoff_hours = :cutoff
				where id = 1""")
			.params(params(details, zone, currency))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into clinic (id, name, address, time_zone, currency, min_notice_minutes, max_days_ahead,
					  cancellation_cutoff_hours)
					values (1, :name, :address, :zone, :currency, :notice, :ahead, :cutoff)""")
				.params(params(details, zone, currency))
				.update();
		}
	}

	private static Map<String, Object> params(ClinicDetails details, ZoneId zone, Currency currency) {
		return Map.of("name", details.name().strip(), "address", details.address().strip(), "zone",
				zone.getId(), "currency", currency.getCurrencyCode(), "notice", details.minNoticeMinutes(), "ahead",
				details.maxDaysAhead(), "cutoff", details.cancellationCutoffHours());
	}

	/** Creates a therapist together with their login. */
	public TherapistView createTherapist(String name, String email, String password, String bio,
			Set<Modality> modalities) {
		AccountSummary account = registration.create(email, password, name, Role.THERAPIST);
		return therapists.save(Therapist.create(account.id(), name, bio, modalities)).view();
	}

	/** A therapist made inactive can no longer log in; made active again, they can. */
	public TherapistView updateTherapist(long id, String name, String bio, Set<Modality> modalities, boolean active) {
		Therapist therapist = therapists.save(load(id).withDetails(name, bio, modalities, active));
		registration.setEnabled(therapist.accountId(), active);
		return therapist.view();
	}

	public TherapistView setWorkingHours(long therapistId, List<WorkingPeriod> periods) {
		return therapists.save(load(therapistId).withWorkingHours(periods)).view();
	}

	public TimeOff addTimeOff(long therapistId, Instant start, Instant end, String reason) {
		load(therapistId);
		if (!start.isBefore(end)) {
			throw new DomainException.RuleViolation("Invalid time off", "Time off must end after it starts.");
		}
		String why = reason == null || reason.isBlank() ? "Time off" : reason.strip();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into time_off (therapist_id, start_at, end_at, reason) values (:therapist, :start, :end, :reason)""")
			.param("therapist", therapistId)
			.param("start", ClinicCatalog.utc(start))
			.param("end", ClinicCatalog.utc(end))
			.param("reason", why)
			.update(key, "id");
		return new TimeOff(key.getKeyAs(Long.class), therapistId, start, end, why);
	}

	public void removeTimeOff(long therapistId, long timeOffId) {
		int removed = jdbc.sql("delete from time_off where id = :id and therapist_id = :therapist")
			.param("id", timeOffId)
			.param("therapist", therapistId)
			.update();
		if (removed == 0) {
			throw new DomainException.NotFound("There is no such time off for this therapist.");
		}
	}

	public List<TimeOff> upcomingTimeOff(long therapistId, Instant now) {
		return jdbc.sql("""
				select id, therapist_id, start_at, end_at, reason from time_off
				where therapist_id = :therapist and end_at > :now order by start_at""")
			.param("therapist", therapistId)
			.param("now", ClinicCatalog.utc(now))
			.query(ClinicCatalog::timeOff)
			.list();
	}

	public record ServiceDetails(String name, Modality modality, int durationMinutes, int priceCents,
			int bufferBeforeMinutes, int bufferAfterMinutes, boolean active) {
	}

	public MassageService createService(ServiceDetails details) {
		return services.save(validated(null, details));
	}

	public MassageService updateService(long id, ServiceDetails details) {
		if (!services.existsById(id)) {
			throw new DomainException.NotFound("There is no service with id " + id + ".");
		}
		return services.save(validated(id, details));
	}

	private static MassageService validated(Long id, ServiceDetails details) {
		if (details.durationMinutes() < 5 || details.durationMinutes() > 480) {
			throw new DomainException.RuleViolation("Invalid service", "A service lasts from 5 to 480 minutes.");
		}
		if (details.priceCents() < 0) {
			throw new DomainException.RuleViolation("Invalid service", "A price cannot be negative.");
		}
		if (details.bufferBeforeMinutes() < 0 || details.bufferBeforeMinutes() > 120 || details.bufferAfterMinutes() < 0
				|| details.bufferAfterMinutes() > 120) {
			throw new DomainException.RuleViolation("Invalid service", "Buffers are from 0 to 120 minutes.");
		}
		return new MassageService(id, details.name().strip(), details.modality(), details.durationMinutes(),
				details.priceCents(), details.bufferBeforeMinutes(), details.bufferAfterMinutes(), details.active());
	}

	private Therapist load(long id) {
		return therapists.findById(id)
			.orElseThrow(() -> new DomainException.NotFound("There is no therapist with id " + id + "."));
	}

}
