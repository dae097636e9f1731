-- The database itself guarantees that no room is ever double-booked, as appointment_no_overlap does for therapists.
create extension if not exists btree_gist;

alter table appointment add constraint appointment_room_no_overlap
    exclude using gist (room_id with =, tstzrange(block_start, block_end, '[)') with &&)
    where (status = 'BOOKED' and room_id is not null);
