package io.runrub.planner.plan;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.shared.DomainException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Book them when they become bookable": the runner's wish is stored, and every morning the plan is booked again for
 * each runner who asked — {@link PlanBooking#bookAll}, all or nothing, under the plan's lock, so two instances
 * running the job at once book each massage once. The wish is forgotten when nothing lies beyond the window any more.
 */
@Component
@EnableScheduling
public class LaterBookings {

	private static final Logger log = LoggerFactory.getLogger(LaterBookings.class);

	private final JdbcClient jdbc;

	private final PlanBooking booking;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LaterBookings(JdbcClient jdbc, PlanBooking booking, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.booking = booking;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Stores the runner's wish (once; asking again changes nothing). */
	public void wish(RunnerId runner) {
		transactions.executeWithoutResult(status -> {
			int updated = jdbc.sql("update plan_booking_wish set asked_at = asked_at where runner_id = :runner")
				.param("runner", runner.value())
				.update();
			if (updated == 0) {
				jdbc.sql("insert into plan_booking_wish (runner_id, asked_at) values (:runner, :at)")
					.param("runner", runner.value())
					.param("at", clock.instant().atOffset(ZoneOffset.UTC))
					.update();
			}
		});
	}

	public boolean wished(RunnerId runner) {
		return jdbc.sql("select count(*) from plan_booking_wish where runner_id = :runner")
			.param("runner", runner.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Every morning at a quarter past six (the server's time; {@code runrub.planner.book-later-cron}). */
	@Scheduled(cron = "${runrub.planner.book-later-cron:0 15 6 * * *}")
	@SchedulerLock(name = "book-later", lockAtMostFor = "PT1H")
	public void honourWishes() {
		List<Long> runners = jdbc.sql("select runner_id from plan_booking_wish order by runner_id")
			.query(Long.class)
			.list();
		for (long id : runners) {
			RunnerId runner = RunnerId.of(id);
			try {
				PlanBooking.Result result = transactions.execute(status -> booking.bookAll(runner));
				if (result.later().isEmpty() && result.unplaced().isEmpty()) {
					jdbc.sql("delete from plan_booking_wish where runner_id = :runner").param("runner", id).update();
				}
			}
			catch (DomainException ex) {
				log.info("Booking later for runner {} waits for tomorrow: {}", id, ex.getMessage());
			}
		}
	}

}
