package io.runrub.ledger.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The ledger's tables, written by hand: a credit is used by a conditional update ({@code sessions_left > 0}), which
 * is what keeps one credit from paying for two appointments booked at the same moment, and entries written by
 * listeners carry a key so that a listener run twice writes once.
 */
@Repository
class Ledger {

	private final JdbcClient jdbc;

	Ledger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// packages

	ClinicPackage insert(ClinicPackage definition, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into ledger_package (name, service_id, sessions, price_cents, validity_months, created_at)
				values (:name, :service, :sessions, :price, :months, :at)""")
			.param("name", definition.name())
			.param("service", definition.serviceId().value())
			.param("sessions", definition.sessions())
			.param("price", definition.priceCents())
			.param("months", definition.validityMonths())
			.param("at", utc(at))
			.update(key, "id");
		return new ClinicPackage(key.getKeyAs(Long.class), definition.name(), definition.serviceId(),
				definition.sessions(), definition.priceCents(), definition.validityMonths());
	}

	List<ClinicPackage> packages() {
		return jdbc.sql("select * from ledger_package order by name, id").query(Ledger::clinicPackage).list();
	}

	Optional<ClinicPackage> findPackage(long id) {
		return jdbc.sql("select * from ledger_package where id = :id").param("id", id)
			.query(Ledger::clinicPackage)
			.optional();
	}

	// credits

	long grant(ClinicPackage bought, RunnerId runnerId, LocalDate expiresOn, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into package_credit (package_id, runner_id, service_id, sessions_left, expires_on, purchased_at)
				values (:package, :runner, :service, :sessions, :expires, :at)""")
			.param("package", bought.id())
			.param("runner", runnerId.value())
			.param("service", bought.serviceId().value())
			.param("sessions", bought.sessions())
			.param("expires", expiresOn)
			.param("at", utc(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/**
	 * Uses one credit of the runner for the service valid on the day, the one expiring first: one statement when they
	 * have none (the usual case), three when one is used. The update only takes a session that is still there, so
	 * of two bookings racing for the last one, the second updates nothing and looks again.
	 */
	boolean useOne(RunnerId runnerId, ServiceId serviceId, LocalDate day, AppointmentId appointmentId,
			Instant appointmentStart, Instant at) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<Long> candidate = jdbc.sql("""
					select id from package_credit
					where runner_id = :runner and service_id = :service and sessions_left > 0 and expires_on >= :day
					order by expires_on, id fetch first 1 rows only""")
				.param("runner", runnerId.value())
				.param("service", serviceId.value())
				.param("day", day)
				.query(Long.class)
				.optional();
			if (candidate.isEmpty()) {
				return false;
			}
			int taken = jdbc
				.sql("update package_credit set sessions_left = sessions_left - 1 where id = :id and sessions_left > 0")
				.param("id", candidate.get())
				.update();
			if (taken == 1) {
				jdbc.sql("""
						insert into credit_use (appointment_id, credit_id, runner_id, appointment_start, used_at)
						values (:appointment, :credit, :runner, :start, :at)""")
					.param("appointment", appointmentId.value())
					.param("credit", candidate.get())
					.param("runner", runnerId.value())
					.param("start", utc(appointmentStart))
					.param("at", utc(at))
					.update();
				return true;
			}
		}
		return false;
	}

	/** Whether a credit paid for the appointment (given back or not). */
	boolean creditPaidFor(AppointmentId appointmentId) {
		return jdbc.sql("select count(*) from credit_use where appointment_id = :id")
			.param("id", appointmentId.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** Gives back the credit the appointment used, once: false if it used none or it was given back before. */
	boolean giveBack(AppointmentId appointmentId, Instant at) {
		int returned = jdbc
			.sql("update credit_use set returned_at = :at where appointment_id = :id and returned_at is null")
			.param("id", appointmentId.value())
			.param("at", utc(at))
			.update();
		if (returned == 0) {
			return false;
		}
		jdbc.sql("""
				update package_credit set sessions_left = sessions_left + 1
				where id = (select credit_id from credit_use where appointment_id = :id)""")
			.param("id", appointmentId.value())
			.update();
		return true;
	}

	/** The runner's credits with sessions left that are still valid on the day. */
	List<Statement.Credit> credits(RunnerId runnerId, LocalDate on) {
		return jdbc.sql("""
				select c.id, c.package_id, p.name, c.sessions_left, c.expires_on
				from package_credit c join ledger_package p on p.id = c.package_id
				where c.runner_id = :runner and c.sessions_left > 0 and c.expires_on >= :on
				order by c.expires_on, c.id""")
			.param("runner", runnerId.value())
			.param("on", on)
			.query((rs, row) -> new Statement.Credit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	/** A credit's use by an appointment, as the statement shows it. */
	record CreditUse(Instant appointmentStart, ServiceId serviceId, String packageName, Instant usedAt,
			Instant returnedAt) {
	}

	List<CreditUse> creditUses(RunnerId runnerId) {
		return jdbc.sql("""
				select u.appointment_start, c.service_id, p.name, u.used_at, u.returned_at
				from credit_use u join package_credit c on c.id = u.credit_id join ledger_package p on p.id = c.package_id
				where u.runner_id = :runner""")
			.param("runner", runnerId.value())
			.query((rs, row) -> new CreditUse(instant(rs, "appointment_start"), ServiceId.of(rs.getLong("service_id")),
					rs.getString("name"), instant(rs, "used_at"), instantOrNull(rs, "returned_at")))
			.list();
	}

	// entries

	/** Writes an entry; with a key, only once (false if it was written before). */
	boolean write(RunnerId runnerId, Instant at, EntryKind kind, String description, long amountCents, String key) {
		// looked for first: on PostgreSQL a refused insert would doom the listener's transaction (a racing second run
		// fails instead, and the event registry runs it again, which then finds the entry)
		if (key != null && jdbc.sql("select count(*) from ledger_entry where entry_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		try {
			jdbc.sql("""
					insert into ledger_entry (runner_id, occurred_at, kind, description, amount_cents, entry_key)
					values (:runner, :at, :kind, :description, :amount, :key)""")
				.param("runner", runnerId.value())
				.param("at", utc(at))
				.param("kind", kind.name())
				.param("description", description.length() > 300 ? description.substring(0, 300) : description)
				.param("amount", amountCents)
				.param("key", key)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The entries written for the runner (credits' uses are read apart), oldest first. */
	List<Statement.Entry> entries(RunnerId runnerId, java.time.ZoneId zone) {
		return jdbc.sql("""
				select occurred_at, kind, description, amount_cents from ledger_entry
				where runner_id = :runner order by occurred_at, id""")
			.param("runner", runnerId.value())
			.query((rs, row) -> {
				Instant at = instant(rs, "occurred_at");
				return new Statement.Entry(at, LocalDate.ofInstant(at, zone), EntryKind.valueOf(rs.getString("kind")),
						rs.getString("description"), rs.getLong("amount_cents"));
			})
			.list();
	}

	private static ClinicPackage clinicPackage(ResultSet rs, int row) throws SQLException {
		return new ClinicPackage(rs.getLong("id"), rs.getString("name"), ServiceId.of(rs.getLong("service_id")),
				rs.getInt("sessions"), rs.getLong("price_cents"), rs.getInt("validity_months"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
