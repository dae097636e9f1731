-- What the runner wants from a visit (issue 15): VisitWish and Modality names, comma-separated in the enum's order;
-- the preferred session length (null: none); and the therapists never to suggest.
alter table profile add column wants varchar(100) default '' not null;
alter table profile add column preferred_modalities varchar(120) default '' not null;
alter table profile add column preferred_minutes integer;

create table profile_avoided_therapist (
    profile      bigint not null references profile (runner_id) on delete cascade,
    therapist_id bigint not null references therapist (id) on delete cascade,
    primary key (profile, therapist_id)
);
