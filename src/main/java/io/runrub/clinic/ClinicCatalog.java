package io.runrub.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the clinic's setup: what other modules ask about services, therapists, hours, time off and policies. */
@Component
@Transactional(readOnly = true)
public class ClinicCatalog {

	private final JdbcClient jdbc;

	private final Therapists therapists;

	private final MassageServices services;

	ClinicCatalog(JdbcClient jdbc, Therapists therapists, MassageServices services) {
		this.jdbc = jdbc;
		this.therapists = therapists;
		this.services = services;
	}

	/** The clinic; before an admin (or demo mode) has set it up, a placeholder in Europe/London. */
	public ClinicInfo clinic() {
		return jdbc.sql("""
				select name, address, time_zone, currency, min_notice_minutes, max_days_ahead,
				       cancellation_cutoff_hours
				from clinic where id = 1""").query(ClinicCatalog::clinicInfo).optional().orElse(UNCONFIGURED);
	}

	public ZoneId zone() {
		return clinic().zone();
	}

	public List<MassageService> activeServices() {
		return services.findByActiveTrueOrderByModalityAscDurationMinutesAsc();
	}

	public List<MassageService> allServices() {
		return services.findAllByOrderByModalityAscDurationMinutesAsc();
	}

	public MassageService service(long id) {
		return services.findById(id)
			.orElseThrow(() -> new DomainException.NotFound("There is no service with id " + id + "."));
	}

	public List<TherapistView> activeTherapists() {
		return therapists.findByActiveTrueOrderByName().stream().map(Therapist::view).toList();
	}

	public List<TherapistView> allTherapists() {
		return therapists.findAllByOrderByName().stream().map(Therapist::view).toList();
	}

	public TherapistView therapist(long id) {
		return therapists.findById(id)
			.map(Therapist::view)
			.orElseThrow(() -> new DomainException.NotFound("There is no therapist with id " + id + "."));
	}

	public Optional<TherapistView> therapistForAccount(long accountId) {
		return therapists.findByAccountId(accountId).map(Therapist::view);
	}

	/** Active therapists who offer the modality, by name. */
	public List<TherapistView> qualifiedTherapists(Modality modality) {
		return activeTherapists().stream().filter(therapist -> therapist.offers(modality)).toList();
	}

	/** Time off of the given therapists that overlaps [from, to). */
	public List<TimeOff> timeOff(Collection<Long> therapistIds, Instant from, Instant to) {
		if (therapistIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, therapist_id, start_at, end_at, reason from time_off
				where therapist_id in (:ids) and start_at < :to and end_at > :from
				order by start_at""")
			.param("ids", therapistIds)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(ClinicCatalog::timeOff)
			.list();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static TimeOff timeOff(ResultSet rs, int row) throws SQLException {
		return new TimeOff(rs.getLong("id"), rs.getLong("therapist_id"),
				rs.getObject("start_at", OffsetDateTime.class).toInstant(),
				rs.getObject("end_at", OffsetDateTime.class).toInstant(), rs.getString("reason"));
	}

	private static ClinicInfo clinicInfo(ResultSet rs, int row) throws SQLException {
		return new ClinicInfo(rs.getString("name"), rs.getString("address"), ZoneId.of(rs.getString("time_zone")),
				Currency.getInstance(rs.getString("currency")),
				new ClinicPolicies(Duration.ofMinutes(rs.getInt("min_notice_minutes")), rs.getInt("max_days_ahead"),
						Duration.ofHours(rs.getInt("cancellation_cutoff_hours"))));
	}

	static final ClinicInfo UNCONFIGURED = new ClinicInfo("RunRub clinic", "", ZoneId.of("Europe/London"),
			Currency.getInstance("GBP"), new ClinicPolicies(Duration.ofHours(2), 90, Duration.ofHours(24)));

}
