-- The times a runner can come to the clinic, by weekday, in the clinic's local time. None: whenever it is open.
create table profile_availability (
    profile     bigint      not null references profile (runner_id) on delete cascade,
    profile_key integer     not null,
    day_of_week varchar(10) not null,
    from_time   time        not null,
    to_time     time        not null,
    primary key (profile, profile_key),
    constraint profile_availability_order check (from_time < to_time)
);
