package io.runrub.support;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements and transactions that one piece of work runs on the current thread (datasource-proxy
 * around the application's data source), so that tests can hold a booking or a page to a budget and an N+1 cannot
 * come back. A transaction is a commit or a rollback of a connection, or a statement run in auto-commit mode (its own
 * transaction). MockMvc handles a request on the test's thread, so a request's work is counted; asynchronous event
 * listeners run on other threads and are not, except by {@link #countListeners}.
 *
 * <pre>
 * StatementCounting.Counts counts = StatementCounting.count(() -> mvc.perform(get("/appointments")));
 * assertThat(counts.statements()).isLessThanOrEqualTo(15);
 * </pre>
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	private static final ThreadLocal<Counts> current = new ThreadLocal<>();

	/** While {@link #countListeners} runs: what the asynchronous event listeners' threads ({@code task-N}) run. */
	private static volatile Counts listeners;

	/** What a piece of work ran: each statement's SQL, the transactions it ended and the savepoints it rolled back. */
	public static final class Counts {

		private final List<String> sql = new ArrayList<>();

		private int transactions;

		private int savepointRollbacks;

		private int rollbacks;

		public int statements() {
			return sql.size();
		}

		public int transactions() {
			return transactions;
		}

		public int savepointRollbacks() {
			return savepointRollbacks;
		}

		/** Whole transactions rolled back (also counted in {@link #transactions()}). */
		public int rollbacks() {
			return rollbacks;
		}

		public List<String> sql() {
			return List.copyOf(sql);
		}

		@Override
		public String toString() {
			return statements() + " statements in " + transactions + " transactions:\n  " + String.join("\n  ", sql);
		}

	}

	/**
	 * Runs the work (which should wait for the events it causes, e.g. {@code TestClinic.awaitEvents()}) and returns
	 * what the asynchronous event listeners ran meanwhile, on Spring's task threads: the work after a commit.
	 */
	public static Counts countListeners(Callable<?> work) throws Exception {
		Counts counts = new Counts();
		listeners = counts;
		try {
			work.call();
		}
		finally {
			listeners = null;
		}
		synchronized (counts) {
			return counts;
		}
	}

	/** The counts of the statement or transaction this thread just ran, if it is being counted. */
	private static Counts counting() {
		Counts counts = current.get();
		if (counts != null) {
			return counts;
		}
		Counts async = listeners;
		return async != null && Thread.currentThread().getName().startsWith("task-") ? async : null;
	}

	/** Runs the work on this thread and returns what it ran. */
	public static Counts count(Callable<?> work) throws Exception {
		Counts counts = new Counts();
		Counts outer = current.get();
		current.set(counts);
		try {
			work.call();
		}
		finally {
			current.set(outer);
		}
		return counts;
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(new Statements())
						.methodListener(new Transactions())
						.build();
				}
				return bean;
			}
		};
	}

	private static final class Statements implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		}

		@Override
		public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
			Counts counts = counting();
			if (counts == null) {
				return;
			}
			synchronized (counts) {
				for (QueryInfo query : queryInfoList) {
					counts.sql.add(query.getQuery().replaceAll("\\s+", " ").strip());
				}
				try {
					Connection connection = execInfo.getStatement().getConnection();
					if (connection.getAutoCommit()) {
						counts.transactions++;
					}
				}
				catch (SQLException ex) {
					// a closed statement: not in a transaction of ours
				}
			}
		}

	}

	private static final class Transactions implements MethodExecutionListener {

		@Override
		public void beforeMethod(MethodExecutionContext executionContext) {
		}

		@Override
		public void afterMethod(MethodExecutionContext executionContext) {
			Counts counts = counting();
			if (counts == null || !(executionContext.getTarget() instanceof Connection)) {
				return;
			}
			Method method = executionContext.getMethod();
			boolean savepoint = method.getParameterCount() > 0;
			synchronized (counts) {
				if (method.getName().equals("commit")) {
					counts.transactions++;
				}
				else if (method.getName().equals("rollback")) {
					if (savepoint) {
						counts.savepointRollbacks++;
					}
					else {
						counts.transactions++;
						counts.rollbacks++;
					}
				}
			}
		}

	}

}
