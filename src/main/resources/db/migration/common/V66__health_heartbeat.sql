-- One row that the readiness check writes: a database that answers reads but refuses writes (read-only, disk full)
-- makes RunRub "not ready" instead of reporting healthy while every write fails.
create table health_heartbeat (
    id      integer primary key,
    beat_at timestamp with time zone not null
);
insert into health_heartbeat (id, beat_at) values (1, current_timestamp);
