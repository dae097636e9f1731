package io.runrub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database takes writes, not just reads: it updates one heartbeat row (V66) in a transaction of its own.
 * A read-only or full database makes this DOWN, and with it the readiness group ({@code /actuator/health/readiness}),
 * so that a load balancer stops sending requests that would all fail. Part of the application as a whole, next to
 * {@link RunRubApplication}.
 */
@Component("writableDatabase")
class WritableDatabaseHealth implements HealthIndicator {

	private final DataSource dataSource;

	private final Clock clock;

	WritableDatabaseHealth(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@Override
	public Health health() {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement beat = connection
				.prepareStatement("update health_heartbeat set beat_at = ? where id = 1")) {
				beat.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
				int rows = beat.executeUpdate();
				connection.commit();
				return rows == 1 ? Health.up().build()
						: Health.down().withDetail("reason", "heartbeat row missing").build();
			}
			catch (SQLException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException | RuntimeException ex) {
			return Health.down().withDetail("reason", "the database refuses writes").build();
		}
	}

}
