package io.runrub.support;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a piece of work runs and the rows it reads (datasource-proxy around the application's
 * data source), on the thread that asked: for tests that keep a request's work bounded however much data there is.
 * A test that imports this gets a Spring context of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlWork {

	private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

	/** What was run while counting: statements, rows read, and rows read that were whole training sessions. */
	public static final class Tally {

		private final AtomicInteger statements = new AtomicInteger();

		private final AtomicInteger rows = new AtomicInteger();

		private final AtomicInteger sessionRows = new AtomicInteger();

		public int statements() {
			return statements.get();
		}

		public int rows() {
			return rows.get();
		}

		/** Rows of result sets that carry a whole training session (its {@code type_guessed} column). */
		public int sessionRows() {
			return sessionRows.get();
		}

		@Override
		public String toString() {
			return statements + " statements, " + rows + " rows of which " + sessionRows + " whole sessions";
		}

	}

	/** Runs {@code work} on this thread and tells what it cost in SQL. */
	public static Tally count(Work work) throws Exception {
		Tally tally = new Tally();
		CURRENT.set(tally);
		try {
			work.run();
		}
		finally {
			CURRENT.remove();
		}
		return tally;
	}

	public interface Work {

		void run() throws Exception;

	}

	@Bean
	static BeanPostProcessor rowCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource dataSource)) {
					return bean;
				}
				return ProxyDataSourceBuilder.create("counted", dataSource)
					.afterQuery((execution, queries) -> {
						Tally tally = CURRENT.get();
						if (tally != null) {
							tally.statements.addAndGet(Math.max(1, execution.getBatchSize()));
						}
					})
					.proxyResultSet()
					.afterMethod(context -> {
						Tally tally = CURRENT.get();
						if (tally != null && context.getTarget() instanceof ResultSet resultSet
								&& "next".equals(context.getMethod().getName())
								&& Boolean.TRUE.equals(context.getResult())) {
							tally.rows.incrementAndGet();
							if (isSession(resultSet)) {
								tally.sessionRows.incrementAndGet();
							}
						}
					})
					.build();
			}
		};
	}

	private static boolean isSession(ResultSet resultSet) {
		try {
			ResultSetMetaData meta = resultSet.getMetaData();
			for (int column = 1; column <= meta.getColumnCount(); column++) {
				if ("type_guessed".equalsIgnoreCase(meta.getColumnLabel(column))) {
					return true;
				}
			}
			return false;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
