package io.runrub;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that reads but refuses writes is not ready (issue 10, finding 10): a real H2 file opened read-only. */
class WritableDatabaseHealthTests {

	@TempDir
	Path folder;

	@Test
	void aWritableDatabaseIsUpAndAReadOnlyOneIsDown() throws Exception {
		String url = "jdbc:h2:file:" + folder.resolve("health");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table health_heartbeat (id integer primary key, beat_at timestamp with time zone not null)");
			statement.execute("insert into health_heartbeat values (1, current_timestamp)");
		}
		assertThat(new WritableDatabaseHealth(dataSource(url), Clock.systemUTC()).health().getStatus())
			.isEqualTo(Status.UP);
		assertThat(new WritableDatabaseHealth(dataSource(url + ";ACCESS_MODE_DATA=r"), Clock.systemUTC()).health()
			.getStatus()).isEqualTo(Status.DOWN);
	}

	private static JdbcDataSource dataSource(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		return dataSource;
	}

}
