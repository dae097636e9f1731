-- H2 has no exclusion constraints: a booking that needs a room locks the room's row in the booking transaction and
-- checks for an overlap itself (see OverlapGuard). This migration keeps the version numbers the same on every database.
create index appointment_room_status on appointment (room_id, status, block_start);
