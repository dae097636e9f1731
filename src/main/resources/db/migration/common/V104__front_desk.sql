-- The front desk (issue 13, item 1). An admin may book inside the clinic's notice for a client who phones or walks
-- in: who overrode the notice is kept on the appointment (null when nobody did), beside the log line that says so.
-- A move or cancellation by the clinic keeps the reason the client was told.
alter table appointment add column notice_overridden_by bigint;
alter table appointment add column change_reason varchar(300);
