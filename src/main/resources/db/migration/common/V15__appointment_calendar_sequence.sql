-- The iCalendar SEQUENCE of each appointment: it rises on every move and cancellation, so that a calendar app that
-- imported the appointment's file replaces its copy instead of keeping the old time.
alter table appointment add column calendar_sequence integer default 0 not null;
