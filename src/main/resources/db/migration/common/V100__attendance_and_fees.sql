-- Attendance and late cancellations (issue 13 item 4). An appointment that took place is marked ATTENDED or NO_SHOW
-- by its therapist or an admin; one its runner cancelled inside the clinic's cutoff is recorded as late. The clinic's
-- policies gain the fees a late cancellation and a no-show cost (0: none), in the clinic's minor units.
alter table appointment add column late_cancellation boolean default false not null;
alter table appointment add column attendance varchar(16);
alter table appointment add column attendance_marked_at timestamp with time zone;
alter table appointment add constraint appointment_attendance_valid check (attendance in ('ATTENDED', 'NO_SHOW'));
alter table clinic add column late_cancel_fee_cents integer default 0 not null;
alter table clinic add column no_show_fee_cents integer default 0 not null;
alter table clinic add constraint clinic_fees_valid check (late_cancel_fee_cents >= 0 and no_show_fee_cents >= 0);
