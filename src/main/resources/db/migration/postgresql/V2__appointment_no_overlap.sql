-- The database itself guarantees that no therapist is ever double-booked, however many app instances run.
create extension if not exists btree_gist;

alter table appointment add constraint appointment_no_overlap
    exclude using gist (therapist_id with =, tstzrange(block_start, block_end, '[)') with &&)
    where (status = 'BOOKED');
