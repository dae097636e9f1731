-- One reconciliation: every booked massage of a plan carries what the latest re-plan says of it (OK, MOVE_PROPOSED,
-- NO_LONGER_FITS, UNSAFE); a proposed move names a real slot: its start (proposed_start) and its therapist, who may
-- be another suitable therapist than the booked one. The reason stays in flag.
alter table plan_suggestion add column status varchar(20);
alter table plan_suggestion add column proposed_therapist_id bigint references therapist (id);
alter table plan_suggestion add constraint plan_suggestion_status_valid
    check (status is null or status in ('OK', 'MOVE_PROPOSED', 'NO_LONGER_FITS', 'UNSAFE'));
