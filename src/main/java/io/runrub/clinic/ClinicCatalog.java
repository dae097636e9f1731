package io.runrub.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.runrub.accounts.AccountId;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the clinic's setup: what other modules ask about services, therapists, hours, time off and policies. The
 * clinic's one row is read by hand (a single-row settings table, no aggregate to speak of).
 */
@Component
@Transactional(readOnly = true)
public class ClinicCatalog {

	private final JdbcClient jdbc;

	private final Therapists therapists;

	private final MassageServices services;

	private final TimeOffs timeOff;

	private final Closures closures;

	ClinicCatalog(JdbcClient jdbc, Therapists therapists, MassageServices services, TimeOffs timeOff,
			Closures closures) {
		this.closures = closures;
		this.jdbc = jdbc;
		this.therapists = therapists;
		this.services = services;
		this.timeOff = timeOff;
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
		return services.findActive(clinic());
	}

	public List<MassageService> allServices() {
		return services.findAll(clinic());
	}

	public MassageService service(ServiceId id) {
		return services.findById(id, clinic()).orElseThrow(() -> DomainException.notFound("no-such-service", id));
	}

	public List<TherapistView> activeTherapists() {
		return therapists.findByActiveTrueOrderByName().stream().map(Therapist::view).toList();
	}

	public List<TherapistView> allTherapists() {
		return therapists.findAllByOrderByName().stream().map(Therapist::view).toList();
	}

	public TherapistView therapist(TherapistId id) {
		return therapists.findById(id.value())
			.map(Therapist::view)
			.orElseThrow(() -> DomainException.notFound("no-such-therapist", id));
	}

	/** The therapist who logs in with this account, if it is a therapist's. */
	public Optional<TherapistView> therapistForAccount(AccountId accountId) {
		return therapists.findByAccountId(accountId.value()).map(Therapist::view);
	}

	/** Active therapists who offer the modality, by name. */
	public List<TherapistView> qualifiedTherapists(Modality modality) {
		return activeTherapists().stream().filter(therapist -> therapist.offers(modality)).toList();
	}

	/** Time off of the given therapists that overlaps [from, to). */
	public List<TimeOff> timeOff(Collection<TherapistId> therapistIds, Instant from, Instant to) {
		return timeOff.overlapping(therapistIds, from, to);
	}

	/** The days the clinic is closed from..to (inclusive, the clinic's days), by date. */
	public List<Closure> closures(java.time.LocalDate from, java.time.LocalDate to) {
		return closures.between(from, to);
	}

	/** The closure of this clinic day, if it is closed. */
	public Optional<Closure> closureOn(java.time.LocalDate day) {
		return closures.on(day);
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
