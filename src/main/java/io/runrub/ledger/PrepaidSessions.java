package io.runrub.ledger;

import java.time.LocalDate;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many sessions of a service a runner has already paid for through packages, still valid on a day: what the
 * planner counts before spending the runner's budget on a massage.
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

}
