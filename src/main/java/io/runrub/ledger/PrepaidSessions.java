package io.runrub.ledger;

import java.time.LocalDate;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many sessions of a service a runner has already paid for through packages, still valid on a day, and which
 * booked appointments a credit paid for: what the planner counts before spending the runner's budget on a massage
 * (a massage paid by a credit costs the month's budget nothing).
 */
@Component
public class PrepaidSessions {

	private final JdbcClient jdbc;

	PrepaidSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Credits of this service the runner has left that are valid on the day. */
	public int left(RunnerId runnerId, ServiceId serviceId, LocalDate on) {
		return jdbc.sql("""
				select coalesce(sum(sessions_left), 0) from package_credit
				where runner_id = :runner and service_id = :service and expires_on >= :on""")
			.param("runner", runnerId.value())
			.param("service", serviceId.value())
			.param("on", on)
			.query(Integer.class)
			.single();
	}

	/** Sessions of a service the runner's packages still pay for, valid until the end of {@code expiresOn}. */
	public record Credit(ServiceId serviceId, int left, LocalDate expiresOn) {
	}

	/** The runner's credits still to use and valid on the day, soonest to expire first. */
	public java.util.List<Credit> left(RunnerId runnerId, LocalDate on) {
		return jdbc.sql("""
				select service_id, sessions_left, expires_on from package_credit
				where runner_id = :runner and sessions_left > 0 and expires_on >= :on
				order by expires_on, id""")
			.param("runner", runnerId.value())
			.param("on", on)
			.query((rs, row) -> new Credit(ServiceId.of(rs.getLong(1)), rs.getInt(2),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** Those of these appointments that a package's credit pays for (used and not given back). */
	public java.util.Set<io.runrub.booking.AppointmentId> paidByCredit(
			java.util.Collection<io.runrub.booking.AppointmentId> appointmentIds) {
		if (appointmentIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc
			.sql("select appointment_id from credit_use where returned_at is null and appointment_id in (:ids)")
			.param("ids", appointmentIds.stream().map(io.runrub.booking.AppointmentId::value).toList())
			.query((rs, row) -> io.runrub.booking.AppointmentId.of(rs.getLong(1)))
			.list());
	}

}
