-- Scheduled jobs (session cleanup, book-later, feed refresh…) run on one instance at a time: ShedLock keeps one row per
-- job here, claimed against the database's clock (usingDbTime), so instances with skewed clocks never overlap.
CREATE TABLE shedlock (
	name       VARCHAR(64)  NOT NULL,
	lock_until TIMESTAMP    NOT NULL,
	locked_at  TIMESTAMP    NOT NULL,
	locked_by  VARCHAR(255) NOT NULL,
	PRIMARY KEY (name)
);
