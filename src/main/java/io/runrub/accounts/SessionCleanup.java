package io.runrub.accounts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired HTTP sessions from the database. Spring Session's own cleanup runs on every instance
 * ({@code spring.session.jdbc.cleanup-cron=-} turns it off); this one runs on one instance at a time.
 */
@Component
class SessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	SessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	/** Every ten minutes by default ({@code runrub.sessions.cleanup-cron}). */
	@Scheduled(cron = "${runrub.sessions.cleanup-cron:0 */10 * * * *}")
	@SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT5M")
	public void deleteExpired() {
		sessions.cleanUpExpiredSessions();
	}

}
