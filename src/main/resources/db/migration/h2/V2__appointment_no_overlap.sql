-- H2 has no exclusion constraints: bookings lock the therapist's row in the booking transaction instead
-- (see AppointmentBooking). This migration keeps the version numbers the same on every database.
create index appointment_therapist_status on appointment (therapist_id, status, block_start);
